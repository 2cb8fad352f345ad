import { newId } from "../../../core/index.js";
import type { Sql } from "../../db.js";
import { first, iso } from "../rows.js";

export type LedgerSource = "sie" | "fortnox";

export interface FiscalYearRecord {
  readonly id: string;
  readonly companyId: string;
  readonly start: string;
  readonly end: string;
  readonly currency: string;
  readonly source: LedgerSource;
  readonly sourceName: string | null;
  readonly connectionId: string | null;
  readonly externalId: string | null;
  readonly importedAt: string;
  readonly voucherCount: number;
  readonly rowCount: number;
}

interface Row {
  id: string;
  company_id: string;
  start_date: string;
  end_date: string;
  currency: string;
  source: LedgerSource;
  source_name: string | null;
  connection_id: string | null;
  external_id: string | null;
  imported_at: Date;
  voucher_count: number;
  row_count: number;
}

const toYear = (r: Row): FiscalYearRecord => ({
  id: r.id,
  companyId: r.company_id,
  start: r.start_date,
  end: r.end_date,
  currency: r.currency,
  source: r.source,
  sourceName: r.source_name,
  connectionId: r.connection_id,
  externalId: r.external_id,
  importedAt: iso(r.imported_at),
  voucherCount: r.voucher_count,
  rowCount: r.row_count,
});

export async function listFiscalYears(db: Sql, companyId: string): Promise<FiscalYearRecord[]> {
  const rows = await db.query<Row>(
    "SELECT * FROM fiscal_years WHERE company_id = $1 ORDER BY start_date DESC",
    [companyId],
  );
  return rows.map(toYear);
}

export async function getFiscalYear(
  db: Sql,
  companyId: string,
  id: string,
): Promise<FiscalYearRecord | undefined> {
  const row = first(
    await db.query<Row>("SELECT * FROM fiscal_years WHERE company_id = $1 AND id = $2", [companyId, id]),
  );
  return row ? toYear(row) : undefined;
}

/** The fiscal year that contains the date, e.g. `2025-06-30`, or whose start year is `2025`. */
export async function findFiscalYearByYear(
  db: Sql,
  companyId: string,
  year: number,
): Promise<FiscalYearRecord | undefined> {
  const row = first(
    await db.query<Row>(
      `SELECT * FROM fiscal_years WHERE company_id = $1 AND extract(year FROM start_date) = $2
       ORDER BY start_date LIMIT 1`,
      [companyId, year],
    ),
  );
  return row ? toYear(row) : undefined;
}

/** Years that share any day with start..end. */
export async function overlappingYears(
  db: Sql,
  companyId: string,
  start: string,
  end: string,
): Promise<FiscalYearRecord[]> {
  const rows = await db.query<Row>(
    "SELECT * FROM fiscal_years WHERE company_id = $1 AND start_date <= $3 AND end_date >= $2 ORDER BY start_date",
    [companyId, start, end],
  );
  return rows.map(toYear);
}

export async function insertFiscalYear(
  db: Sql,
  y: {
    companyId: string;
    start: string;
    end: string;
    currency: string;
    source: LedgerSource;
    sourceName?: string | null;
    connectionId?: string | null;
    externalId?: string | null;
    importedBy?: string | null;
  },
): Promise<string> {
  const id = newId();
  await db.query(
    `INSERT INTO fiscal_years (id, company_id, start_date, end_date, currency, source, source_name, connection_id,
       external_id, imported_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      id,
      y.companyId,
      y.start,
      y.end,
      y.currency,
      y.source,
      y.sourceName ?? null,
      y.connectionId ?? null,
      y.externalId ?? null,
      y.importedBy ?? null,
    ],
  );
  return id;
}

export async function setYearCounts(db: Sql, id: string, vouchers: number, rows: number): Promise<void> {
  await db.query("UPDATE fiscal_years SET voucher_count = $2, row_count = $3 WHERE id = $1", [
    id,
    vouchers,
    rows,
  ]);
}

export async function deleteFiscalYear(db: Sql, companyId: string, id: string): Promise<void> {
  // voucher_rows has no foreign keys (bulk speed): its rows go first, explicitly.
  await db.query("DELETE FROM voucher_rows WHERE company_id = $1 AND fiscal_year_id = $2", [companyId, id]);
  await db.query("DELETE FROM fiscal_years WHERE company_id = $1 AND id = $2", [companyId, id]);
}
