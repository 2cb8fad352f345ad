import { FortnoxVoucherSeries } from "../api/bookkeeping.js";
import type { FortnoxClient } from "../client.js";
import { listAll } from "./read.js";

export interface VoucherSeriesInfo {
  readonly code: string;
  readonly name: string;
  readonly manual: boolean;
}

/** The list key is VoucherSeriesCollection, not the plural (reference §5.2). */
export function listVoucherSeries(
  client: FortnoxClient,
  options: { financialYearId: string },
): Promise<VoucherSeriesInfo[]> {
  return listAll(client, {
    path: "/3/voucherseries",
    listKey: "VoucherSeriesCollection",
    entity: "voucher series",
    schema: FortnoxVoucherSeries,
    idKey: "Code",
    map: (r) => ({ code: r.Code, name: r.Description, manual: r.Manual ?? false }),
    query: { financialyear: options.financialYearId },
  });
}
