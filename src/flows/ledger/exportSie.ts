/**
 * Writes one fiscal year of the ledger back out as SIE 4E: the chart, balances and every voucher,
 * streamed from the database in batches, so a year of a million rows needs little memory.
 */
import { type LocalDate, localDate, money, type ObjectRef, today } from "../../core/index.js";
import { encodeSie, type SieExport } from "../../sie/index.js";
import type { Sql } from "../../store/db.js";
import { getCompany } from "../../store/repos/companies.js";
import type { FiscalYearRecord } from "../../store/repos/ledger/fiscalYears.js";

const BATCH = 2000;

async function* vouchersOf(db: Sql, y: FiscalYearRecord) {
  let after: { date: string; series: string; number: string; id: string } | undefined;
  for (;;) {
    const vs = await db.query<{
      id: string;
      series: string;
      number: string;
      date: string;
      text: string;
      reg: string | null;
    }>(
      `SELECT id, series, number, date::text AS date, text, registration_date::text AS reg FROM vouchers
       WHERE fiscal_year_id = $1 AND ($2::date IS NULL OR (date, series, number, id) > ($2::date, $3, $4, $5::uuid))
       ORDER BY date, series, number, id LIMIT $6`,
      [y.id, after?.date ?? null, after?.series ?? null, after?.number ?? null, after?.id ?? null, BATCH],
    );
    if (vs.length === 0) return;
    const rows = await db.query<{
      voucher_id: string;
      kind: string;
      account: string;
      amount: string;
      date: string;
      text: string | null;
      objects: ObjectRef[] | null;
      quantity: string | null;
    }>(
      `SELECT voucher_id, kind, account, amount::text AS amount, date::text AS date, text, objects, quantity FROM voucher_rows
       WHERE fiscal_year_id = $1 AND voucher_id = ANY($2::uuid[]) ORDER BY voucher_id, row_no`,
      [y.id, vs.map((v) => v.id)],
    );
    const byVoucher = new Map<string, typeof rows>();
    for (const r of rows) {
      const list = byVoucher.get(r.voucher_id);
      if (list) list.push(r);
      else byVoucher.set(r.voucher_id, [r]);
    }
    for (const v of vs) {
      const mine = byVoucher.get(v.id) ?? [];
      const row = (r: (typeof rows)[number]) => ({
        account: r.account,
        amount: money(BigInt(r.amount), y.currency),
        objects: r.objects ?? [],
        ...(r.date !== v.date ? { transactionDate: localDate(r.date) } : {}),
        ...(r.text ? { text: r.text } : {}),
        ...(r.quantity ? { quantity: r.quantity } : {}),
      });
      yield {
        series: v.series,
        number: v.number,
        date: localDate(v.date),
        text: v.text,
        ...(v.reg ? { registrationDate: localDate(v.reg) } : {}),
        rows: mine.filter((r) => r.kind === "trans").map(row),
        removedRows: mine.filter((r) => r.kind === "removed").map(row),
      };
    }
    const last = vs.at(-1)!;
    after = { date: last.date, series: last.series, number: last.number, id: last.id };
  }
}

export async function ledgerToSie(db: Sql, companyId: string, y: FiscalYearRecord): Promise<SieExport> {
  const company = await getCompany(db, companyId);
  const accounts = await db.query<{
    number: string;
    name: string;
    type: string | null;
    sru: string | null;
    unit: string | null;
  }>("SELECT number, name, type, sru, unit FROM ledger_accounts WHERE fiscal_year_id = $1 ORDER BY number", [
    y.id,
  ]);
  const dims = await db.query<{ number: number; name: string }>(
    "SELECT number, name FROM ledger_dimensions WHERE fiscal_year_id = $1 ORDER BY number",
    [y.id],
  );
  const objects = await db.query<{ dimension: number; code: string; name: string }>(
    "SELECT dimension, code, name FROM ledger_objects WHERE fiscal_year_id = $1 ORDER BY dimension, code",
    [y.id],
  );
  const balances = await db.query<{ kind: string; year_index: number; account: string; amount: string }>(
    "SELECT kind, year_index, account, amount::text AS amount FROM ledger_balances WHERE fiscal_year_id = $1 AND dimension IS NULL ORDER BY kind, year_index DESC, account",
    [y.id],
  );
  const bal = (kind: string) =>
    balances
      .filter((b) => b.kind === kind)
      .map((b) => ({
        yearIndex: b.year_index,
        account: b.account,
        amount: money(BigInt(b.amount), y.currency),
      }));
  return {
    program: { name: "Ledgerbridge", version: "0.1.0" },
    generated: { date: today() as LocalDate },
    company: { name: company?.name ?? "", ...(company?.orgNumber ? { orgNumber: company.orgNumber } : {}) },
    fiscalYears: [{ index: 0, start: localDate(y.start), end: localDate(y.end) }],
    accounts: accounts.map((a) => ({
      number: a.number,
      name: a.name,
      ...(a.type ? { type: a.type as "asset" } : {}),
      ...(a.sru ? { sru: a.sru } : {}),
      ...(a.unit ? { unit: a.unit } : {}),
    })),
    dimensions: dims,
    objects,
    openingBalances: bal("opening"),
    closingBalances: bal("closing"),
    results: bal("result"),
    vouchers: vouchersOf(db, y),
  };
}

export async function* exportSie(
  db: Sql,
  companyId: string,
  y: FiscalYearRecord,
  encoding: "cp437" | "utf-8" = "cp437",
) {
  yield* encodeSie(await ledgerToSie(db, companyId, y), { encoding, ksumma: false });
}
