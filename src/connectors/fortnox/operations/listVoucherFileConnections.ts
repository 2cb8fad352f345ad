import type { DocumentRef } from "../../../core/index.js";
import { FortnoxVoucherFileConnection } from "../api/files.js";
import type { FortnoxClient } from "../client.js";
import { voucherDocument } from "../mappers/files.js";
import { listAll } from "./read.js";

/** Files attached to vouchers; `financialYearId` narrows to one year's vouchers (voucheryear). */
export function listVoucherFileConnections(
  client: FortnoxClient,
  o: { financialYearId?: string; series?: string; number?: string } = {},
): Promise<DocumentRef[]> {
  return listAll(client, {
    path: "/3/voucherfileconnections",
    listKey: "VoucherFileConnections",
    entity: "voucher file connection",
    schema: FortnoxVoucherFileConnection,
    idKey: "FileId",
    map: voucherDocument,
    query: { voucheryear: o.financialYearId, voucherseries: o.series, vouchernumber: o.number },
  });
}
