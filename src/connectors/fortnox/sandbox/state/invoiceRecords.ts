/** Fortnox-shaped sales/supplier invoices and payments, built from the seed models. */

import { CHART_BY_NUMBER } from "../seed/chart.js";
import type { PurchaseModel, SalesModel } from "../seed/documents.js";
import { formatOre, money2, type Raw } from "./register.js";

const addDays = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export interface Booking {
  readonly fyId: number;
  readonly voucherNumber: number;
  readonly date: string;
  readonly paymentDate?: string;
  readonly paymentVoucher?: number;
}

export function invoiceRaw(s: SalesModel, customer: Raw, b: Booking, articleName: string): Raw {
  const total = s.net + s.vat;
  const rows: Raw[] = [invoiceRow(1, s.articleNumber, articleName, String(s.hours), s.price, s.unit)];
  if (s.material > 0n) rows.push(invoiceRow(2, "", "Material enligt specifikation", "1", s.material, "st"));
  return {
    DocumentNumber: s.documentNumber,
    CustomerNumber: s.customerNumber,
    CustomerName: customer.Name,
    Address1: customer.Address1,
    ZipCode: customer.ZipCode,
    City: customer.City,
    InvoiceDate: b.date,
    DueDate: addDays(b.date, 30),
    ...(b.paymentDate ? { FinalPayDate: b.paymentDate } : {}),
    Currency: "SEK",
    CurrencyRate: 1,
    CurrencyUnit: 1,
    Net: money2(s.net),
    TotalVAT: money2(s.vat),
    Gross: money2(total),
    Total: money2(total),
    TotalToPay: money2(total),
    Balance: b.paymentDate ? 0 : money2(total),
    RoundOff: 0,
    Freight: 0,
    AdministrationFee: 0,
    VATIncluded: false,
    Booked: true,
    Cancelled: false,
    Sent: true,
    // A string, not a boolean, on sales invoices (reference §5).
    Credit: "false",
    InvoiceType: "INVOICE",
    OCR: `${s.documentNumber}${b.fyId}`,
    OurReference: "",
    YourReference: "",
    YourOrderNumber: "",
    ExternalInvoiceReference1: "",
    ExternalInvoiceReference2: "",
    CostCenter: "",
    Project: "",
    TermsOfPayment: "30",
    WayOfDelivery: "",
    Language: "SV",
    NoxFinans: false,
    VoucherNumber: b.voucherNumber,
    VoucherSeries: "B",
    VoucherYear: b.fyId,
    InvoiceRows: rows,
  };
}

export function invoiceRow(
  rowId: number,
  art: string,
  text: string,
  qty: string,
  price: bigint,
  unit: string,
): Raw {
  const total = (BigInt(qty) * price) as bigint;
  return {
    RowId: rowId,
    ArticleNumber: art,
    Description: text,
    DeliveredQuantity: qty,
    Unit: unit,
    Price: money2(price),
    PriceExcludingVAT: money2(price),
    Total: money2(total),
    TotalExcludingVAT: money2(total),
    VAT: 25,
    AccountNumber: 3001,
    CostCenter: "",
    Project: "",
    Discount: 0,
    DiscountType: "PERCENT",
  };
}

export function supplierInvoiceRaw(p: PurchaseModel, supplierName: string, b: Booking): Raw {
  const total = p.net + p.vat;
  const vouchers = [{ Number: b.voucherNumber, Series: "D", ReferenceType: "SUPPLIERINVOICE", Year: b.fyId }];
  const rows = [
    siRow("TOT", 2440, 0n, total),
    siRow("VAT", 2641, p.vat, 0n),
    siRow("PRE", p.account, p.net, 0n),
  ];
  return {
    GivenNumber: p.givenNumber,
    SupplierNumber: p.supplierNumber,
    SupplierName: supplierName,
    InvoiceNumber: p.invoiceNumber,
    InvoiceDate: b.date,
    DueDate: addDays(b.date, 30),
    ...(b.paymentDate ? { FinalPayDate: b.paymentDate } : {}),
    // Money as strings on supplier invoices (reference §5, erp-mafia/fortnox-mcp PR #6).
    Total: formatOre(total),
    VAT: formatOre(p.vat),
    Balance: b.paymentDate ? "0.00" : formatOre(total),
    Freight: "0.00",
    AdministrationFee: "0.00",
    RoundOffValue: "0.00",
    Currency: "SEK",
    CurrencyRate: "1",
    CurrencyUnit: 1,
    Booked: true,
    Cancelled: false,
    Credit: false,
    OCR: `${p.invoiceNumber}7`,
    Comments: "",
    CostCenter: "",
    Project: "",
    VATType: "NORMAL",
    SalesType: "STOCK",
    AccountingMethod: "ACCRUAL",
    DisablePaymentFile: false,
    PaymentPending: false,
    ExternalInvoiceNumber: "",
    ExternalInvoiceSeries: "",
    OurReference: "",
    YourReference: "",
    VoucherNumber: b.voucherNumber,
    VoucherSeries: "D",
    VoucherYear: b.fyId,
    Vouchers: vouchers,
    SupplierInvoiceRows: rows,
  };
}

export function siRow(code: string, account: number, debit: bigint, credit: bigint): Raw {
  return {
    Code: code,
    Account: account,
    AccountDescription: CHART_BY_NUMBER.get(account)?.description ?? "",
    Debit: money2(debit),
    Credit: money2(credit),
    Total: money2(debit - credit),
    CostCenter: "",
    Project: "",
    TransactionInformation: "",
    ArticleNumber: "",
    ItemDescription: "",
    Quantity: 0,
    Price: 0,
    Unit: "",
  };
}

export function invoicePaymentRaw(number: number, inv: Raw, b: Booking): Raw {
  return {
    Number: String(number),
    InvoiceNumber: Number(inv.DocumentNumber),
    Amount: inv.Total,
    AmountCurrency: inv.Total,
    Booked: true,
    Currency: "SEK",
    CurrencyRate: 1,
    CurrencyUnit: 1,
    PaymentDate: b.paymentDate,
    Source: "manual",
    ModeOfPayment: "BG",
    ModeOfPaymentAccount: 1930,
    InvoiceCustomerName: inv.CustomerName,
    InvoiceCustomerNumber: inv.CustomerNumber,
    InvoiceDueDate: inv.DueDate,
    InvoiceOCR: inv.OCR,
    InvoiceTotal: String(inv.Total),
    ExternalInvoiceReference1: "",
    ExternalInvoiceReference2: "",
    VoucherNumber: b.paymentVoucher,
    VoucherSeries: "C",
    VoucherYear: b.fyId,
    WriteOffs: [],
  };
}

export function supplierPaymentRaw(number: number, si: Raw, b: Booking): Raw {
  return {
    Number: number,
    InvoiceNumber: si.GivenNumber,
    Amount: Number(si.Total),
    AmountCurrency: Number(si.Total),
    Booked: true,
    Currency: "SEK",
    CurrencyRate: 1,
    CurrencyUnit: 1,
    PaymentDate: b.paymentDate,
    Source: "manual",
    ModeOfPayment: "BG",
    Information: "",
    InvoiceSupplierName: si.SupplierName,
    InvoiceSupplierNumber: si.SupplierNumber,
    InvoiceDueDate: si.DueDate,
    InvoiceOCR: si.OCR,
    InvoiceTotal: si.Total,
    VoucherNumber: b.paymentVoucher,
    VoucherSeries: "E",
    VoucherYear: b.fyId,
    WriteOffs: [],
  };
}
