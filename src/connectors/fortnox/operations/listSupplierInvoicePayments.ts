import type { Payment } from "../../../core/index.js";
import { FortnoxPayment } from "../api/invoices.js";
import type { FortnoxClient } from "../client.js";
import { toPayment } from "../mappers/invoices.js";
import { lastModifiedQuery, listAll } from "./read.js";

/** Payments (scope payment); `invoiceNumber` narrows to one invoice's payments. */
export function listSupplierInvoicePayments(
  client: FortnoxClient,
  o: { modifiedSince?: Date; invoiceNumber?: string } = {},
): Promise<Payment[]> {
  return listAll(client, {
    path: "/3/supplierinvoicepayments",
    listKey: "SupplierInvoicePayments",
    entity: "supplierinvoice payment",
    schema: FortnoxPayment,
    idKey: "Number",
    map: toPayment,
    query: { ...lastModifiedQuery(o.modifiedSince), invoicenumber: o.invoiceNumber },
  });
}
