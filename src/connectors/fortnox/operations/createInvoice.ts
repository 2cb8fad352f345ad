import type { SalesInvoice } from "../../../core/index.js";
import { FortnoxInvoice } from "../api/invoices.js";
import type { FortnoxClient } from "../client.js";
import { fromSalesInvoice, type NewSalesInvoice, toSalesInvoice } from "../mappers/invoices.js";
import { write } from "./read.js";

/**
 * Creates an (unbooked) sales invoice. Put our reference in `yourOrderNumber`: after an uncertain outcome
 * (timeout, 5xx) the caller finds the invoice with listInvoices({ yourOrderNumber }) instead of posting twice.
 */
export async function createInvoice(client: FortnoxClient, invoice: NewSalesInvoice): Promise<SalesInvoice> {
  const raw = await write(client, {
    method: "POST",
    path: "/3/invoices",
    key: "Invoice",
    entity: "invoice",
    schema: FortnoxInvoice,
    body: fromSalesInvoice(invoice),
  });
  return toSalesInvoice(raw);
}
