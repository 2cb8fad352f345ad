/**
 * Reports over one fiscal year of the ledger. Amounts are exact (`bigint` öre), returned as decimal
 * strings. Sign convention as in the books: debit positive, credit negative; the income statement and
 * the result show income positive (negated), as people read them.
 */
import { fail, formatScaled } from "../../core/index.js";
import type { Sql } from "../../store/db.js";
import { type FiscalYearRecord, getFiscalYear } from "../../store/repos/ledger/fiscalYears.js";
import { BALANCE_SHEET, type BasGroup, groupOf, INCOME_STATEMENT, isBalanceAccount } from "./bas.js";

export interface ReportFilter {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly costCenter?: string | undefined;
  readonly project?: string | undefined;
}

export interface TrialBalanceLine {
  readonly account: string;
  readonly name: string;
  readonly opening: string;
  readonly movement: string;
  readonly closing: string;
}

const dec = (v: bigint) => formatScaled(v, 2);

export async function yearOrFail(db: Sql, companyId: string, yearId: string): Promise<FiscalYearRecord> {
  return (await getFiscalYear(db, companyId, yearId)) ?? fail("ledger_year_not_found", { year: yearId });
}

function period(y: FiscalYearRecord, f: ReportFilter) {
  const from = f.from && f.from > y.start ? f.from : y.start;
  const to = f.to && f.to < y.end ? f.to : y.end;
  return { from, to };
}

/**
 * Per account: opening (the year's #IB, for balance accounts, plus movements before `from`), movement in
 * the period, closing. With a cost-center or project filter, only rows carrying that object count, and
 * opening balances come from the object balances (#OIB) when the file had them.
 */
export async function trialBalanceRaw(db: Sql, y: FiscalYearRecord, f: ReportFilter) {
  const { from, to } = period(y, f);
  const objectFilter = f.costCenter
    ? { dim: 1, code: f.costCenter }
    : f.project
      ? { dim: 6, code: f.project }
      : null;
  const rows = await db.query<{ account: string; name: string | null; opening: string; movement: string }>(
    `WITH r AS (
       SELECT account,
         sum(amount) FILTER (WHERE date < $2) AS before,
         sum(amount) FILTER (WHERE date >= $2 AND date <= $3) AS movement
       FROM voucher_rows
       WHERE fiscal_year_id = $1 AND kind = 'trans'
         AND ($4::text IS NULL OR cost_center = $4) AND ($5::text IS NULL OR project = $5)
       GROUP BY account),
     ib AS (
       SELECT account, sum(amount) AS amount FROM ledger_balances
       WHERE fiscal_year_id = $1 AND kind = 'opening' AND year_index = 0 AND account < '3'
         AND (($6::int IS NULL AND dimension IS NULL) OR (dimension = $6 AND object_code = $7))
       GROUP BY account),
     a AS (SELECT account FROM r UNION SELECT account FROM ib)
     SELECT a.account, la.name,
       (coalesce(ib.amount, 0) + coalesce(r.before, 0))::text AS opening,
       coalesce(r.movement, 0)::text AS movement
     FROM a LEFT JOIN r USING (account) LEFT JOIN ib USING (account)
       LEFT JOIN ledger_accounts la ON la.fiscal_year_id = $1 AND la.number = a.account
     ORDER BY a.account`,
    [
      y.id,
      from,
      to,
      f.costCenter ?? null,
      f.project ?? null,
      objectFilter?.dim ?? null,
      objectFilter?.code ?? null,
    ],
  );
  return rows.map((r) => {
    const opening = BigInt(r.opening);
    const movement = BigInt(r.movement);
    return { account: r.account, name: r.name ?? "", opening, movement, closing: opening + movement };
  });
}

export async function trialBalance(
  db: Sql,
  y: FiscalYearRecord,
  f: ReportFilter = {},
): Promise<TrialBalanceLine[]> {
  const raw = await trialBalanceRaw(db, y, f);
  return raw
    .filter((r) => r.opening !== 0n || r.movement !== 0n)
    .map((r) => ({
      account: r.account,
      name: r.name,
      opening: dec(r.opening),
      movement: dec(r.movement),
      closing: dec(r.closing),
    }));
}

