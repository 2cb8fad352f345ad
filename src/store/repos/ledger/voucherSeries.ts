/** Voucher series of a connected system's fiscal years, replaced whole by each sync of the year. */
import type { Sql } from "../../db.js";

export interface VoucherSeriesRow {
  readonly code: string;
  readonly name: string;
  readonly manual: boolean;
}

/** Returns how many series the year has now. */
export async function replaceVoucherSeries(
  db: Sql,
  ref: { companyId: string; connectionId: string },
  yearExternalId: string,
  series: readonly VoucherSeriesRow[],
): Promise<number> {
  await db.query("DELETE FROM voucher_series WHERE connection_id = $1 AND year_external_id = $2", [
    ref.connectionId,
    yearExternalId,
  ]);
  if (series.length === 0) return 0;
  await db.query(
    `INSERT INTO voucher_series (company_id, connection_id, year_external_id, code, name, manual)
     SELECT $1, $2, $3, u.code, u.name, u.manual FROM unnest($4::text[], $5::text[], $6::boolean[]) AS u(code, name, manual)`,
    [
      ref.companyId,
      ref.connectionId,
      yearExternalId,
      series.map((s) => s.code),
      series.map((s) => s.name),
      series.map((s) => s.manual),
    ],
  );
  return series.length;
}
