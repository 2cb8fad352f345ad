import { FortnoxVoucherListItem } from "../api/bookkeeping.js";
import type { FortnoxClient } from "../client.js";
import { toVoucherHeader, type VoucherHeader } from "../mappers/bookkeeping.js";
import { lastModifiedQuery, listAll } from "./read.js";

export interface ListVouchersOptions {
  readonly financialYearId: string;
  /** Incremental read: only vouchers modified since then. */
  readonly modifiedSince?: Date;
  readonly series?: string;
  readonly fromDate?: string;
  readonly toDate?: string;
}

/**
 * Voucher headers only: the list has no rows (reference §5.2). For a whole year's rows use exportSie
 * (one request) instead of getVoucher per voucher.
 */
export function listVouchers(client: FortnoxClient, o: ListVouchersOptions): Promise<VoucherHeader[]> {
  return listAll(client, {
    path: "/3/vouchers",
    listKey: "Vouchers",
    entity: "voucher",
    schema: FortnoxVoucherListItem,
    idKey: "VoucherNumber",
    map: toVoucherHeader,
    query: {
      financialyear: o.financialYearId,
      ...lastModifiedQuery(o.modifiedSince),
      voucherseries: o.series,
      fromdate: o.fromDate,
      todate: o.toDate,
    },
  });
}
