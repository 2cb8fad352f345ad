/**
 * Receives what the SIE reader reads and writes it into the ledger tables in batches: the chart and
 * balances are collected (they are small), vouchers and rows are flushed as they accumulate, so memory
 * stays bounded whatever the file's size.
 *
 * Speed (a million rows per file): each row becomes its COPY line as it is read — no intermediate
 * object per row — and a batch is written while the reader goes on with the next one (at most one batch
 * in flight, so memory stays bounded by two batches). On Postgres the server inserts while this process
 * parses.
 */
import { randomBytes } from "node:crypto";
import { fail, type ObjectRef } from "../../core/index.js";
import type { SieRecord, SieRow, SieVisitor, SieVoucher } from "../../sie/index.js";
import type { Sql } from "../../store/db.js";
import {
  attachYearRows,
  type BalanceInsert,
  COPY_NULL,
  CopyLines,
  copyLedgerBatch,
  copyText,
  createYearRows,
  insertBalances,
  insertChart,
  insertPeriodBalances,
  type PeriodInsert,
  voucherLine,
} from "../../store/repos/ledger/bulk.js";

/** Rows per COPY batch (by default). */
export const FLUSH_ROWS = 50_000;
const MAX_CACHED_OBJECTS = 10_000;

export interface YearInfo {
  readonly start: string;
  readonly end: string;
  readonly currency: string;
}

type Account = { number: string; name: string; type: string | null; sru: string | null; unit: string | null };

/**
 * Voucher ids in the UUIDv7 layout — milliseconds since 1970, version 7, random bits, then a counter — so
 * that the ids of one import follow each other: each voucher's index entries (the primary keys of
 * vouchers and voucher_rows) go next to the previous one's instead of to a random page. Writing 1M rows
 * took 25–30 % less server time than with random ids (COPY into voucher_rows: 7.5–7.9 s → 5.5–5.8 s).
 * Unique: 42 random bits per import and millisecond, and a 32-bit counter within the import.
 */
export class VoucherIds {
  private readonly prefix: string;
  private n = 0;

  constructor(now = Date.now()) {
    const t = now.toString(16).padStart(12, "0");
    const r = randomBytes(6);
    const hex = r.toString("hex");
    const variant = (8 | (r[5]! & 3)).toString(16);
    this.prefix = `${t.slice(0, 8)}-${t.slice(8, 12)}-7${hex.slice(0, 3)}-${variant}${hex.slice(3, 6)}-${hex.slice(6, 10)}`;
  }

  next(): string {
    return this.prefix + (this.n++).toString(16).padStart(8, "0");
  }
}

/** The cost_center, project and objects columns of a row (dimension 1 and 6 are BAS's cost centre and project). */
function objectColumns(objects: readonly ObjectRef[]): string {
  const code = (d: number) => {
    const o = objects.find((x) => x.dimension === d);
    return o === undefined ? COPY_NULL : copyText(o.code);
  };
  const json = objects.map((o) => ({ dimension: o.dimension, code: o.code }));
  return `${code(1)}\t${code(6)}\t${copyText(JSON.stringify(json))}`;
}

export class LedgerSink implements SieVisitor {
  private readonly accounts = new Map<string, Account>();
  private readonly dimensions = new Map<number, { number: number; name: string; parent: number | null }>();
  private readonly objects = new Map<string, { dimension: number; code: string; name: string }>();
  private readonly balances: BalanceInsert[] = [];
  private readonly periods: PeriodInsert[] = [];
  private readonly vouchers = new CopyLines();
  private readonly rows = new CopyLines();
  /** The batch being written, if any. */
  private writing: Promise<void> | undefined;
  // Rows mostly repeat their voucher's text and share a few objects: their COPY text is remembered.
  private lastText: string | undefined;
  private lastTextCopy = COPY_NULL;
  private readonly objectCopies = new Map<string, string>();
  private readonly ids = new VoucherIds();
  private year: (YearInfo & { yearId?: string }) | undefined;
  private currency = "SEK";
  voucherCount = 0;
  rowCount = 0;

  constructor(
    private readonly db: Sql,
    private readonly companyId: string,
    /** Creates (or replaces) the fiscal year row once the year is known; returns its id. */
    private readonly openYear: (y: YearInfo) => Promise<string>,
    private readonly batchRows = FLUSH_ROWS,
  ) {}

  record(r: SieRecord): void {
    switch (r.type) {
      case "RAR":
        if (r.yearIndex === 0 && !this.year)
          this.year = { start: r.start, end: r.end, currency: this.currency };
        return;
      case "VALUTA":
        this.currency = r.currency;
        if (this.year) this.year = { ...this.year, currency: r.currency };
        return;
      case "KONTO":
        this.account(r.account).name = r.name;
        return;
      case "KTYP":
        this.account(r.account).type = r.accountType;
        return;
      case "SRU":
        this.account(r.account).sru ??= r.code;
        return;
      case "ENHET":
        this.account(r.account).unit = r.unit;
        return;
      case "DIM":
      case "UNDERDIM":
        this.dimensions.set(r.dimension, {
          number: r.dimension,
          name: r.name,
          parent: r.type === "UNDERDIM" ? r.parent : null,
        });
        return;
      case "OBJEKT":
        this.objects.set(`${r.dimension}\u0000${r.code}`, {
          dimension: r.dimension,
          code: r.code,
          name: r.name,
        });
        return;
      default:
        this.balance(r);
    }
  }

