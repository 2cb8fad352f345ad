import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testContext } from "../src/api/testing.js";
import type { AppContext } from "../src/app/context.js";
import {
  exportSie,
  listCustomers,
  listFinancialYears,
  listSuppliers,
  listVoucherSeries,
} from "../src/connectors/fortnox/index.js";
import { type FortnoxSandbox, startFortnoxSandbox } from "../src/connectors/fortnox/sandbox/index.js";
import { formatScaled } from "../src/core/index.js";
import { fortnoxClientFor } from "../src/flows/fortnox/connection.js";
import { voucherDetail } from "../src/flows/ledger/drilldown.js";
import { LEDGER_SYNC } from "../src/flows/ledger/fortnoxSync.js";
import { importSie } from "../src/flows/ledger/importSie.js";
import { trialBalance } from "../src/flows/ledger/reports.js";
import { startTrackedRun } from "../src/flows/runs.js";
import type { Db } from "../src/store/db.js";
import { getConnection } from "../src/store/repos/connections.js";
import { listFiscalYears } from "../src/store/repos/ledger/fiscalYears.js";
import { listParties } from "../src/store/repos/parties.js";
import { getRun, type SyncRun } from "../src/store/repos/syncRuns.js";
import { listTransfers } from "../src/store/repos/transferLog.js";
import { testEngines } from "../src/store/testing.js";
import { connectSandboxCompany } from "./support/sandboxCompany.js";

async function finished(db: Db, companyId: string, runId: string): Promise<SyncRun> {
  for (let i = 0; i < 600; i++) {
    const run = await getRun(db, companyId, runId);
    if (run && ["succeeded", "failed", "cancelled"].includes(run.state)) return run;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the sync did not finish");
}

/** Trial balance computed from the SIE document alone: #IB for year 0 plus every #TRANS row. */
function expectedTrialBalance(doc: Awaited<ReturnType<typeof exportSie>>["document"]) {
  const acc = new Map<string, { opening: bigint; movement: bigint }>();
  const at = (a: string) => acc.get(a) ?? acc.set(a, { opening: 0n, movement: 0n }).get(a)!;
  for (const b of doc.openingBalances)
    if (b.yearIndex === 0 && !b.objects?.length && b.account < "3") at(b.account).opening += b.amount.minor;
  for (const v of doc.vouchers) for (const r of v.rows) at(r.account).movement += r.amount.minor;
  return [...acc.entries()]
    .filter(([, x]) => x.opening !== 0n || x.movement !== 0n)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([account, x]) => ({
      account,
      opening: formatScaled(x.opening, 2),
      movement: formatScaled(x.movement, 2),
      closing: formatScaled(x.opening + x.movement, 2),
    }));
}

