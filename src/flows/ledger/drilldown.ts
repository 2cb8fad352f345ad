/** From an account down to its vouchers and their rows. */
import { fail, formatScaled } from "../../core/index.js";
import type { Sql } from "../../store/db.js";
import { documentsOfVoucher } from "../../store/repos/documents.js";
import type { FiscalYearRecord } from "../../store/repos/ledger/fiscalYears.js";
import { type ReportFilter, trialBalanceRaw } from "./reports.js";

const dec = (v: bigint | string) => formatScaled(BigInt(v), 2);

export interface AccountTransaction {
  readonly voucherId: string;
  readonly series: string;
  readonly number: string;
  readonly date: string;
  readonly voucherText: string;
  readonly text: string | null;
  readonly amount: string;
  readonly costCenter: string | null;
  readonly project: string | null;
}

export async function accountTransactions(
  db: Sql,
  y: FiscalYearRecord,
  account: string,
  f: ReportFilter & { page: number; pageSize: number },
) {
  const tb = (await trialBalanceRaw(db, y, f)).find((r) => r.account === account);
  const from = f.from && f.from > y.start ? f.from : y.start;
  const to = f.to && f.to < y.end ? f.to : y.end;
  const where = `r.fiscal_year_id = $1 AND r.account = $2 AND r.kind = 'trans' AND r.date >= $3 AND r.date <= $4
    AND ($5::text IS NULL OR r.cost_center = $5) AND ($6::text IS NULL OR r.project = $6)`;
  const params = [y.id, account, from, to, f.costCenter ?? null, f.project ?? null];
  const rows = await db.query<Record<string, string | null>>(
    `SELECT v.id AS voucher_id, v.series, v.number, v.date::text AS date, v.text AS voucher_text, r.text, r.amount::text AS amount,
       r.cost_center, r.project
     FROM voucher_rows r JOIN vouchers v ON v.id = r.voucher_id
     WHERE ${where} ORDER BY r.date, v.series, v.number, r.row_no LIMIT $7 OFFSET $8`,
    [...params, f.pageSize, (f.page - 1) * f.pageSize],
  );
  const [count] = await db.query<{ n: string | number }>(
    `SELECT count(*) AS n FROM voucher_rows r WHERE ${where}`,
    params,
  );
  return {
    account,
    name: tb?.name ?? "",
    opening: dec(tb?.opening ?? 0n),
    movement: dec(tb?.movement ?? 0n),
    closing: dec(tb?.closing ?? 0n),
    total: Number(count?.n ?? 0),
    page: f.page,
    pageSize: f.pageSize,
    items: rows.map(
      (r): AccountTransaction => ({
        voucherId: r.voucher_id!,
        series: r.series!,
        number: r.number!,
        date: r.date!,
        voucherText: r.voucher_text ?? "",
        text: r.text ?? null,
        amount: dec(r.amount!),
        costCenter: r.cost_center ?? null,
        project: r.project ?? null,
      }),
    ),
  };
}

export async function voucherDetail(db: Sql, companyId: string, voucherId: string) {
  const [v] = await db.query<Record<string, string | null>>(
    `SELECT v.id, v.fiscal_year_id, v.series, v.number, v.date::text AS date, v.text, v.registration_date::text AS registration_date,
       v.signature, s.name AS series_name
     FROM vouchers v JOIN fiscal_years y ON y.id = v.fiscal_year_id
     LEFT JOIN voucher_series s ON s.connection_id = y.connection_id AND s.year_external_id = y.external_id AND s.code = v.series
     WHERE v.company_id = $1 AND v.id = $2`,
    [companyId, voucherId],
  );
  if (!v) fail("not_found", { entity: "voucher" });
  const rows = await db.query<Record<string, string | null>>(
    `SELECT r.row_no, r.kind, r.account, coalesce(a.name, '') AS name, r.amount::text AS amount, r.date::text AS date, r.text,
       r.cost_center, r.project, r.quantity
     FROM voucher_rows r LEFT JOIN ledger_accounts a ON a.fiscal_year_id = r.fiscal_year_id AND a.number = r.account
     WHERE r.fiscal_year_id = $1 AND r.voucher_id = $2 ORDER BY r.row_no`,
    [v.fiscal_year_id, voucherId],
  );
  const documents = await documentsOfVoucher(db, companyId, voucherId);
  return {
    id: v.id!,
    fiscalYearId: v.fiscal_year_id!,
    series: v.series!,
    seriesName: v.series_name ?? null,
    number: v.number!,
    date: v.date!,
    text: v.text ?? "",
    registrationDate: v.registration_date ?? null,
    signature: v.signature ?? null,
    rows: rows.map((r) => ({
      kind: r.kind as "trans" | "added" | "removed",
      account: r.account!,
      name: r.name ?? "",
      amount: dec(r.amount!),
      date: r.date!,
      text: r.text ?? null,
      costCenter: r.cost_center ?? null,
      project: r.project ?? null,
      quantity: r.quantity ?? null,
    })),
    documents,
  };
}
