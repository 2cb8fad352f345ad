/** Raw shapes of supplier invoices, sales invoices and their payments (reference §5.4, §5.6). */
import { z } from "zod";
import { FortnoxBool, FortnoxDecimal, FortnoxId, FortnoxText } from "./common.js";

export const FortnoxSupplierInvoiceRow = z.object({
  Code: FortnoxText,
  Account: z.number().int().optional(),
  ArticleNumber: FortnoxText,
  ItemDescription: FortnoxText,
  AccountDescription: FortnoxText,
  Debit: FortnoxDecimal.default("0"),
  Credit: FortnoxDecimal.default("0"),
  Quantity: FortnoxDecimal.optional(),
  Price: FortnoxDecimal.optional(),
  CostCenter: FortnoxText,
  Project: FortnoxText,
});
export type FortnoxSupplierInvoiceRow = z.infer<typeof FortnoxSupplierInvoiceRow>;

/** Money fields are strings here, unlike everywhere else. The list says Cancel, the single Cancelled. */
export const FortnoxSupplierInvoiceListItem = z.object({
  GivenNumber: FortnoxId,
  SupplierNumber: FortnoxId,
  InvoiceNumber: FortnoxText,
  InvoiceDate: z.string(),
  DueDate: FortnoxText,
  Total: FortnoxDecimal,
  Balance: FortnoxDecimal.optional(),
  Currency: FortnoxText,
  Booked: z.boolean().optional(),
  Cancel: z.boolean().optional(),
  CostCenter: FortnoxText,
  Project: FortnoxText,
  /** The vouchers the invoice was booked and paid with; `Year` is the financial year's Id (reference §5.4). */
  Vouchers: z
    .array(
      z.object({
        Number: z.union([z.number().int(), z.string()]),
        Series: z.string(),
        ReferenceType: FortnoxText,
        Year: z.union([z.number().int(), z.string()]).optional(),
      }),
    )
    .default([]),
});
export type FortnoxSupplierInvoiceListItem = z.infer<typeof FortnoxSupplierInvoiceListItem>;

export const FortnoxSupplierInvoice = FortnoxSupplierInvoiceListItem.omit({ Cancel: true }).extend({
  Cancelled: z.boolean().optional(),
  VAT: FortnoxDecimal.optional(),
  OCR: FortnoxText,
  YourReference: FortnoxText,
  OurReference: FortnoxText,
  SupplierInvoiceRows: z.array(FortnoxSupplierInvoiceRow).default([]),
});
export type FortnoxSupplierInvoice = z.infer<typeof FortnoxSupplierInvoice>;

export const FortnoxInvoiceRow = z.object({
  ArticleNumber: FortnoxText,
  Description: FortnoxText,
  DeliveredQuantity: FortnoxDecimal.optional(),
  Price: FortnoxDecimal.optional(),
  Total: FortnoxDecimal.optional(),
  AccountNumber: z.number().int().optional(),
  VAT: FortnoxDecimal.optional(),
  CostCenter: FortnoxText,
  Project: FortnoxText,
});
export type FortnoxInvoiceRow = z.infer<typeof FortnoxInvoiceRow>;

export const FortnoxInvoiceListItem = z.object({
  DocumentNumber: FortnoxId,
  CustomerNumber: FortnoxId,
  InvoiceDate: z.string(),
  DueDate: FortnoxText,
  Total: FortnoxDecimal,
  Balance: FortnoxDecimal.optional(),
  Currency: FortnoxText,
  Booked: z.boolean().optional(),
  Cancelled: z.boolean().optional(),
  Project: FortnoxText,
  /** The voucher the invoice was booked with (absent or 0 while unbooked); `VoucherYear` is a financial-year Id. */
  VoucherNumber: z.union([z.number().int(), z.string()]).nullish(),
  VoucherSeries: z.string().nullish(),
  VoucherYear: z.union([z.number().int(), z.string()]).nullish(),
});
export type FortnoxInvoiceListItem = z.infer<typeof FortnoxInvoiceListItem>;

export const FortnoxInvoice = FortnoxInvoiceListItem.extend({
  TotalVAT: FortnoxDecimal.optional(),
  Credit: FortnoxBool.optional(),
  YourOrderNumber: FortnoxText,
  ExternalInvoiceReference1: FortnoxText,
  InvoiceRows: z.array(FortnoxInvoiceRow).default([]),
});
export type FortnoxInvoice = z.infer<typeof FortnoxInvoice>;

export const FortnoxPayment = z.object({
  Number: FortnoxId,
  InvoiceNumber: FortnoxId,
  Amount: FortnoxDecimal,
  Currency: FortnoxText,
  PaymentDate: z.string(),
  Booked: z.boolean().optional(),
});
export type FortnoxPayment = z.infer<typeof FortnoxPayment>;
