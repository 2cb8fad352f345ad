import type { DocumentRef } from "../../../core/index.js";
import { FortnoxVoucherFileConnection } from "../api/files.js";
import type { FortnoxClient } from "../client.js";
import { voucherDocument } from "../mappers/files.js";
import { write } from "./read.js";

/**
 * Attaches an uploaded file (its `Id`) to a voucher. A voucher outside the current financial year needs
 * `financialYearDate` (the year's first day), as Fortnox support advised (SW #175, reference §5.7).
 */
export async function createVoucherFileConnection(
  client: FortnoxClient,
  c: { fileId: string; series: string; number: string; financialYearDate?: string },
): Promise<DocumentRef> {
  const raw = await write(client, {
    method: "POST",
    path: "/3/voucherfileconnections",
    key: "VoucherFileConnection",
    entity: "voucher file connection",
    schema: FortnoxVoucherFileConnection,
    body: { FileId: c.fileId, VoucherSeries: c.series, VoucherNumber: c.number },
    ...(c.financialYearDate ? { query: { financialyeardate: c.financialYearDate } } : {}),
  });
  return voucherDocument(raw);
}
