import type { SupplierInvoice } from "../../../core/index.js";
import { FortnoxSupplierInvoice } from "../api/invoices.js";
import type { FortnoxClient } from "../client.js";
import { fromSupplierInvoice, type NewSupplierInvoice, toSupplierInvoice } from "../mappers/invoices.js";
import { write } from "./read.js";

/**
 * Registers a supplier invoice (unbooked). Supplier invoices have no purchase-order field (reference §5.4);
 * the supplier's invoice number plus supplier number identify it for a lookup after an uncertain outcome.
 */
export async function createSupplierInvoice(
  client: FortnoxClient,
  invoice: NewSupplierInvoice,
): Promise<SupplierInvoice> {
  const raw = await write(client, {
    method: "POST",
    path: "/3/supplierinvoices",
    key: "SupplierInvoice",
    entity: "supplier invoice",
    schema: FortnoxSupplierInvoice,
    body: fromSupplierInvoice(invoice),
  });
  return toSupplierInvoice(raw);
}
