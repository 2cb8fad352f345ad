import type { DocumentRef } from "../../../core/index.js";
import { FortnoxSupplierInvoiceFileConnection } from "../api/files.js";
import type { FortnoxClient } from "../client.js";
import { supplierInvoiceDocument } from "../mappers/files.js";
import { listAll } from "./read.js";

/** Files attached to supplier invoices (by GivenNumber). */
export function listSupplierInvoiceFileConnections(
  client: FortnoxClient,
  o: { givenNumber?: string } = {},
): Promise<DocumentRef[]> {
  return listAll(client, {
    path: "/3/supplierinvoicefileconnections",
    listKey: "SupplierInvoiceFileConnections",
    entity: "supplier invoice file connection",
    schema: FortnoxSupplierInvoiceFileConnection,
    idKey: "FileId",
    map: supplierInvoiceDocument,
    query: { supplierinvoicenumber: o.givenNumber },
  });
}
