/**
 * Bulk writes of ledger data: vouchers and rows with COPY (built as COPY text by the caller, see
 * `copyLedgerBatch`), the chart and balances with one `INSERT … SELECT FROM unnest(…)` each, which runs
 * the same on PGlite and Postgres.
 */
import { copyField, type Sql } from "../../db.js";

export interface BalanceInsert {
  readonly kind: "opening" | "closing" | "result";
  readonly yearIndex: number;
  readonly account: string;
  readonly dimension: number | null;
  readonly objectCode: string | null;
  readonly amount: bigint;
  readonly quantity: string | null;
}

export interface PeriodInsert extends Omit<BalanceInsert, "kind"> {
  readonly kind: "actual" | "budget";
  readonly period: string;
}

const pick = <T, K extends keyof T>(items: readonly T[], k: K) => items.map((i) => i[k] ?? null);
const str = <T>(items: readonly T[], f: (t: T) => bigint) => items.map((i) => f(i).toString());

const VOUCHER_COLUMNS = [
  "company_id",
  "fiscal_year_id",
  "id",
  "series",
  "number",
  "date",
  "text",
  "registration_date",
  "signature",
];
const ROW_COLUMNS = [
  "company_id",
  "fiscal_year_id",
  "voucher_id",
  "row_no",
  "kind",
  "account",
  "amount",
  "date",
  "cost_center",
  "project",
  "objects",
  "text",
  "quantity",
  "signature",
];

/** COPY's null. */
export const COPY_NULL = "\\N";

/**
 * One value in COPY's text format: the same escapes as `copyField` (backslash, TAB, LF, CR), by a scan
 * of the char codes rather than a regex, since it runs for several fields of each of a million rows.
 */
export function copyText(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92 || c === 9 || c === 10 || c === 13) return copyField(s);
  }
  return s;
}

/**
 * The COPY text of one voucher: its columns after company and year, tab-separated, fields escaped with
 * `copyText` (or `COPY_NULL`). See `copyLedgerBatch`.
 */
export function voucherLine(
  id: string,
  series: string,
  number: string,
  date: string,
  text: string,
  registrationDate: string | undefined,
  signature: string | undefined,
): string {
  const sign = signature === undefined ? COPY_NULL : copyText(signature);
  return `${id}\t${copyText(series)}\t${copyText(number)}\t${date}\t${copyText(text)}\t${registrationDate ?? COPY_NULL}\t${sign}`;
}

/** Lines per block: the strings of single lines are short-lived, so they die young (cheap for the GC). */
const BLOCK = 512;
/** Stands for the company and year columns until the year's id is known; `\n` never occurs in a field. */
const NO_HEAD = "\u0000head\u0000";

/**
 * COPY text gathered line by line, for a table whose first two columns are the company and the fiscal
 * year (the same for every line): each line is given without them, and lines are joined into blocks of
 * BLOCK with the two columns put in front of each, as part of the separator. So lines die young instead of
 * waiting, each a tree of concatenations, for the batch to be written. The year's id may not be known
 * yet when the first lines come: they get a placeholder, replaced in `take`.
 */
export class CopyLines {
  private lines: string[] = [];
  private blocks: string[] = [];
  private head = NO_HEAD;
  /** Lines gathered since the last `take`. */
  count = 0;

  push(line: string): void {
    this.lines.push(line);
    this.count++;
    if (this.lines.length === BLOCK) this.seal();
  }

  private seal(): void {
    if (this.lines.length === 0) return;
    this.blocks.push(this.head + this.lines.join(`\n${this.head}`));
    this.lines = [];
  }

  /** Everything gathered, as blocks of whole lines for `Sql.copyRows`; empties this. */
  take(companyId: string, yearId: string): string[] {
    this.seal();
    const head = `${companyId}\t${yearId}\t`;
    const blocks = this.blocks.map((b) =>
      b.startsWith(NO_HEAD) ? head + b.slice(NO_HEAD.length).replaceAll(`\n${NO_HEAD}`, `\n${head}`) : b,
    );
    this.head = head;
    this.blocks = [];
    this.count = 0;
    return blocks;
  }
}

/**
 * Writes one batch of vouchers and their rows with COPY, as taken from `CopyLines`: voucher lines are
 * `voucherLine`s, row lines `voucher_id, row_no, kind, account, amount, date, cost_center, project,
 * objects, text, quantity, signature`.
 */
export async function copyLedgerBatch(
  db: Sql,
  yearId: string,
  vouchers: readonly string[],
  rows: readonly string[],
) {
  await db.copyRows("vouchers", VOUCHER_COLUMNS, vouchers);
  await db.copyRows(yearRowsTable(yearId), ROW_COLUMNS, rows);
}

/** A fiscal year's partition of voucher_rows (migration `…T1020_voucher_rows_by_year`). */
export function yearRowsTable(yearId: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(yearId))
    throw new Error(`not a fiscal year id: ${yearId}`);
  return `voucher_rows_${yearId.replaceAll("-", "")}`;
}

/**
 * A new fiscal year's rows are written into a table of their own, with no index while they come in;
 * `attachYearRows` indexes it once (a sorted build) and makes it the year's partition. Both run in the
 * import's transaction, so a failed import leaves no table behind.
 */
export async function createYearRows(db: Sql, yearId: string): Promise<void> {
  await db.exec(
    `CREATE TABLE ${yearRowsTable(yearId)} (LIKE voucher_rows INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`,
  );
}

