/**
 * One sandbox company: seeded registers, invoices tied to generated vouchers, files, and the small
 * overlay of records written through the API. Vouchers themselves are generated on demand (seed/vouchers).
 */

import type { SeedCompany } from "../seed/companies.js";
import { INVOICES_PER_YEAR, invoicesInYear, purchaseFor, salesFor } from "../seed/documents.js";
import { invoicePdf } from "../seed/pdf.js";
import { seedRegisters } from "../seed/registers.js";
import { dateOf, type GenVoucher, indexOf, modifiedAtOf, type YearSpec } from "../seed/vouchers.js";
import { FileStore, guid } from "./files.js";
import {
  type Booking,
  invoicePaymentRaw,
  invoiceRaw,
  supplierInvoiceRaw,
  supplierPaymentRaw,
} from "./invoiceRecords.js";
import { type Raw, Register } from "./register.js";

export class TenantState {
  readonly years: YearSpec[];
  readonly costCenters = new Register();
  readonly projects = new Register();
  readonly units = new Register();
  readonly articles = new Register();
  readonly suppliers = new Register();
  readonly customers = new Register();
  readonly invoices = new Register();
  readonly supplierInvoices = new Register();
  readonly invoicePayments = new Register();
  readonly supplierInvoicePayments = new Register();
  readonly voucherFileConnections = new Register();
  readonly supplierInvoiceFileConnections = new Register();
  readonly files: FileStore;
  /** Invoice attachments of the fileattachments API (bare camelCase objects, reference §5.7). */
  readonly attachments: Raw[] = [];
  /** Vouchers created through the API (bookkept invoices), per financial-year id. */
  readonly overlay = new Map<number, GenVoucher[]>();
  /**
   * When the generated vouchers came to be: none of them was modified after this. A second before the
   * sandbox started, since `lastmodified` has whole seconds: a cursor taken just after the start, cut to
   * its second, must still come after it.
   */
  readonly generatedAt = Date.now() - 1000;

  constructor(
    readonly company: SeedCompany,
    readonly index: number,
    readonly seed: number,
    vouchersPerYear: number,
  ) {
    this.years = company.fiscalYears.map((fy) => ({
      seed,
      company: index,
      fyId: fy.id,
      ...fy,
      count: vouchersPerYear,
    }));
    this.files = new FileStore(`${seed}-${company.tenantId}`);
    this.seedRegisters();
    for (const y of this.years) this.seedDocuments(y);
  }

  private seedRegisters(): void {
    const regs = seedRegisters(this.seed, this.index, Number(this.years[0]!.from.slice(0, 4)));
    const at = modifiedAtOf(this.years[0]!.from);
    for (const r of regs.costCenters) this.costCenters.put(String(r.Code), r, at);
    for (const r of regs.projects) this.projects.put(String(r.ProjectNumber), r, at);
    for (const r of regs.units) this.units.put(String(r.Code), r, at);
    for (const r of regs.articles) this.articles.put(String(r.ArticleNumber), r, at);
    for (const r of regs.suppliers) this.suppliers.put(String(r.SupplierNumber), r, at);
    for (const r of regs.customers) this.customers.put(String(r.CustomerNumber), r, at);
  }

  private booking(y: YearSpec, series: [string, string], k: number, paid: boolean): Booking {
    const date = dateOf(y, indexOf(series[0], k));
    if (!paid || indexOf(series[1], k) >= y.count) return { fyId: y.fyId, voucherNumber: k, date };
    return {
      fyId: y.fyId,
      voucherNumber: k,
      date,
      paymentDate: dateOf(y, indexOf(series[1], k)),
      paymentVoucher: k,
    };
  }