for (const engine of testEngines()) {
  describe(`ledger sync from Fortnox on ${engine.name}`, () => {
    let sb: FortnoxSandbox;
    let db: Db;
    let ctx: AppContext;
    let companyId: string;
    let connectionId: string;
    beforeAll(async () => {
      // This year is open: vouchers dated later this year exist already (as in a company that books
      // ahead), and an unchanged open year must still read as unchanged.
      const currentYear = new Date().getUTCFullYear();
      sb = await startFortnoxSandbox({ host: "127.0.0.1", vouchersPerYear: 300, seed: 7, currentYear });
      db = await engine.open();
      ctx = await testContext(db, {}, { work: true });
      ({ companyId, connectionId } = await connectSandboxCompany(ctx, sb, "Synk AB"));
    });
    afterAll(async () => {
      await ctx.queue.stop();
      await db.close();
      await sb.close();
      await engine.dispose();
    });

    it("syncs the last two years; every report figure equals the one computed from Fortnox's own SIE export", async () => {
      const run = await startTrackedRun(ctx, {
        kind: LEDGER_SYNC,
        companyId,
        connectionId,
        params: { years: 2 },
      });
      const done = await finished(db, companyId, run.id);
      expect(done).toMatchObject({ state: "succeeded", counts: { years: 2, vouchers: 600 } });
      // A handful of requests, whatever the number of vouchers: the years; per year its SIE export, its
      // voucher series and its voucher file connections; suppliers, customers, supplier and sales invoices,
      // supplier-invoice file connections (one page each here), and the attachments of the booked sales
      // invoices, 50 invoices a request (40 a year in the sandbox's three years).
      expect(done.requestsUsed).toBe(1 + 2 * 3 + 5 + Math.ceil((3 * 40) / 50));
      const years = await listFiscalYears(db, companyId);
      expect(years.map((y) => y.source)).toEqual(["fortnox", "fortnox"]);

      const client = await fortnoxClientFor(ctx, (await getConnection(db, companyId, connectionId))!);
      const remote = (await listFinancialYears(client))
        .sort((a, b) => (a.start < b.start ? 1 : -1))
        .slice(0, 2);
      for (const fy of remote) {
        const mine = years.find((y) => y.start === fy.start)!;
        const { document } = await exportSie(client, { financialYearId: fy.externalId });
        const tb = (await trialBalance(db, mine)).map(({ name: _n, ...l }) => l);
        expect(tb).toEqual(expectedTrialBalance(document));
      }
      const log = await listTransfers(db, companyId, { runId: run.id, page: 1, pageSize: 10 });
      expect(log.items.map((e) => [e.entity, e.status]).sort()).toEqual([
        ["customer", "ok"],
        ["document", "ok"],
        ["fiscal_year", "ok"],
        ["fiscal_year", "ok"],
        ["supplier", "ok"],
      ]);
      expect((await getConnection(db, companyId, connectionId))!.lastSyncAt).not.toBeNull();

      // The voucher series came alongside, by their names in Fortnox, and each voucher says its series' name.
      for (const fy of remote) {
        const remote = await listVoucherSeries(client, { financialYearId: fy.externalId });
        const stored = await db.query<{ code: string; name: string }>(
          "SELECT code, name FROM voucher_series WHERE connection_id = $1 AND year_external_id = $2 ORDER BY code",
          [connectionId, fy.externalId],
        );
        expect(stored).toEqual(
          remote.map((s) => ({ code: s.code, name: s.name })).sort((a, b) => (a.code < b.code ? -1 : 1)),
        );
      }
      const [someVoucher] = await db.query<{ id: string }>(
        "SELECT id FROM vouchers WHERE company_id = $1 AND series = 'D' LIMIT 1",
        [companyId],
      );
      expect((await voucherDetail(db, companyId, someVoucher!.id)).seriesName).toBe("Leverantörsfakturor");

      // The registers came alongside: every supplier and customer Fortnox has, by number and name.
      const remoteSuppliers = await listSuppliers(client);
      const mineSuppliers = await listParties(db, companyId, "supplier", { page: 1, pageSize: 500 });
      expect(mineSuppliers.total).toBe(remoteSuppliers.length);
      expect(done.counts.suppliers).toBe(remoteSuppliers.length);
      const byNumber = new Map(mineSuppliers.items.map((p) => [p.number, p.name]));
      for (const s of remoteSuppliers) expect(byNumber.get(s.number)).toBe(s.name);
      const remoteCustomers = await listCustomers(client);
      expect((await listParties(db, companyId, "customer", { page: 1, pageSize: 500 })).total).toBe(
        remoteCustomers.length,
      );
    });

    it("a second sync of unchanged years re-reads nothing", async () => {
      const run = await startTrackedRun(ctx, {
        kind: LEDGER_SYNC,
        companyId,
        connectionId,
        params: { years: 2 },
      });
      const done = await finished(db, companyId, run.id);
      expect(done).toMatchObject({
        state: "succeeded",
        counts: { yearsUnchanged: 2, suppliers: 0, customers: 0 },
      });
      expect(done.counts.vouchers ?? 0).toBe(0);
    });

    it("keeps a year that came from an uploaded SIE file unless asked to overwrite it", async () => {
      const [newest] = await listFiscalYears(db, companyId);
      const client = await fortnoxClientFor(ctx, (await getConnection(db, companyId, connectionId))!);
      const fy = (await listFinancialYears(client)).find((y) => y.start === newest!.start)!;
      const { bytes } = await exportSie(client, { financialYearId: fy.externalId });
      await importSie(db, { companyId, source: bytes, sourceName: "egen-fil.se", replace: true });
      const kept = await finished(
        db,
        companyId,
        (
          await startTrackedRun(ctx, {
            kind: LEDGER_SYNC,
            companyId,
            connectionId,
            params: { year: Number(newest!.start.slice(0, 4)) },
          })
        ).id,
      );
      expect(kept).toMatchObject({ state: "succeeded", counts: { yearsSkipped: 1 } });
      const log = await listTransfers(db, companyId, {
        runId: kept.id,
        entity: "fiscal_year",
        page: 1,
        pageSize: 10,
      });
      expect(log.items[0]).toMatchObject({
        status: "skipped",
        message: expect.stringContaining("egen-fil.se"),
      });
      expect((await listFiscalYears(db, companyId))[0]).toMatchObject({
        source: "sie",
        sourceName: "egen-fil.se",
      });

      const over = await finished(
        db,
        companyId,
        (
          await startTrackedRun(ctx, {
            kind: LEDGER_SYNC,
            companyId,
            connectionId,
            params: { year: Number(newest!.start.slice(0, 4)), overwriteUploaded: true },
          })
        ).id,
      );
      expect(over).toMatchObject({ state: "succeeded", counts: { years: 1 } });
      expect((await listFiscalYears(db, companyId))[0]).toMatchObject({ source: "fortnox" });
    });
  });
}