export async function attachYearRows(db: Sql, yearId: string): Promise<void> {
  const t = yearRowsTable(yearId);
  // The CHECK lets ATTACH skip scanning the rows for the partition bound; the indexes match the parent's,
  // so ATTACH adopts them instead of building its own.
  await db.exec(
    `ALTER TABLE ${t} ADD CONSTRAINT ${t}_pkey PRIMARY KEY (fiscal_year_id, voucher_id, row_no);
     CREATE INDEX ${t}_year_account_date ON ${t} (fiscal_year_id, account, date);
     ALTER TABLE ${t} ADD CONSTRAINT ${t}_year CHECK (fiscal_year_id = '${yearId}');
     ALTER TABLE voucher_rows ATTACH PARTITION ${t} FOR VALUES IN ('${yearId}');`,
  );
}

/**
 * Drops the partitions of fiscal years that no longer exist (their rows were deleted with the year).
 * Not inside an import: dropping a partition locks the whole table for its transaction.
 */
export async function dropOrphanYearRows(db: Sql): Promise<number> {
  const orphans = await db.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_inherits i
       JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
     WHERE p.relname = 'voucher_rows' AND NOT EXISTS (
       SELECT 1 FROM fiscal_years y WHERE 'voucher_rows_' || replace(y.id::text, '-', '') = c.relname)`,
  );
  for (const o of orphans) {
    if (!/^voucher_rows_[0-9a-f]{32}$/.test(o.name)) continue;
    await db.exec(`DROP TABLE IF EXISTS ${o.name}`);
  }
  return orphans.length;
}

export async function insertBalances(
  db: Sql,
  companyId: string,
  yearId: string,
  b: readonly BalanceInsert[],
) {
  if (b.length === 0) return;
  await db.query(
    `INSERT INTO ledger_balances (company_id, fiscal_year_id, kind, year_index, account, dimension, object_code, amount, quantity)
     SELECT $1, $2, u.kind, u.yi, u.account, u.dim, u.code, u.amount, u.qty
     FROM unnest($3::text[], $4::int[], $5::text[], $6::int[], $7::text[], $8::bigint[], $9::text[])
       AS u(kind, yi, account, dim, code, amount, qty)`,
    [
      companyId,
      yearId,
      pick(b, "kind"),
      pick(b, "yearIndex"),
      pick(b, "account"),
      pick(b, "dimension"),
      pick(b, "objectCode"),
      str(b, (x) => x.amount),
      pick(b, "quantity"),
    ],
  );
}

export async function insertPeriodBalances(
  db: Sql,
  companyId: string,
  yearId: string,
  p: readonly PeriodInsert[],
) {
  if (p.length === 0) return;
  await db.query(
    `INSERT INTO ledger_period_balances (company_id, fiscal_year_id, kind, year_index, period, account, dimension,
       object_code, amount, quantity)
     SELECT $1, $2, u.kind, u.yi, u.period, u.account, u.dim, u.code, u.amount, u.qty
     FROM unnest($3::text[], $4::int[], $5::text[], $6::text[], $7::int[], $8::text[], $9::bigint[], $10::text[])
       AS u(kind, yi, period, account, dim, code, amount, qty)`,
    [
      companyId,
      yearId,
      pick(p, "kind"),
      pick(p, "yearIndex"),
      pick(p, "period"),
      pick(p, "account"),
      pick(p, "dimension"),
      pick(p, "objectCode"),
      str(p, (x) => x.amount),
      pick(p, "quantity"),
    ],
  );
}

export async function insertChart(
  db: Sql,
  companyId: string,
  yearId: string,
  chart: {
    accounts: readonly {
      number: string;
      name: string;
      type: string | null;
      sru: string | null;
      unit: string | null;
    }[];
    dimensions: readonly { number: number; name: string; parent: number | null }[];
    objects: readonly { dimension: number; code: string; name: string }[];
  },
) {
  const a = chart.accounts;
  if (a.length > 0) {
    await db.query(
      `INSERT INTO ledger_accounts (company_id, fiscal_year_id, number, name, type, sru, unit)
       SELECT $1, $2, u.n, u.name, u.type, u.sru, u.unit FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
         AS u(n, name, type, sru, unit) ON CONFLICT (fiscal_year_id, number) DO NOTHING`,
      [
        companyId,
        yearId,
        pick(a, "number"),
        pick(a, "name"),
        pick(a, "type"),
        pick(a, "sru"),
        pick(a, "unit"),
      ],
    );
  }
  const d = chart.dimensions;
  if (d.length > 0) {
    await db.query(
      `INSERT INTO ledger_dimensions (company_id, fiscal_year_id, number, name, parent)
       SELECT $1, $2, u.n, u.name, u.parent FROM unnest($3::int[], $4::text[], $5::int[]) AS u(n, name, parent)
       ON CONFLICT (fiscal_year_id, number) DO NOTHING`,
      [companyId, yearId, pick(d, "number"), pick(d, "name"), pick(d, "parent")],
    );
  }
  const o = chart.objects;
  if (o.length > 0) {
    await db.query(
      `INSERT INTO ledger_objects (company_id, fiscal_year_id, dimension, code, name)
       SELECT $1, $2, u.dim, u.code, u.name FROM unnest($3::int[], $4::text[], $5::text[]) AS u(dim, code, name)
       ON CONFLICT (fiscal_year_id, dimension, code) DO NOTHING`,
      [companyId, yearId, pick(o, "dimension"), pick(o, "code"), pick(o, "name")],
    );
  }
}
