import type { SupplierInvoice } from "../../../core/index.js";
import { FortnoxSupplierInvoiceListItem } from "../api/invoices.js";
import type { FortnoxClient } from "../client.js";
import { toSupplierInvoice } from "../mappers/invoices.js";
import { lastModifiedQuery, listAll } from "./read.js";

export type SupplierInvoiceFilter =
  | "cancelled"
  | "fullypaid"
  | "unpaid"
  | "unpaidoverdue"
  | "unbooked"
  | "pendingpayment"
  | "authorizepending";

/** Without rows (the list has none, reference §5.4); amounts come as strings and are parsed exactly. */
export function listSupplierInvoices(
  client: FortnoxClient,
  o: { modifiedSince?: Date; filter?: SupplierInvoiceFilter; supplierNumber?: string } = {},
): Promise<SupplierInvoice[]> {
  return listAll(client, {
    path: "/3/supplierinvoices",
    listKey: "SupplierInvoices",
    entity: "supplier invoice",
    schema: FortnoxSupplierInvoiceListItem,
    idKey: "GivenNumber",
    map: toSupplierInvoice,
    query: { ...lastModifiedQuery(o.modifiedSince), filter: o.filter, suppliernumber: o.supplierNumber },
  });
}
