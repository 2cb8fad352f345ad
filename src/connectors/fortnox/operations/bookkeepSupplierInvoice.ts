import type { SupplierInvoice } from "../../../core/index.js";
import { FortnoxSupplierInvoice } from "../api/invoices.js";
import type { FortnoxClient } from "../client.js";
import { toSupplierInvoice } from "../mappers/invoices.js";
import { write } from "./read.js";

/** Bookkeeps a supplier invoice (PUT …/bookkeep, no body); Fortnox creates its voucher (reference §5.4). */
export async function bookkeepSupplierInvoice(
  client: FortnoxClient,
  givenNumber: string,
): Promise<SupplierInvoice> {
  const raw = await write(client, {
    method: "PUT",
    path: `/3/supplierinvoices/${encodeURIComponent(givenNumber)}/bookkeep`,
    key: "SupplierInvoice",
    entity: "supplier invoice",
    schema: FortnoxSupplierInvoice,
  });
  return toSupplierInvoice(raw);
}
