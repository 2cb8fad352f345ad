import type { SalesInvoice } from "../../../core/index.js";
import { FortnoxInvoice } from "../api/invoices.js";
import type { FortnoxClient } from "../client.js";
import { toSalesInvoice } from "../mappers/invoices.js";
import { getOne } from "./read.js";

/** One sales invoice with rows, by DocumentNumber. */
export async function getInvoice(client: FortnoxClient, documentNumber: string): Promise<SalesInvoice> {
  const raw = await getOne(client, {
    path: `/3/invoices/${encodeURIComponent(documentNumber)}`,
    key: "Invoice",
    entity: "invoice",
    schema: FortnoxInvoice,
  });
  return toSalesInvoice(raw);
}
