import type { DocumentRef } from "../../../core/index.js";
import { FortnoxAttachment } from "../api/files.js";
import type { FortnoxClient } from "../client.js";
import { invoiceAttachmentDocument } from "../mappers/files.js";
import { parseRecord } from "./read.js";

/** Attaches an archive file to a sales invoice; this API takes the file's ArchiveFileId, not its Id (§5.7). */
export async function createInvoiceFileConnection(
  client: FortnoxClient,
  c: { archiveFileId: string; documentNumber: string; includeOnSend?: boolean },
): Promise<DocumentRef> {
  const answer = await client.json({
    method: "POST",
    path: "/api/fileattachments/attachments-v1",
    entity: "invoice attachment",
    json: [
      {
        entityId: Number(c.documentNumber),
        entityType: "F",
        fileId: c.archiveFileId,
        includeOnSend: c.includeOnSend ?? false,
      },
    ],
  });
  const first = Array.isArray(answer) ? answer[0] : answer;
  return invoiceAttachmentDocument(parseRecord(FortnoxAttachment, first, "invoice attachment"));
}
