/** Pure mappers for supplier invoices, sales invoices and payments, and the request bodies for writes. */
import type {
  BookedVoucherRef,
  InvoiceRow,
  LocalDate,
  Payment,
  SalesInvoice,
  SupplierInvoice,
} from "../../../core/index.js";
import { formatMoney, formatScaled } from "../../../core/index.js";
import type {
  FortnoxInvoice,
  FortnoxInvoiceListItem,
  FortnoxInvoiceRow,
  FortnoxPayment,
  FortnoxSupplierInvoice,
  FortnoxSupplierInvoiceListItem,
  FortnoxSupplierInvoiceRow,
} from "../api/invoices.js";
import { jsonNumber, moneyOf, opt, signedAmount } from "./money.js";

/** TOT and VAT rows are the invoice's total and VAT, carried in `total`/`vat`; all other rows are mapped. */
const SUMMARY_CODES = new Set(["TOT", "VAT"]);

function supplierRow(raw: FortnoxSupplierInvoiceRow, currency: string): InvoiceRow {
  return {
    ...opt("articleNumber", raw.ArticleNumber),
    text: raw.ItemDescription || raw.AccountDescription,
    quantity: raw.Quantity && raw.Quantity !== "0" ? raw.Quantity : "1",
    total: signedAmount(raw.Debit, raw.Credit, currency),
    ...(raw.Account === undefined ? {} : { account: String(raw.Account) }),
    ...opt("costCenter", raw.CostCenter),
    ...opt("project", raw.Project),
  };
}

/** The voucher a supplier invoice was booked with: the SUPPLIERINVOICE one of its vouchers, not a payment's. */
function supplierInvoiceVoucher(raw: FortnoxSupplierInvoiceListItem | FortnoxSupplierInvoice) {
  const v = raw.Vouchers.find((x) => x.ReferenceType === "SUPPLIERINVOICE");
  if (!v || v.Year === undefined || !Number(v.Number)) return undefined;
  return { series: v.Series, number: String(v.Number), yearExternalId: String(v.Year) };
}

function salesInvoiceVoucher(raw: FortnoxInvoiceListItem): BookedVoucherRef | undefined {
  if (!raw.VoucherSeries || !Number(raw.VoucherNumber) || !raw.VoucherYear) return undefined;
  return {
    series: raw.VoucherSeries,
    number: String(raw.VoucherNumber),
    yearExternalId: String(raw.VoucherYear),
  };
}

const withVoucher = (v: BookedVoucherRef | undefined) => (v ? { voucher: v } : {});

export function toSupplierInvoice(
  raw: FortnoxSupplierInvoiceListItem | FortnoxSupplierInvoice,
): SupplierInvoice {
  const currency = raw.Currency || "SEK";
  const single = "SupplierInvoiceRows" in raw ? raw : undefined;
  return {
    externalId: raw.GivenNumber,
    supplierNumber: raw.SupplierNumber,
    invoiceNumber: raw.InvoiceNumber,
    invoiceDate: raw.InvoiceDate as LocalDate,
    ...opt("dueDate", raw.DueDate as LocalDate),
    total: moneyOf(raw.Total, currency, "supplier invoice total"),
    ...(single?.VAT === undefined ? {} : { vat: moneyOf(single.VAT, currency) }),
    ...(raw.Balance === undefined ? {} : { balance: moneyOf(raw.Balance, currency) }),
    booked: raw.Booked ?? false,
    cancelled: (single ? single.Cancelled : (raw as FortnoxSupplierInvoiceListItem).Cancel) ?? false,
    ...opt("ocr", single?.OCR),
    ...opt("project", raw.Project),
    ...opt("costCenter", raw.CostCenter),
    rows: (single?.SupplierInvoiceRows ?? [])
      .filter((r) => !SUMMARY_CODES.has(r.Code))
      .map((r) => supplierRow(r, currency)),
    ...withVoucher(supplierInvoiceVoucher(raw)),
  };
}

function salesRow(raw: FortnoxInvoiceRow, currency: string): InvoiceRow {
  return {
    ...opt("articleNumber", raw.ArticleNumber),
    text: raw.Description,
    quantity: raw.DeliveredQuantity ?? "0",
    ...(raw.Price === undefined ? {} : { unitPrice: moneyOf(raw.Price, currency) }),
    total: moneyOf(raw.Total ?? "0", currency),
    ...(raw.AccountNumber ? { account: String(raw.AccountNumber) } : {}),
    ...(raw.VAT === undefined ? {} : { vatPercent: raw.VAT }),
    ...opt("costCenter", raw.CostCenter),
    ...opt("project", raw.Project),
  };
}

