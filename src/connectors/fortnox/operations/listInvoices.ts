import type { SalesInvoice } from "../../../core/index.js";
import { FortnoxInvoiceListItem } from "../api/invoices.js";
import type { FortnoxClient } from "../client.js";
import { toSalesInvoice } from "../mappers/invoices.js";
import { lastModifiedQuery, listAll } from "./read.js";

export type InvoiceFilter = "cancelled" | "fullypaid" | "unpaid" | "unpaidoverdue" | "unbooked";

/** Sales invoices without rows; `yourOrderNumber` finds one we created when a write's outcome was unknown. */
export function listInvoices(
  client: FortnoxClient,
  o: { modifiedSince?: Date; filter?: InvoiceFilter; customerNumber?: string; yourOrderNumber?: string } = {},
): Promise<SalesInvoice[]> {
  return listAll(client, {
    path: "/3/invoices",
    listKey: "Invoices",
    entity: "invoice",
    schema: FortnoxInvoiceListItem,
    idKey: "DocumentNumber",
    map: toSalesInvoice,
    query: {
      ...lastModifiedQuery(o.modifiedSince),
      filter: o.filter,
      customernumber: o.customerNumber,
      yourordernumber: o.yourOrderNumber,
    },
  });
}
