/** Registering a supplier invoice (unbooked); money comes back as strings, as Fortnox sends it (§5.4). */
import { siRow } from "../state/invoiceRecords.js";
import { formatOre, type Raw } from "../state/register.js";
import type { TenantState } from "../state/tenant.js";
import { nextVoucherNumber } from "../voucherQuery.js";
import { FxError } from "../wire.js";
import { decimalOre } from "./money.js";
import { addDays, dateField, references, rowsOf, str, today, vat25, voucherRow } from "./writeHelpers.js";

const REFERENCES = [
  "InvoiceNumber",
  "OCR",
  "Comments",
  "CostCenter",
  "Project",
  "ExternalInvoiceNumber",
  "ExternalInvoiceSeries",
  "OurReference",
  "YourReference",
];

const NEW_SUPPLIER_INVOICE_DEFAULTS: Raw = {
  Freight: "0.00",
  AdministrationFee: "0.00",
  RoundOffValue: "0.00",
  CurrencyRate: "1",
  CurrencyUnit: 1,
  Booked: false,
  Cancelled: false,
  Credit: false,
  VATType: "NORMAL",
  SalesType: "STOCK",
  AccountingMethod: "ACCRUAL",
  DisablePaymentFile: false,
  PaymentPending: false,
  VoucherNumber: 0,
  VoucherSeries: "",
  VoucherYear: 0,
  Vouchers: [],
};

/** Cost rows (code PRE/ACC or none); Fortnox adds the TOT and VAT rows itself. */
function costRows(body: Raw): { rows: Raw[]; net: bigint } {
  let net = 0n;
  const rows = rowsOf(body, "SupplierInvoiceRows")
    .filter((r) => !r.Code || r.Code === "PRE" || r.Code === "ACC")
    .map((r) => {
      const amount = decimalOre(r.Debit ?? r.Total ?? 0, "Debit");
      net += amount;
      return {
        ...siRow("PRE", Number(r.Account), amount, 0n),
        ...references(r, ["CostCenter", "Project", "TransactionInformation"]),
      };
    });
  return { rows, net };
}

export function createSupplierInvoice(t: TenantState, body: Raw, now: number): Raw {
  const supplier = t.suppliers.get(str(body.SupplierNumber));
  if (!supplier)
    throw new FxError(400, 2000436, `Kan inte hitta leverantören "${str(body.SupplierNumber)}".`);
  const date = dateField(body, "InvoiceDate", today(now));
  const { rows, net } = costRows(body);
  const vat = body.VAT === undefined ? vat25(net) : decimalOre(body.VAT, "VAT");
  const total = net + vat;
  const number = t.supplierInvoices.nextNumber();
  const data: Raw = {
    GivenNumber: number,
    SupplierNumber: supplier.SupplierNumber,
    SupplierName: supplier.Name,
    InvoiceDate: date,
    DueDate: dateField(body, "DueDate", addDays(date, 30)),
    Total: formatOre(total),
    VAT: formatOre(vat),
    Balance: formatOre(total),
    Currency: str(body.Currency) || "SEK",
    ...NEW_SUPPLIER_INVOICE_DEFAULTS,
    ...references(body, REFERENCES),
    SupplierInvoiceRows: [siRow("TOT", 2440, 0n, total), siRow("VAT", 2641, vat, 0n), ...rows],
  };
  t.supplierInvoices.put(number, data, now);
  return data;
}

/** Bookkeeps a supplier invoice: a voucher in series D (cost rows, 2641 VAT, 2440 total), §5.4, §9. */
export function bookkeepSupplierInvoice(t: TenantState, number: string, now: number): Raw {
  const si = t.supplierInvoices.get(number);
  if (!si) throw new FxError(404, 2000423, "Kan inte hitta leverantörsfakturan.");
  if (si.Booked === true) throw new FxError(400, 2000359, "Leverantörsfakturan är redan bokförd.");
  const date = String(si.InvoiceDate);
  const y = t.years.find((x) => x.from <= date && date <= x.to);
  if (!y) throw new FxError(400, 2001304, "Det finns inget räkenskapsår för fakturadatumet.");
  const rows = (si.SupplierInvoiceRows as Raw[]).map((r) =>
    voucherRow(
      Number(r.Account),
      decimalOre(r.Debit, "Debit") - decimalOre(r.Credit, "Credit"),
      str(r.CostCenter),
      str(r.Project),
    ),
  );
  const overlay = t.overlayOf(y.fyId);
  const voucherNumber = nextVoucherNumber(y, overlay, "D");
  overlay.push({
    series: "D",
    number: voucherNumber,
    date,
    description: `Leverantörsfaktura ${number}`,
    referenceType: "SUPPLIERINVOICE",
    referenceNumber: number,
    modifiedAt: now,
    rows,
  });
  const vouchers = [{ Number: voucherNumber, Series: "D", ReferenceType: "SUPPLIERINVOICE", Year: y.fyId }];
  const booked = {
    ...si,
    Booked: true,
    VoucherNumber: voucherNumber,
    VoucherSeries: "D",
    VoucherYear: y.fyId,
    Vouchers: vouchers,
  };
  t.supplierInvoices.put(number, booked, now);
  return booked;
}