  private account(number: string): Account {
    let a = this.accounts.get(number);
    if (!a) {
      a = { number, name: "", type: null, sru: null, unit: null };
      this.accounts.set(number, a);
    }
    return a;
  }

  private balance(r: SieRecord): void {
    if (r.type === "IB" || r.type === "UB" || r.type === "RES" || r.type === "OIB" || r.type === "OUB") {
      const kind = r.type === "IB" || r.type === "OIB" ? "opening" : r.type === "RES" ? "result" : "closing";
      const obj = "objects" in r ? r.objects[0] : undefined;
      this.balances.push({
        kind,
        yearIndex: r.yearIndex,
        account: r.account,
        dimension: obj?.dimension ?? null,
        objectCode: obj?.code ?? null,
        amount: r.amount.minor,
        quantity: r.quantity ?? null,
      });
    } else if (r.type === "PSALDO" || r.type === "PBUDGET") {
      const obj = r.objects[0];
      this.periods.push({
        kind: r.type === "PSALDO" ? "actual" : "budget",
        yearIndex: r.yearIndex,
        period: r.period,
        account: r.account,
        dimension: obj?.dimension ?? null,
        objectCode: obj?.code ?? null,
        amount: r.amount.minor,
        quantity: r.quantity ?? null,
      });
    }
  }

  voucher(v: SieVoucher): void {
    const date = v.date;
    if (!date) return; // an invalid date is an error the checker reports; the import then stops
    const id = this.ids.next();
    this.vouchers.push(voucherLine(id, v.series, v.number, date, v.text, v.registrationDate, v.signature));
    const head = `${id}\t`;
    let no = this.addRows(head, 0, "\ttrans\t", v.rows, date);
    no = this.addRows(head, no, "\tadded\t", v.addedRows, date);
    this.addRows(head, no, "\tremoved\t", v.removedRows, date);
    this.voucherCount++;
    this.rowCount += v.rows.length;
  }

  /** Appends the COPY lines of `rows` (see `copyLedgerBatch`), numbered on from `no`; returns the last number. */
  private addRows(head: string, no: number, kind: string, rows: readonly SieRow[], date: string): number {
    for (const row of rows) {
      const objects =
        row.objects.length === 0 ? `${COPY_NULL}\t${COPY_NULL}\t${COPY_NULL}` : this.objectCopy(row.objects);
      const q = row.quantity;
      const sign = row.signature;
      this.rows.push(
        `${head}${++no}${kind}${copyText(row.account)}\t${row.amount.minor}\t${row.transactionDate ?? date}\t${objects}\t${this.textCopy(row.text)}\t${q === undefined ? COPY_NULL : copyText(q)}\t${sign === undefined ? COPY_NULL : copyText(sign)}`,
      );
    }
    return no;
  }

  private textCopy(text: string | undefined): string {
    if (text === this.lastText) return this.lastTextCopy;
    this.lastText = text;
    this.lastTextCopy = text === undefined ? COPY_NULL : copyText(text);
    return this.lastTextCopy;
  }

  private objectCopy(objects: readonly ObjectRef[]): string {
    const only = objects.length === 1 ? objects[0]! : undefined;
    if (only === undefined) return objectColumns(objects);
    const key = `${only.dimension}\u0000${only.code}`;
    let copy = this.objectCopies.get(key);
    if (copy === undefined) {
      copy = objectColumns(objects);
      if (this.objectCopies.size >= MAX_CACHED_OBJECTS) this.objectCopies.clear();
      this.objectCopies.set(key, copy);
    }
    return copy;
  }

  /**
   * Starts writing the gathered vouchers when enough have gathered (or always, with `force`), after the
   * batch before has been written; without `force` it does not wait for the new one (see `drain`).
   */
  async flush(force: boolean): Promise<void> {
    if ((force || this.rows.count >= this.batchRows) && this.vouchers.count > 0) {
      const yearId = await this.yearId();
      const vouchers = this.vouchers.take(this.companyId, yearId);
      const rows = this.rows.take(this.companyId, yearId);
      await this.drain();
      const writing = copyLedgerBatch(this.db, yearId, vouchers, rows);
      // Awaited by the next flush or by drain; until then a failure must not count as unhandled.
      writing.catch(() => undefined);
      this.writing = writing;
    }
    if (force) await this.drain();
  }

  /** Waits until the batch being written (if any) is in; rejects if writing it failed. */
  async drain(): Promise<void> {
    const writing = this.writing;
    this.writing = undefined;
    await writing;
  }

  private async yearId(): Promise<string> {
    if (!this.year) fail("ledger_no_fiscal_year");
    if (!this.year.yearId) {
      const id = await this.openYear(this.year);
      await createYearRows(this.db, id);
      this.year.yearId = id;
    }
    return this.year.yearId;
  }

  /** Writes everything left: the chart, balances and the last vouchers. Returns the year's id. */
  async finish(): Promise<{ yearId: string; year: YearInfo; accounts: number }> {
    const yearId = await this.yearId();
    await this.flush(true);
    await attachYearRows(this.db, yearId);
    await insertChart(this.db, this.companyId, yearId, {
      accounts: [...this.accounts.values()],
      dimensions: [...this.dimensions.values()],
      objects: [...this.objects.values()],
    });
    await insertBalances(this.db, this.companyId, yearId, this.balances);
    await insertPeriodBalances(this.db, this.companyId, yearId, this.periods);
    return { yearId, year: this.year!, accounts: this.accounts.size };
  }
}
