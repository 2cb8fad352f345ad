import type { SalesInvoice } from "../../../core/index.js";
import { FortnoxInvoice } from "../api/invoices.js";
import type { FortnoxClient } from "../client.js";
import { toSalesInvoice } from "../mappers/invoices.js";
import { write } from "./read.js";

/** Bookkeeps a sales invoice (PUT …/bookkeep with no body); Fortnox creates its voucher. */
export async function bookkeepInvoice(client: FortnoxClient, documentNumber: string): Promise<SalesInvoice> {
  const raw = await write(client, {
    method: "PUT",
    path: `/3/invoices/${encodeURIComponent(documentNumber)}/bookkeep`,
    key: "Invoice",
    entity: "invoice",
    schema: FortnoxInvoice,
  });
  return toSalesInvoice(raw);
}
