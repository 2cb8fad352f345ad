import type { DocumentRef } from "../../../core/index.js";
import { FortnoxSupplierInvoiceFileConnection } from "../api/files.js";
import type { FortnoxClient } from "../client.js";
import { supplierInvoiceDocument } from "../mappers/files.js";
import { write } from "./read.js";

/** Attaches an uploaded file (its `Id`) to a supplier invoice (its GivenNumber). */
export async function createSupplierInvoiceFileConnection(
  client: FortnoxClient,
  c: { fileId: string; givenNumber: string },
): Promise<DocumentRef> {
  const raw = await write(client, {
    method: "POST",
    path: "/3/supplierinvoicefileconnections",
    key: "SupplierInvoiceFileConnection",
    entity: "supplier invoice file connection",
    schema: FortnoxSupplierInvoiceFileConnection,
    body: { FileId: c.fileId, SupplierInvoiceNumber: c.givenNumber },
  });
  return supplierInvoiceDocument(raw);
}