export interface StatementGroup {
  readonly key: string;
  readonly name: string;
  readonly amount: string;
  readonly accounts: readonly { account: string; name: string; amount: string }[];
}

function grouped(groups: readonly BasGroup[], lines: { account: string; name: string; amount: bigint }[]) {
  const out = groups.map((g) => ({
    group: g,
    total: 0n,
    accounts: [] as { account: string; name: string; amount: string }[],
  }));
  for (const l of lines) {
    const g = groupOf(groups, l.account);
    const slot = g && out.find((o) => o.group.key === g.key);
    if (!slot || l.amount === 0n) continue;
    slot.total += l.amount;
    slot.accounts.push({ account: l.account, name: l.name, amount: dec(l.amount) });
  }
  return out.map((o) => ({
    key: o.group.key,
    name: o.group.name,
    amount: dec(o.total),
    accounts: o.accounts,
  }));
}

/** Income positive, costs negative; `result` is the period's profit (positive) or loss. */
export async function incomeStatement(db: Sql, y: FiscalYearRecord, f: ReportFilter = {}) {
  const raw = (await trialBalanceRaw(db, y, f)).filter((r) => !isBalanceAccount(r.account));
  const lines = raw.map((r) => ({ account: r.account, name: r.name, amount: -r.movement }));
  const result = lines.reduce((s, l) => s + l.amount, 0n);
  return { groups: grouped(INCOME_STATEMENT, lines), result: dec(result) };
}

/** Closing balances of the balance accounts at `to`; assets positive, equity and liabilities positive. */
export async function balanceSheet(db: Sql, y: FiscalYearRecord, f: ReportFilter = {}) {
  const raw = await trialBalanceRaw(db, y, f);
  const balance = raw.filter((r) => isBalanceAccount(r.account));
  const assets = balance
    .filter((r) => r.account < "2")
    .map((r) => ({ account: r.account, name: r.name, amount: r.closing }));
  const claims = balance
    .filter((r) => r.account >= "2")
    .map((r) => ({ account: r.account, name: r.name, amount: -r.closing }));
  const result = -raw.filter((r) => !isBalanceAccount(r.account)).reduce((s, r) => s + r.closing, 0n);
  const sum = (xs: { amount: bigint }[]) => xs.reduce((s, x) => s + x.amount, 0n);
  return {
    assets: grouped(BALANCE_SHEET, assets),
    equityAndLiabilities: grouped(BALANCE_SHEET, claims),
    totalAssets: dec(sum(assets)),
    totalEquityAndLiabilities: dec(sum(claims) + result),
    /** The year's result so far, not yet booked to equity. */
    result: dec(result),
  };
}

/** The result (income minus costs) per calendar month of the year. */
export async function monthlyResult(db: Sql, y: FiscalYearRecord, f: ReportFilter = {}) {
  const { from, to } = period(y, f);
  // Every month of the period, also those without vouchers (a zero is a figure too).
  const rows = await db.query<{ month: string; amount: string }>(
    `WITH months AS (
       SELECT to_char(m, 'YYYY-MM') AS month FROM generate_series(date_trunc('month', $2::date), $3::date, interval '1 month') m),
     r AS (
       SELECT to_char(date, 'YYYY-MM') AS month, -sum(amount) AS amount FROM voucher_rows
       WHERE fiscal_year_id = $1 AND kind = 'trans' AND account >= '3' AND date >= $2 AND date <= $3
         AND ($4::text IS NULL OR cost_center = $4) AND ($5::text IS NULL OR project = $5)
       GROUP BY 1)
     SELECT months.month, coalesce(r.amount, 0)::text AS amount FROM months LEFT JOIN r USING (month) ORDER BY 1`,
    [y.id, from, to, f.costCenter ?? null, f.project ?? null],
  );
  return rows.map((r) => ({ month: r.month, result: dec(BigInt(r.amount)) }));
}