export function toSalesInvoice(raw: FortnoxInvoiceListItem | FortnoxInvoice): SalesInvoice {
  const currency = raw.Currency || "SEK";
  const single = "InvoiceRows" in raw ? raw : undefined;
  return {
    externalId: raw.DocumentNumber,
    number: raw.DocumentNumber,
    customerNumber: raw.CustomerNumber,
    invoiceDate: raw.InvoiceDate as LocalDate,
    ...opt("dueDate", raw.DueDate as LocalDate),
    total: moneyOf(raw.Total, currency, "invoice total"),
    ...(single?.TotalVAT === undefined ? {} : { vat: moneyOf(single.TotalVAT, currency) }),
    ...(raw.Balance === undefined ? {} : { balance: moneyOf(raw.Balance, currency) }),
    booked: raw.Booked ?? false,
    cancelled: raw.Cancelled ?? false,
    ...opt("project", raw.Project),
    rows: (single?.InvoiceRows ?? []).map((r) => salesRow(r, currency)),
    ...withVoucher(salesInvoiceVoucher(raw)),
  };
}

export function toPayment(raw: FortnoxPayment): Payment {
  return {
    externalId: raw.Number,
    invoiceNumber: raw.InvoiceNumber,
    paymentDate: raw.PaymentDate as LocalDate,
    amount: moneyOf(raw.Amount, raw.Currency || "SEK", "payment amount"),
    booked: raw.Booked ?? false,
  };
}

export interface NewSalesInvoice {
  readonly customerNumber: string;
  readonly invoiceDate?: LocalDate;
  readonly dueDate?: LocalDate;
  /** Our reference for the uncertain-outcome lookup (pitfalls §4 #3): Fortnox's YourOrderNumber. */
  readonly yourOrderNumber?: string;
  readonly externalReference?: string;
  readonly project?: string;
  readonly rows: readonly Omit<InvoiceRow, "total">[];
}

export function fromSalesInvoice(inv: NewSalesInvoice): Record<string, unknown> {
  return {
    CustomerNumber: inv.customerNumber,
    ...opt("InvoiceDate", inv.invoiceDate),
    ...opt("DueDate", inv.dueDate),
    ...opt("YourOrderNumber", inv.yourOrderNumber),
    ...opt("ExternalInvoiceReference1", inv.externalReference),
    ...opt("Project", inv.project),
    InvoiceRows: inv.rows.map((r) => ({
      ...opt("ArticleNumber", r.articleNumber),
      Description: r.text,
      // DeliveredQuantity is a string in the OAS (reference §5.6).
      DeliveredQuantity: r.quantity,
      ...(r.unitPrice ? { Price: jsonNumber(formatMoney(r.unitPrice)) } : {}),
      ...(r.account ? { AccountNumber: Number(r.account) } : {}),
      ...opt("CostCenter", r.costCenter),
      ...opt("Project", r.project),
    })),
  };
}

export interface NewSupplierInvoice {
  readonly supplierNumber: string;
  readonly invoiceNumber: string;
  readonly invoiceDate: LocalDate;
  readonly dueDate?: LocalDate;
  readonly ocr?: string;
  readonly vat?: SupplierInvoice["total"];
  readonly rows: readonly {
    account: string;
    amount: SupplierInvoice["total"];
    costCenter?: string;
    project?: string;
    text?: string;
  }[];
}

export function fromSupplierInvoice(inv: NewSupplierInvoice): Record<string, unknown> {
  return {
    SupplierNumber: inv.supplierNumber,
    InvoiceNumber: inv.invoiceNumber,
    InvoiceDate: inv.invoiceDate,
    ...opt("DueDate", inv.dueDate),
    ...opt("OCR", inv.ocr),
    // Supplier-invoice money is string-typed in the OAS (reference §5.4).
    ...(inv.vat ? { VAT: formatMoney(inv.vat) } : {}),
    SupplierInvoiceRows: inv.rows.map((r) => ({
      Code: "PRE",
      Account: Number(r.account),
      Debit: jsonNumber(formatScaled(r.amount.minor, 2)),
      ...opt("CostCenter", r.costCenter),
      ...opt("Project", r.project),
      ...opt("TransactionInformation", r.text),
    })),
  };
}
