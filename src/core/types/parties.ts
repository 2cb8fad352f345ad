import type { LocalDate } from "../localDate.js";
import type { Money } from "../money.js";

export interface Address {
  readonly street?: string;
  readonly postalCode?: string;
  readonly city?: string;
  readonly country?: string;
}

export interface Party {
  readonly externalId: string;
  readonly number: string;
  readonly name: string;
  readonly orgNumber?: string;
  readonly vatNumber?: string;
  readonly email?: string;
  readonly address?: Address;
  readonly active: boolean;
}
export type Supplier = Party;
export type Customer = Party;

export interface Project {
  readonly externalId: string;
  readonly number: string;
  readonly name: string;
  readonly status: "not_started" | "ongoing" | "completed";
  readonly startDate?: LocalDate;
  readonly endDate?: LocalDate;
  readonly customerNumber?: string;
}

export interface CostCenter {
  readonly code: string;
  readonly name: string;
  readonly active: boolean;
}

export interface Unit {
  readonly code: string;
  readonly name: string;
}

export interface Article {
  readonly externalId: string;
  readonly number: string;
  readonly name: string;
  readonly unit?: string;
  readonly salesPrice?: Money;
  readonly purchasePrice?: Money;
  readonly active: boolean;
}

export interface InvoiceRow {
  readonly articleNumber?: string;
  readonly text: string;
  readonly quantity: string;
  readonly unitPrice?: Money;
  readonly total: Money;
  readonly account?: string;
  readonly vatPercent?: string;
  readonly costCenter?: string;
  readonly project?: string;
}

/** The voucher a document was booked with: series, number and the financial year's id in the source system. */
export interface BookedVoucherRef {
  readonly series: string;
  readonly number: string;
  readonly yearExternalId: string;
}

export interface SalesInvoice {
  readonly externalId: string;
  readonly number: string;
  readonly customerNumber: string;
  readonly invoiceDate: LocalDate;
  readonly dueDate?: LocalDate;
  readonly total: Money;
  readonly vat?: Money;
  readonly balance?: Money;
  readonly booked: boolean;
  readonly cancelled: boolean;
  readonly project?: string;
  readonly rows: readonly InvoiceRow[];
  /** Set once the invoice is booked. */
  readonly voucher?: BookedVoucherRef;
}

export interface SupplierInvoice {
  readonly externalId: string;
  readonly supplierNumber: string;
  readonly invoiceNumber: string;
  readonly invoiceDate: LocalDate;
  readonly dueDate?: LocalDate;
  readonly total: Money;
  readonly vat?: Money;
  readonly balance?: Money;
  readonly booked: boolean;
  readonly cancelled: boolean;
  readonly ocr?: string;
  readonly yourOrderNumber?: string;
  readonly project?: string;
  readonly costCenter?: string;
  readonly rows: readonly InvoiceRow[];
  /** The voucher the invoice was booked with (not its payments'), once booked. */
  readonly voucher?: BookedVoucherRef;
}

export interface Payment {
  readonly externalId: string;
  readonly invoiceNumber: string;
  readonly paymentDate: LocalDate;
  readonly amount: Money;
  readonly booked: boolean;
}

export interface PurchaseOrder {
  readonly externalId: string;
  readonly number: string;
  readonly supplierNumber: string;
  readonly project?: string;
  readonly amount: Money;
  readonly open: boolean;
}

export interface ProjectCost {
  readonly project: string;
  readonly date: LocalDate;
  readonly amount: Money;
  readonly text: string;
  readonly sourceRef: string;
}
