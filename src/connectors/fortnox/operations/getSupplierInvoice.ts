import type { SupplierInvoice } from "../../../core/index.js";
import { FortnoxSupplierInvoice } from "../api/invoices.js";
import type { FortnoxClient } from "../client.js";
import { toSupplierInvoice } from "../mappers/invoices.js";
import { getOne } from "./read.js";

/** One supplier invoice with rows, by GivenNumber (Fortnox's own sequence, reference §5.4). */
export async function getSupplierInvoice(
  client: FortnoxClient,
  givenNumber: string,
): Promise<SupplierInvoice> {
  const raw = await getOne(client, {
    path: `/3/supplierinvoices/${encodeURIComponent(givenNumber)}`,
    key: "SupplierInvoice",
    entity: "supplier invoice",
    schema: FortnoxSupplierInvoice,
  });
  return toSupplierInvoice(raw);
}