  private seedDocuments(y: YearSpec): void {
    const folder = this.files.addFolder(
      "archive",
      this.files.archiveRoot,
      `Leverantörsfakturor ${y.from.slice(0, 4)}`,
    );
    for (let k = 1; k <= invoicesInYear(y); k++) {
      const s = salesFor(y, k);
      const b = this.booking(y, ["B", "C"], k, s.paid);
      const customer = this.customers.get(s.customerNumber)!;
      const article = this.articles.get(s.articleNumber)!;
      const inv = invoiceRaw(s, customer, b, String(article.Description));
      this.invoices.put(String(inv.DocumentNumber), inv, modifiedAtOf(b.paymentDate ?? b.date));
      if (b.paymentDate) {
        const n = (y.fyId - 1) * INVOICES_PER_YEAR + k;
        this.invoicePayments.put(String(n), invoicePaymentRaw(n, inv, b), modifiedAtOf(b.paymentDate));
      }
      this.seedSupplierInvoice(y, k, folder.Id);
      if (k === 1) this.seedAttachment(inv, b.date);
    }
  }

  /** The first sales invoice of each year carries a time report as attachment. */
  private seedAttachment(inv: Raw, date: string): void {
    const folder =
      this.files.resolve("archive", "Fakturaunderlag") ??
      this.files.addFolder("archive", this.files.archiveRoot, "Fakturaunderlag");
    const pdf = {
      supplierName: this.company.name,
      invoiceNumber: String(inv.DocumentNumber),
      invoiceDate: date,
      total: String(inv.Total),
      ocr: String(inv.OCR),
    };
    const file = this.files.addFile(folder.Id, `Tidrapport faktura ${inv.DocumentNumber}.pdf`, {
      render: () => invoicePdf(pdf),
    });
    this.attachments.push({
      id: guid(this.seed, this.company.tenantId, "attachment", String(inv.DocumentNumber)),
      entityId: Number(inv.DocumentNumber),
      entityType: "F",
      fileId: file.ArchiveFileId,
      includeOnSend: true,
    });
  }

  private seedSupplierInvoice(y: YearSpec, k: number, folderId: string): void {
    const p = purchaseFor(y, k);
    const b = this.booking(y, ["D", "E"], k, p.paid);
    const supplier = this.suppliers.get(p.supplierNumber)!;
    const si = supplierInvoiceRaw(p, String(supplier.Name), b);
    this.supplierInvoices.put(String(si.GivenNumber), si, modifiedAtOf(b.paymentDate ?? b.date));
    if (b.paymentDate) {
      const n = (y.fyId - 1) * INVOICES_PER_YEAR + k;
      this.supplierInvoicePayments.put(String(n), supplierPaymentRaw(n, si, b), modifiedAtOf(b.paymentDate));
    }
    const pdf = { supplierName: String(supplier.Name), invoiceNumber: p.invoiceNumber, invoiceDate: b.date };
    const render = () => invoicePdf({ ...pdf, total: String(si.Total), ocr: String(si.OCR) });
    const file = this.files.addFile(folderId, `Faktura ${p.invoiceNumber} ${supplier.Name}.pdf`, { render });
    const at = modifiedAtOf(b.date);
    this.supplierInvoiceFileConnections.put(
      file.Id,
      {
        FileId: file.Id,
        Name: file.Name,
        SupplierInvoiceNumber: si.GivenNumber,
        SupplierName: supplier.Name,
      },
      at,
    );
    // Some files are also connected to the voucher itself, as users do in Fortnox's bookkeeping: the
    // rest reach their voucher only through the supplier invoice.
    if (k % 2 === 1) {
      this.voucherFileConnections.put(
        file.Id,
        {
          FileId: file.Id,
          Name: file.Name,
          VoucherNumber: String(k),
          VoucherSeries: "D",
          VoucherYear: y.fyId,
        },
        at,
      );
    }
  }

  year(id: number): YearSpec | undefined {
    return this.years.find((y) => y.fyId === id);
  }

  overlayOf(fyId: number): GenVoucher[] {
    let list = this.overlay.get(fyId);
    if (!list) {
      list = [];
      this.overlay.set(fyId, list);
    }
    return list;
  }
}
