/** Every write operation of the connector against the sandbox. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppException, type LocalDate, money } from "../../core/index.js";
import type { FortnoxClient } from "./client.js";
import * as fx from "./index.js";
import { type FortnoxSandbox, startFortnoxSandbox } from "./sandbox/index.js";
import { connect } from "./test/harness.js";

let sb: FortnoxSandbox;
let client: FortnoxClient;

beforeAll(async () => {
  sb = await startFortnoxSandbox({ seed: 11, vouchersPerYear: 300, currentYear: 2025, rateLimit: false });
  ({ client } = await connect(sb));
});
afterAll(() => sb.close());

async function rejection(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (isAppException(e)) return e.error;
    throw e;
  }
  throw new Error("expected a rejection");
}

describe("Fortnox write operations against the sandbox", () => {
  it("creates a customer, and a second with the same number is refused with Fortnox's message", async () => {
    const c = await fx.createCustomer(client, {
      number: "9001",
      name: "Ängelholms Bageri AB",
      orgNumber: "556000-0001",
      address: { street: "Storgatan 1", postalCode: "262 32", city: "Ängelholm" },
      active: true,
    });
    expect(c).toMatchObject({ number: "9001", name: "Ängelholms Bageri AB" });
    expect((await fx.listCustomers(client)).some((x) => x.number === "9001")).toBe(true);
    const dup = await rejection(
      fx.createCustomer(client, { number: "9001", name: "Dubblett", active: true }),
    );
    expect(dup.code).toBe("fortnox_validation_failed");
    expect(dup.details).toMatchObject({ upstreamCode: 2000637 });
  });

  it("creates a unit, an article priced exactly, and a project", async () => {
    expect(await fx.createUnit(client, { code: "dag", name: "Dagar" })).toEqual({
      code: "dag",
      name: "Dagar",
    });
    const a = await fx.createArticle(client, {
      number: "A-77",
      name: "Dagsverke snickare",
      unit: "dag",
      salesPrice: money(523_050n),
      active: true,
    });
    expect(a.salesPrice).toEqual({ minor: 523_050n, currency: "SEK" });
    const taken = await rejection(fx.createArticle(client, { number: "A-77", name: "Igen", active: true }));
    expect(taken.details).toMatchObject({
      upstreamCode: 2000013,
      upstreamMessage: 'Artikelnumret "A-77" är redan taget',
    });
    const p = await fx.createProject(client, {
      number: "2001",
      name: "Renovering Östra Hamngatan",
      status: "ongoing",
    });
    expect(p.status).toBe("ongoing");
  });

  it("creates a sales invoice and bookkeeps it into a new voucher", async () => {
    const inv = await fx.createInvoice(client, {
      customerNumber: "9001",
      invoiceDate: "2025-05-02" as LocalDate,
      yourOrderNumber: "LB-42",
      rows: [
        { articleNumber: "A-77", text: "Dagsverke", quantity: "3" },
        { text: "Material", quantity: "1", unitPrice: money(12_345n) },
      ],
    });
    const net = 3n * 523_050n + 12_345n;
    // VAT 25 % rounded to whole öre, half up.
    expect(inv.total.minor).toBe(net + (net * 25n + 50n) / 100n);
    expect(inv.booked).toBe(false);
    const found = await fx.listInvoices(client, { yourOrderNumber: "LB-42" });
    expect(found.map((i) => i.number)).toEqual([inv.number]);
    const booked = await fx.bookkeepInvoice(client, inv.number);
    expect(booked.booked).toBe(true);
    const years = await fx.listFinancialYears(client, { date: "2025-05-02" });
    const b = await fx.listVouchers(client, { financialYearId: years[0]!.externalId, series: "B" });
    const last = b.at(-1)!;
    expect(last.referenceNumber).toBe(inv.number);
    const v = await fx.getVoucher(client, {
      series: "B",
      number: last.number,
      financialYearId: years[0]!.externalId,
    });
    expect(v.rows.find((r) => r.account === "1510")?.amount).toEqual(inv.total);
    const again = await rejection(fx.bookkeepInvoice(client, inv.number));
    expect(again.code).toBe("fortnox_validation_failed");
  });

  it("creates a supplier invoice, uploads its PDF to the inbox and connects it", async () => {
    const si = await fx.createSupplierInvoice(client, {
      supplierNumber: "3",
      invoiceNumber: "F-778",
      invoiceDate: "2025-04-10" as LocalDate,
      rows: [{ account: "6212", amount: money(80_000n), costCenter: "200", project: "1003" }],
    });
    expect(si.total).toEqual(money(100_000n));
    expect(si.rows).toHaveLength(1);
    const booked = await fx.bookkeepSupplierInvoice(client, si.externalId);
    expect(booked.booked).toBe(true);
    const years = await fx.listFinancialYears(client, { date: "2025-04-10" });
    const d = await fx.listVouchers(client, { financialYearId: years[0]!.externalId, series: "D" });
    const v = await fx.getVoucher(client, {
      series: "D",
      number: d.at(-1)!.number,
      financialYearId: years[0]!.externalId,
    });
    expect(v.rows.map((r) => [r.account, r.amount.minor])).toEqual([
      ["2440", -100_000n],
      ["2641", 20_000n],
      ["6212", 80_000n],
    ]);
    expect(v.rows[2]!.objects).toEqual([
      { dimension: 1, code: "200" },
      { dimension: 6, code: "1003" },
    ]);
    const file = await fx.uploadFile(client, "inbox", {
      name: "faktura-F-778.pdf",
      bytes: new TextEncoder().encode("%PDF-1.4 tiny"),
      contentType: "application/pdf",
      folder: "inbox_s",
    });
    expect(file.archiveFileId).not.toBe(file.id);
    const doc = await fx.createSupplierInvoiceFileConnection(client, {
      fileId: file.id,
      givenNumber: si.externalId,
    });
    expect(doc.attachedTo).toEqual({ kind: "supplier_invoice", ref: si.externalId });
    // Fortnox moves a connected file out of the inbox (reference §5.7).
    expect((await fx.getFolder(client, "inbox", "inbox_s")).files).toHaveLength(0);
    expect(new TextDecoder().decode(await fx.downloadFile(client, "archive", file.id))).toBe("%PDF-1.4 tiny");
  });

  it("attaches an uploaded archive file to a sales invoice by its ArchiveFileId", async () => {
    const [inv] = await fx.listInvoices(client, { customerNumber: "9001" });
    const file = await fx.uploadFile(client, "archive", {
      name: "bilaga.pdf",
      bytes: new Uint8Array([37, 80, 68, 70, 45]),
    });
    const doc = await fx.createInvoiceFileConnection(client, {
      archiveFileId: file.archiveFileId,
      documentNumber: inv!.number,
    });
    expect(doc.attachedTo).toEqual({ kind: "sales_invoice", ref: inv!.number });
    const listed = await fx.listInvoiceFileConnections(client, { documentNumbers: [inv!.number] });
    expect(listed.map((d) => d.externalId)).toEqual([file.archiveFileId]);
    const wrongId = fx.createInvoiceFileConnection(client, {
      archiveFileId: file.id,
      documentNumber: inv!.number,
    });
    await expect(wrongId).rejects.toThrow(/ArchiveFileId/);
  });

  it("reads only what changed since a moment (lastmodified)", async () => {
    // lastmodified has whole seconds: start at the next full second, after everything created so far.
    const since = new Date(Math.ceil((Date.now() + 1) / 1000) * 1000);
    await new Promise((r) => setTimeout(r, since.getTime() - Date.now() + 5));
    await fx.createCustomer(client, { name: "Nykund Östersund AB", active: true });
    const changed = await fx.listCustomers(client, { modifiedSince: since });
    expect(changed.map((c) => c.name)).toEqual(["Nykund Östersund AB"]);
  });

  it("uploads to the archive and connects the file to a voucher of an earlier year", async () => {
    const file = await fx.uploadFile(client, "archive", {
      name: "kvitto.pdf",
      bytes: new Uint8Array([37, 80, 68, 70]),
    });
    const doc = await fx.createVoucherFileConnection(client, {
      fileId: file.id,
      series: "A",
      number: "2",
      financialYearDate: "2024-01-01",
    });
    const years = await fx.listFinancialYears(client, { date: "2024-01-01" });
    expect(doc.attachedTo.ref).toBe(`A-2@${years[0]!.externalId}`);
  });

  it("reports a missing customer as Fortnox's validation error with the Swedish message kept", async () => {
    const e = await rejection(
      fx.createInvoice(client, { customerNumber: "nope", rows: [{ text: "x", quantity: "1" }] }),
    );
    expect(e.code).toBe("fortnox_validation_failed");
    expect(e.message).toContain("Kan inte hitta kunden");
  });
});
