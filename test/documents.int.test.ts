/**
 * Documents behind vouchers, synced from the Fortnox sandbox: files connected to vouchers, to the supplier
 * invoices the vouchers book and to sales invoices are linked to their vouchers; the bytes come in the
 * background, or at once when someone opens a document; failures are logged and retried.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltServer, buildServer } from "../src/api/server.js";
import { Client, setupAdmin, testContext } from "../src/api/testing.js";
import type { AppContext } from "../src/app/context.js";
import {
  listInvoiceFileConnections,
  listSupplierInvoiceFileConnections,
  listSupplierInvoices,
  listVoucherFileConnections,
} from "../src/connectors/fortnox/index.js";
import { type FortnoxSandbox, startFortnoxSandbox } from "../src/connectors/fortnox/sandbox/index.js";
import { fortnoxClientFor } from "../src/flows/fortnox/connection.js";
import { fetchPendingDocuments } from "../src/flows/ledger/documentFetch.js";
import { LEDGER_SYNC } from "../src/flows/ledger/fortnoxSync.js";
import { startTrackedRun } from "../src/flows/runs.js";
import type { Db } from "../src/store/db.js";
import { getConnection } from "../src/store/repos/connections.js";
import { listFiscalYears } from "../src/store/repos/ledger/fiscalYears.js";
import { getRun } from "../src/store/repos/syncRuns.js";
import { listTransfers } from "../src/store/repos/transferLog.js";
import { testEngines } from "../src/store/testing.js";
import { connectSandboxCompany } from "./support/sandboxCompany.js";

type Server = BuiltServer & { ctx: AppContext };

async function sync(s: Server, companyId: string, connectionId: string) {
  const run = await startTrackedRun(s.ctx, {
    kind: LEDGER_SYNC,
    companyId,
    connectionId,
    params: { years: 2 },
  });
  for (let i = 0; i < 600; i++) {
    const r = await getRun(s.ctx.db, companyId, run.id);
    if (r?.state === "succeeded") return r;
    if (r?.state === "failed") throw new Error(`sync failed: ${r.errorMessage}`);
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error("the sync did not finish");
}

async function voucherId(db: Db, companyId: string, yearId: string, series: string, number: number) {
  const [v] = await db.query<{ id: string }>(
    "SELECT id FROM vouchers WHERE company_id = $1 AND fiscal_year_id = $2 AND series = $3 AND number = $4",
    [companyId, yearId, series, String(number)],
  );
  return v!.id;
}

async function fileCounts(db: Db, companyId: string) {
  const [r] = await db.query<{ all: string; fetched: string }>(
    "SELECT count(*) AS all, count(fetched_at) AS fetched FROM document_files WHERE company_id = $1",
    [companyId],
  );
  return { all: Number(r!.all), fetched: Number(r!.fetched) };
}

for (const engine of testEngines()) {
  describe(`documents behind vouchers on ${engine.name}`, () => {
    let sb: FortnoxSandbox;
    let s: Server;
    let api: Client;
    let companyId: string;
    let connectionId: string;
    let years: { id: string; externalId: string | null; start: string }[];
    beforeAll(async () => {
      const currentYear = new Date().getUTCFullYear() - 1;
      sb = await startFortnoxSandbox({ host: "127.0.0.1", vouchersPerYear: 300, seed: 11, currentYear });
      // Files are fetched only when opened here: the test drives the background fetch itself, to see each state.
      const ctx = await testContext(
        await engine.open(),
        { LEDGERBRIDGE_DOCUMENTS: "on-open" },
        { work: true },
      );
      s = { ...(await buildServer(ctx, { webRoot: "/nonexistent" })), ctx };
      const admin = await setupAdmin(s.app);
      api = admin.client;
      ({ companyId, connectionId } = await connectSandboxCompany(s.ctx, sb, "Dokument AB"));
      await s.ctx.db.query("INSERT INTO memberships (user_id, company_id, role) VALUES ($1, $2, 'admin')", [
        admin.userId,
        companyId,
      ]);
      await sync(s, companyId, connectionId);
      years = (await listFiscalYears(s.ctx.db, companyId)).map((y) => ({
        id: y.id,
        externalId: y.externalId,
        start: y.start,
      }));
    });
    afterAll(async () => {
      await s.app.close();
      await s.ctx.queue.stop();
      await s.ctx.db.close();
      await sb.close();
      await engine.dispose();
    });

    it("links every file Fortnox connects to a synced year's vouchers, directly or through its invoice", async () => {
      const client = await fortnoxClientFor(s.ctx, (await getConnection(s.ctx.db, companyId, connectionId))!);
      const synced = new Set(years.map((y) => y.externalId));
      // What Fortnox says, read independently: voucher connections, supplier-invoice connections and the
      // supplier invoices' vouchers, sales-invoice attachments.
      const expected = new Set<string>();
      for (const y of years)
        for (const f of await listVoucherFileConnections(client, { financialYearId: y.externalId! }))
          expected.add(`${f.externalId} ${f.attachedTo.ref}`);
      const supplierInvoices = new Map((await listSupplierInvoices(client)).map((i) => [i.externalId, i]));
      for (const f of await listSupplierInvoiceFileConnections(client)) {
        const v = supplierInvoices.get(f.attachedTo.ref)?.voucher;
        if (v && synced.has(v.yearExternalId))
          expected.add(`${f.externalId} ${v.series}-${v.number}@${v.yearExternalId}`);
      }
      const attachments = await listInvoiceFileConnections(client, { documentNumbers: ["1", "41", "81"] });
      expect(attachments.length).toBeGreaterThan(0);
      const linked = await s.ctx.db.query<{ k: string; via: string }>(
        `SELECT f.external_id || ' ' || d.voucher_series || '-' || d.voucher_number || '@' || d.year_external_id AS k, d.via
         FROM voucher_documents d JOIN document_files f ON f.id = d.document_id WHERE d.company_id = $1`,
        [companyId],
      );
      const fileLinks = new Set(linked.filter((l) => l.via !== "sales_invoice").map((l) => l.k));
      expect(fileLinks).toEqual(expected);
      // Files connected only through their supplier invoice are there too, not just the voucher-connected ones.
      expect(linked.some((l) => l.via === "supplier_invoice")).toBe(true);
      expect(linked.filter((l) => l.via === "sales_invoice").length).toBe(
        attachments.filter((a) => linked.some((l) => l.k.startsWith(`${a.externalId} B-`))).length,
      );
      expect(linked.filter((l) => l.via === "sales_invoice").length).toBeGreaterThan(0);
    });

    it("shows a voucher's documents before their bytes are here, and opening one fetches it at once", async () => {
      const year = years[0]!;
      const id = await voucherId(s.ctx.db, companyId, year.id, "D", 2);
      const res = await api.get(`/api/companies/${companyId}/vouchers/${id}`);
      expect(res.statusCode).toBe(200);
      const docs = res.json().documents as {
        id: string;
        name: string;
        attachedTo: { via: string; ref: string }[];
        fetched: boolean;
      }[];
      expect(docs).toHaveLength(1);
      expect(docs[0]!.name).toMatch(/^Faktura \d+ .+\.pdf$/);
      // D 2 books supplier invoice 2 of its year; its file is connected to the invoice only.
      expect(docs[0]!.attachedTo).toEqual([{ via: "supplier_invoice", ref: expect.stringMatching(/^\d+$/) }]);
      expect(docs[0]!.fetched).toBe(false);
      const before = sb.stats.apiRequests;
      const open = await api.get(`/api/companies/${companyId}/documents/${docs[0]!.id}/content`);
      expect(open.statusCode).toBe(200);
      expect(open.headers["content-type"]).toBe("application/pdf");
      expect(open.rawPayload.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(String(open.headers["content-disposition"])).toMatch(/^inline; .*filename\*=UTF-8''Faktura/);
      expect(sb.stats.apiRequests).toBeGreaterThan(before);
      // Now it is here: opening it again costs Fortnox nothing.
      const after = sb.stats.apiRequests;
      const again = await api.get(`/api/companies/${companyId}/documents/${docs[0]!.id}/content`);
      expect(again.rawPayload.equals(open.rawPayload)).toBe(true);
      expect(sb.stats.apiRequests).toBe(after);
      const shown = await api.get(`/api/companies/${companyId}/vouchers/${id}`);
      expect(shown.json().documents[0]).toMatchObject({ fetched: true, contentType: "application/pdf" });
    });

    it("fetches the rest in the background within the rate limit, and a second sync adds no duplicates", async () => {
      const before = await fileCounts(s.ctx.db, companyId);
      expect(before.fetched).toBeLessThan(before.all);
      await fetchPendingDocuments(s.ctx, { companyId, connectionId });
      const after = await fileCounts(s.ctx.db, companyId);
      expect(after).toEqual({ all: before.all, fetched: before.all });
      expect(sb.stats.rateLimited).toBe(0);
      const log = await listTransfers(s.ctx.db, companyId, { entity: "document", page: 1, pageSize: 10 });
      expect(log.items.some((e) => /document files fetched/.test(e.message ?? ""))).toBe(true);

      const linksBefore = await s.ctx.db.query(
        "SELECT * FROM voucher_documents WHERE company_id = $1 ORDER BY document_id, voucher_series, voucher_number, via",
        [companyId],
      );
      await sync(s, companyId, connectionId);
      expect(await fileCounts(s.ctx.db, companyId)).toEqual(after);
      const linksAfter = await s.ctx.db.query(
        "SELECT * FROM voucher_documents WHERE company_id = $1 ORDER BY document_id, voucher_series, voucher_number, via",
        [companyId],
      );
      expect(linksAfter).toEqual(linksBefore);
    });

    it("a file Fortnox no longer has: the person is told, the failure is logged, and it is retried later", async () => {
      const client = await fortnoxClientFor(s.ctx, (await getConnection(s.ctx.db, companyId, connectionId))!);
      // A file that is linked but whose bytes are not here, and which is then deleted in Fortnox.
      const [row] = await s.ctx.db.query<{ id: string; external_id: string }>(
        `SELECT id, external_id FROM document_files WHERE company_id = $1 AND id_kind = 'file' ORDER BY name LIMIT 1`,
        [companyId],
      );
      await s.ctx.db.query("UPDATE document_files SET content = NULL, fetched_at = NULL WHERE id = $1", [
        row!.id,
      ]);
      await client
        .json({ method: "DELETE", path: `/3/archive/${row!.external_id}`, entity: "file" })
        .catch(() => undefined);

      const res = await api.get(`/api/companies/${companyId}/documents/${row!.id}/content`);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe("fortnox_not_found");
      const [failed] = await s.ctx.db.query<{ attempts: number; last_error_code: string; due: boolean }>(
        "SELECT attempts, last_error_code, next_attempt_at > now() AS due FROM document_files WHERE id = $1",
        [row!.id],
      );
      expect(failed).toEqual({ attempts: 1, last_error_code: "fortnox_not_found", due: true });

      // The background fetch leaves it until its retry time; when due, it tries, fails, and logs it.
      await s.ctx.db.query("UPDATE document_files SET next_attempt_at = now() WHERE id = $1", [row!.id]);
      await fetchPendingDocuments(s.ctx, { companyId, connectionId });
      const log = await listTransfers(s.ctx.db, companyId, { status: "error", page: 1, pageSize: 10 });
      const entry = log.items.find((e) => e.localId === row!.id);
      expect(entry?.errorCode).toBe("fortnox_not_found");
      expect(entry?.message).toMatch(/^Faktura .*\.pdf: Fortnox has no such file/);
    });

    it("serves a company's documents to its members only", async () => {
      const [doc] = await s.ctx.db.query<{ id: string }>(
        "SELECT id FROM document_files WHERE company_id = $1 AND fetched_at IS NOT NULL LIMIT 1",
        [companyId],
      );
      const other = await api.post("/api/companies", { name: "Annat AB" });
      const otherId = other.json().id as string;
      const res = await api.get(`/api/companies/${otherId}/documents/${doc!.id}/content`);
      expect(res.statusCode).toBe(404);
      const anonymous = new Client(s.app);
      expect(doc).toBeDefined();
      expect(
        (await anonymous.get(`/api/companies/${companyId}/documents/${doc!.id}/content`)).statusCode,
      ).toBe(401);
    });
  });
}
