import type { Voucher } from "../../../core/index.js";
import { FortnoxVoucher } from "../api/bookkeeping.js";
import type { FortnoxClient } from "../client.js";
import { toVoucher } from "../mappers/bookkeeping.js";
import { getOne } from "./read.js";

/** One voucher with rows; the key is (series, number, financial-year Id) (reference §5.2). */
export async function getVoucher(
  client: FortnoxClient,
  o: { series: string; number: string; financialYearId: string },
): Promise<Voucher & { readonly fiscalYearId: string }> {
  const raw = await getOne(client, {
    path: `/3/vouchers/${encodeURIComponent(o.series)}/${encodeURIComponent(o.number)}`,
    key: "Voucher",
    entity: "voucher",
    schema: FortnoxVoucher,
    query: { financialyear: o.financialYearId },
  });
  return toVoucher(raw);
}
