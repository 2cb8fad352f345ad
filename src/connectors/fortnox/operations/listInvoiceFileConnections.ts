import type { DocumentRef } from "../../../core/index.js";
import { FortnoxAttachment } from "../api/files.js";
import type { FortnoxClient } from "../client.js";
import { invoiceAttachmentDocument } from "../mappers/files.js";
import { parseRecord } from "./read.js";

/**
 * Files attached to sales invoices, through the fileattachments API: a bare array (no paging), files
 * named by ArchiveFileId (reference §5.7). Download one with downloadArchiveFileById.
 */
export async function listInvoiceFileConnections(
  client: FortnoxClient,
  o: { documentNumbers: readonly string[] },
): Promise<DocumentRef[]> {
  const answer = await client.json({
    path: "/api/fileattachments/attachments-v1",
    entity: "invoice attachment",
    query: { entityid: o.documentNumbers.join(","), entitytype: "F" },
  });
  if (!Array.isArray(answer))
    return [parseRecord(FortnoxAttachment, answer, "invoice attachment")].map(invoiceAttachmentDocument);
  return answer.map((raw) =>
    invoiceAttachmentDocument(parseRecord(FortnoxAttachment, raw, "invoice attachment", "id")),
  );
}
