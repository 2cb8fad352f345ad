/** Creating and bookkeeping sales invoices; bookkeeping adds a voucher to the year's overlay. */
import { invoiceRow } from "../state/invoiceRecords.js";
import { money2, type Raw } from "../state/register.js";
import type { TenantState } from "../state/tenant.js";
import { nextVoucherNumber } from "../voucherQuery.js";
import { FxError } from "../wire.js";
import { decimalOre } from "./money.js";
import { addDays, dateField, references, rowsOf, str, today, vat25, voucherRow } from "./writeHelpers.js";

const REFERENCES = [
  "OurReference",
  "YourReference",
  "YourOrderNumber",
  "ExternalInvoiceReference1",
  "ExternalInvoiceReference2",
  "CostCenter",
  "Project",
];

function salesRows(t: TenantState, body: Raw): { rows: Raw[]; net: bigint } {
  let net = 0n;
  const rows = rowsOf(body, "InvoiceRows").map((r, k) => {
    const qty = str(r.DeliveredQuantity) || "1";
    if (!/^\d+$/.test(qty))
      throw new FxError(400, 2000108, "DeliveredQuantity måste vara ett heltal i sandlådan.");
    const article = r.ArticleNumber ? t.articles.get(str(r.ArticleNumber)) : undefined;
    if (r.ArticleNumber && !article) {
      throw new FxError(400, 2000428, `Kan inte hitta artikeln "${str(r.ArticleNumber)}".`);
    }
    const price = decimalOre(r.Price ?? article?.SalesPrice ?? 0, "Price");
    const text = str(r.Description) || str(article?.Description);
    net += BigInt(qty) * price;
    return invoiceRow(k + 1, str(r.ArticleNumber), text, qty, price, str(r.Unit || article?.Unit));
  });
  return { rows, net };
}

function amounts(net: bigint): Raw {
  const vat = vat25(net);
  const total = money2(net + vat);
  return {
    Net: money2(net),
    TotalVAT: money2(vat),
    Gross: total,
    Total: total,
    TotalToPay: total,
    Balance: total,
  };
}

const NEW_INVOICE_DEFAULTS: Raw = {
  Currency: "SEK",
  CurrencyRate: 1,
  CurrencyUnit: 1,
  RoundOff: 0,
  Freight: 0,
  AdministrationFee: 0,
  VATIncluded: false,
  Booked: false,
  Cancelled: false,
  Sent: false,
  Credit: "false",
  InvoiceType: "INVOICE",
  TermsOfPayment: "30",
  WayOfDelivery: "",
  Language: "SV",
  NoxFinans: false,
  VoucherNumber: 0,
  VoucherSeries: "",
  VoucherYear: 0,
};

export function createInvoice(t: TenantState, body: Raw, now: number): Raw {
  const customer = t.customers.get(str(body.CustomerNumber));
  if (!customer) throw new FxError(400, 2000433, `Kan inte hitta kunden "${str(body.CustomerNumber)}".`);
  const date = dateField(body, "InvoiceDate", today(now));
  const { rows, net } = salesRows(t, body);
  const number = str(body.DocumentNumber) || t.invoices.nextNumber();
  if (t.invoices.has(number)) throw new FxError(400, 2000359, `Fakturanummer ${number} används redan.`);
  const data: Raw = {
    DocumentNumber: number,
    CustomerNumber: customer.CustomerNumber,
    CustomerName: customer.Name,
    Address1: customer.Address1,
    ZipCode: customer.ZipCode,
    City: customer.City,
    InvoiceDate: date,
    DueDate: dateField(body, "DueDate", addDays(date, 30)),
    ...NEW_INVOICE_DEFAULTS,
    ...amounts(net),
    OCR: `${number}9`,
    ...references(body, REFERENCES),
    InvoiceRows: rows,
  };
  t.invoices.put(number, data, now);
  return data;
}

export function bookkeepInvoice(t: TenantState, number: string, now: number): Raw {
  const inv = t.invoices.get(number);
  if (!inv) throw new FxError(404, 2000423, "Kan inte hitta fakturan.");
  if (inv.Booked === true) throw new FxError(400, 2000359, "Fakturan är redan bokförd.");
  const date = String(inv.InvoiceDate);
  const y = t.years.find((x) => x.from <= date && date <= x.to);
  if (!y) throw new FxError(400, 2001304, "Det finns inget räkenskapsår för fakturadatumet.");
  const net = decimalOre(inv.Net, "Net");
  const vat = decimalOre(inv.TotalVAT, "TotalVAT");
  const overlay = t.overlayOf(y.fyId);
  const voucherNumber = nextVoucherNumber(y, overlay, "B");
  overlay.push({
    series: "B",
    number: voucherNumber,
    date,
    description: `Kundfaktura ${number}`,
    referenceType: "INVOICE",
    referenceNumber: number,
    modifiedAt: now,
    rows: [
      voucherRow(1510, net + vat),
      voucherRow(3001, -net, str(inv.CostCenter), str(inv.Project)),
      voucherRow(2611, -vat),
    ],
  });
  const booked = {
    ...inv,
    Booked: true,
    VoucherNumber: voucherNumber,
    VoucherSeries: "B",
    VoucherYear: y.fyId,
  };
  t.invoices.put(number, booked, now);
  return booked;
}
