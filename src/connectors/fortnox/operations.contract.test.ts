/** Every read operation of the connector against the sandbox. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FortnoxClient } from "./client.js";
import * as fx from "./index.js";
import { type FortnoxSandbox, startFortnoxSandbox } from "./sandbox/index.js";
import { connect } from "./test/harness.js";

let sb: FortnoxSandbox;
let client: FortnoxClient;
let years: fx.FortnoxFiscalYear[];

beforeAll(async () => {
  sb = await startFortnoxSandbox({ seed: 7, vouchersPerYear: 1200, currentYear: 2025, rateLimit: false });
  ({ client } = await connect(sb));
  years = await fx.listFinancialYears(client);
});
afterAll(() => sb.close());

describe("Fortnox read operations against the sandbox", () => {
  it("reads the company the admin consented for, with the tenant id as DatabaseNumber", async () => {
    const info = await fx.getCompanyInformation(client);
    expect(info.name).toBe(sb.tenants[0]!.name);
    expect(info.databaseNumber).toBe(sb.tenants[0]!.tenantId);
  });

  it("lists three financial years and finds one by date", async () => {
    expect(years.map((y) => y.start)).toEqual(["2023-01-01", "2024-01-01", "2025-01-01"]);
    const one = await fx.listFinancialYears(client, { date: "2024-06-30" });
    expect(one).toHaveLength(1);
    expect(one[0]!.externalId).toBe(years[1]!.externalId);
  });

  it("lists the BAS accounts and voucher series of a year", async () => {
    const accounts = await fx.listAccounts(client, { financialYearId: years[0]!.externalId });
    expect(accounts.find((a) => a.number === "1930")).toMatchObject({
      type: "asset",
      name: "Företagskonto / checkräkning",
    });
    const series = await fx.listVoucherSeries(client, { financialYearId: years[0]!.externalId });
    expect(series.map((s) => s.code)).toEqual(["A", "B", "C", "D", "E"]);
  });

  it("pages through all vouchers of a year (500 per page) without rows", async () => {
    const before = sb.stats.byPath.get("/3/vouchers") ?? 0;
    const headers = await fx.listVouchers(client, { financialYearId: years[1]!.externalId });
    expect(headers).toHaveLength(1200);
    expect((sb.stats.byPath.get("/3/vouchers") ?? 0) - before).toBe(3);
    expect(new Set(headers.map((h) => `${h.series}${h.number}`)).size).toBe(1200);
    expect(headers[0]).toMatchObject({ series: "A", number: "1", fiscalYearId: years[1]!.externalId });
  });

  it("reads one voucher with balanced rows and cost center/project objects", async () => {
    const v = await fx.getVoucher(client, {
      series: "D",
      number: "3",
      financialYearId: years[2]!.externalId,
    });
    expect(v.rows.length).toBeGreaterThanOrEqual(3);
    expect(v.rows.reduce((s, r) => s + r.amount.minor, 0n)).toBe(0n);
    expect(v.rows[0]!.objects.some((o) => o.dimension === 1)).toBe(true);
  });

  it("keeps struck-out rows apart (Removed → removedRows)", async () => {
    const headers = await fx.listVouchers(client, { financialYearId: years[0]!.externalId, series: "A" });
    const v = await fx.getVoucher(client, {
      series: "A",
      number: "37",
      financialYearId: years[0]!.externalId,
    });
    expect(headers).toHaveLength(240);
    expect(v.removedRows).toHaveLength(1);
    expect(v.rows.reduce((s, r) => s + r.amount.minor, 0n)).toBe(0n);
  });

  it("filters vouchers by lastmodified and by date", async () => {
    const fy = years[1]!;
    const all = await fx.listVouchers(client, { financialYearId: fy.externalId });
    const late = await fx.listVouchers(client, {
      financialYearId: fy.externalId,
      modifiedSince: new Date("2024-12-01T00:00:00Z"),
    });
    expect(late.length).toBeGreaterThan(0);
    expect(late.length).toBeLessThan(all.length / 5);
    expect(late.every((v) => v.date >= "2024-11-30")).toBe(true);
    const march = await fx.listVouchers(client, {
      financialYearId: fy.externalId,
      fromDate: "2024-03-01",
      toDate: "2024-03-31",
    });
    expect(march.every((v) => v.date.startsWith("2024-03"))).toBe(true);
    expect(march.length).toBe(all.filter((v) => v.date.startsWith("2024-03")).length);
  });

  it("reads the registers", async () => {
    expect((await fx.listSuppliers(client)).some((s) => /Ö|Å|Ä/.test(s.name))).toBe(true);
    expect(await fx.listCustomers(client)).toHaveLength(24);
    const articles = await fx.listArticles(client);
    expect(articles.find((a) => a.number === "101")?.salesPrice).toEqual({ minor: 95000n, currency: "SEK" });
    expect((await fx.listUnits(client)).map((u) => u.code)).toContain("tim");
    expect((await fx.listProjects(client)).length).toBe(8);
    expect((await fx.listCostCenters(client)).map((c) => c.code)).toEqual([
      "100",
      "200",
      "300",
      "400",
      "500",
    ]);
  });

  it("reads supplier invoices with string money, exactly, and their rows singly", async () => {
    const list = await fx.listSupplierInvoices(client);
    expect(list).toHaveLength(120);
    expect(list.every((i) => i.rows.length === 0)).toBe(true);
    const one = await fx.getSupplierInvoice(client, list[4]!.externalId);
    expect(one.total).toEqual(list[4]!.total);
    const rowSum = one.rows.reduce((s, r) => s + r.total.minor, 0n);
    expect(rowSum + one.vat!.minor).toBe(one.total.minor);
    const unpaid = await fx.listSupplierInvoices(client, { filter: "unpaid" });
    expect(unpaid.length).toBeGreaterThan(0);
    expect(unpaid.every((i) => i.balance!.minor > 0n)).toBe(true);
  });

  it("reads sales invoices, single with rows, and their payments", async () => {
    const list = await fx.listInvoices(client);
    expect(list).toHaveLength(120);
    const one = await fx.getInvoice(client, list[0]!.number);
    expect(one.rows.reduce((s, r) => s + r.total.minor, 0n) + one.vat!.minor).toBe(one.total.minor);
    const payments = await fx.listInvoicePayments(client, { invoiceNumber: one.number });
    if (one.balance!.minor === 0n) expect(payments[0]!.amount).toEqual(one.total);
    const all = await fx.listInvoicePayments(client);
    expect(all.length).toBe(list.filter((i) => i.balance!.minor === 0n).length);
    expect((await fx.listSupplierInvoicePayments(client)).length).toBeGreaterThan(0);
  });

  it("lists file connections and downloads the attached PDF", async () => {
    const [si] = await fx.listSupplierInvoices(client);
    const docs = await fx.listSupplierInvoiceFileConnections(client, { givenNumber: si!.externalId });
    expect(docs).toHaveLength(1);
    const pdf = await fx.downloadFile(client, "archive", docs[0]!.externalId);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    const vdocs = await fx.listVoucherFileConnections(client, {
      financialYearId: years[0]!.externalId,
      series: "D",
    });
    expect(vdocs.some((d) => d.externalId === docs[0]!.externalId)).toBe(true);
  });

  it("lists a sales invoice's attachments and downloads one by its ArchiveFileId", async () => {
    const [first] = await fx.listInvoices(client);
    const docs = await fx.listInvoiceFileConnections(client, { documentNumbers: [first!.number, "99999"] });
    expect(docs).toHaveLength(1);
    expect(docs[0]!.attachedTo).toEqual({ kind: "sales_invoice", ref: first!.number });
    const pdf = await fx.downloadArchiveFileById(client, docs[0]!.externalId);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
  });

  it("lists the archive and the inbox's static folders", async () => {
    const root = await fx.getFolder(client, "archive");
    expect(root.folders.map((f) => f.name)).toContain("Leverantörsfakturor 2024");
    const folder = await fx.getFolder(client, "archive", "Leverantörsfakturor 2024");
    expect(folder.files.length).toBe(40);
    expect(folder.files[0]!.size).toBeGreaterThan(500);
    const inbox = await fx.getFolder(client, "inbox");
    expect(inbox.folders.map((f) => f.id)).toContain("inbox_v");
  });
});
