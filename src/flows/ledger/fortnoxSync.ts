/**
 * Syncs the ledger of a Fortnox connection: for each chosen financial year, the whole year comes
 * through Fortnox's SIE 4 export in one request and is imported in one transaction (replacing what the
 * year had from Fortnox). An open year that has not changed since the last sync (no voucher modified
 * since the cursor — one cheap list request) is skipped. A year whose ledger came from an uploaded SIE
 * file is only overwritten when the user said so; either way it is logged. Then the registers, and the
 * documents behind the vouchers (links now, bytes in the background: documents.ts, documentFetch.ts).
 */
import type { AppContext } from "../../app/context.js";
import {
  exportSie,
  type FortnoxClient,
  listCustomers,
  listFinancialYears,
  listSuppliers,
  listVoucherSeries,
  listVouchers,
} from "../../connectors/fortnox/index.js";
import { fail } from "../../core/index.js";
import { getConnection, markSynced } from "../../store/repos/connections.js";
import { overlappingYears } from "../../store/repos/ledger/fiscalYears.js";
import { replaceVoucherSeries } from "../../store/repos/ledger/voucherSeries.js";
import { upsertParties } from "../../store/repos/parties.js";
import { logTransfers } from "../../store/repos/transferLog.js";
import { fortnoxClientFor } from "../fortnox/connection.js";
import type { RunJobData, RunReporter } from "../runs.js";
import { queueDocumentFetch } from "./documentFetch.js";
import { syncDocuments } from "./documents.js";
import { importSie } from "./importSie.js";

export { LEDGER_SYNC } from "../kinds.js";

export interface LedgerSyncParams {
  /** The last N financial years (default 2). */
  readonly years?: number;
  /** Only the financial year that starts in this calendar year. */
  readonly year?: number;
  /** Overwrite years whose ledger came from an uploaded SIE file. */
  readonly overwriteUploaded?: boolean;
}

const cursorKey = (externalId: string) => `ledger:${externalId}`;

async function readCursor(
  ctx: AppContext,
  connectionId: string,
  externalId: string,
): Promise<Date | undefined> {
  const [row] = await ctx.db.query<{ cursor: string }>(
    "SELECT cursor FROM sync_cursor WHERE connection_id = $1 AND resource = $2",
    [connectionId, cursorKey(externalId)],
  );
  return row ? new Date(row.cursor) : undefined;
}

async function unchangedSince(
  client: FortnoxClient,
  externalId: string,
  since: Date | undefined,
): Promise<boolean> {
  if (!since) return false;
  const changed = await listVouchers(client, { financialYearId: externalId, modifiedSince: since });
  return changed.length === 0;
}

export async function runLedgerSync(ctx: AppContext, data: RunJobData, r: RunReporter): Promise<void> {
  const params = data.params as LedgerSyncParams;
  const connection =
    (await getConnection(ctx.db, data.companyId, data.connectionId ?? "")) ??
    fail("not_found", { entity: "connection" });
  if (connection.state === "needs_reauth")
    fail("connection_needs_reauth", { connection: connection.displayName });
  let requests = 0;
  const client = await fortnoxClientFor(ctx, connection, { onRequest: () => void requests++ });
  const report = (p: Parameters<RunReporter["progress"]>[0]) => r.progress({ ...p, requestsUsed: requests });
  await report({ step: "financial years" });
  const all = (await listFinancialYears(client)).sort((a, b) => (a.start < b.start ? 1 : -1));
  const chosen =
    params.year !== undefined
      ? all.filter((y) => y.start.startsWith(String(params.year)))
      : all.slice(0, params.years ?? 2);
  if (params.year !== undefined && chosen.length === 0) fail("ledger_year_not_found", { year: params.year });
  await report({ step: "ledger", done: 0, total: chosen.length });
  let done = 0;
  const fromFortnox: typeof chosen = [];
  for (const fy of chosen) {
    if (await syncYear(ctx, client, data, r, fy, params)) fromFortnox.push(fy);
    await report({ step: "ledger", done: ++done, total: chosen.length });
  }
  await report({ step: "registers" });
  await syncVoucherSeries(ctx, client, data, r, fromFortnox);
  await syncParties(ctx, client, data, r);
  await report({ step: "documents" });
  await syncDocuments(ctx, client, data, r, fromFortnox);
  // The run's figures include the last step's requests.
  await report({});
  await markSynced(ctx.db, data.companyId, connection.id);
  if (ctx.config.LEDGERBRIDGE_DOCUMENTS === "background")
    await queueDocumentFetch(ctx, { companyId: data.companyId, connectionId: connection.id });
}

/** The voucher series of each synced year (names the SIE export does not carry): one request a year. */
async function syncVoucherSeries(
  ctx: AppContext,
  client: FortnoxClient,
  data: RunJobData,
  r: RunReporter,
  years: readonly { externalId: string }[],
): Promise<void> {
  const ref = { companyId: data.companyId, connectionId: data.connectionId! };
  for (const y of years) {
    const series = await listVoucherSeries(client, { financialYearId: y.externalId });
    r.count("voucherSeries", await replaceVoucherSeries(ctx.db, ref, y.externalId, series));
  }
}

/**
 * Suppliers and customers, alongside the ledger: only those modified since the last sync (Fortnox's
 * lastmodified), written with their cursor in one transaction; unchanged records are not rewritten.
 */
async function syncParties(
  ctx: AppContext,
  client: FortnoxClient,
  data: RunJobData,
  r: RunReporter,
): Promise<void> {
  const ref = { companyId: data.companyId, connectionId: data.connectionId! };
  const kinds = [
    { kind: "supplier" as const, list: listSuppliers, count: "suppliers" },
    { kind: "customer" as const, list: listCustomers, count: "customers" },
  ];
  for (const k of kinds) {
    const resource = `parties:${k.kind}`;
    const [row] = await ctx.db.query<{ cursor: string }>(
      "SELECT cursor FROM sync_cursor WHERE connection_id = $1 AND resource = $2",
      [ref.connectionId, resource],
    );
    const startedAt = new Date();
    const parties = await k.list(client, row ? { modifiedSince: new Date(row.cursor) } : {});
    const written = await ctx.db.transaction(async (tx) => {
      const n = await upsertParties(tx, ref, k.kind, parties);
      await tx.query(
        `INSERT INTO sync_cursor (company_id, connection_id, resource, cursor) VALUES ($1, $2, $3, $4)
         ON CONFLICT (connection_id, resource) DO UPDATE SET cursor = $4, updated_at = now()`,
        [ref.companyId, ref.connectionId, resource, startedAt.toISOString()],
      );
      return n;
    });
    r.count(k.count, written);
    await logTransfers(ctx.db, [
      {
        companyId: ref.companyId,
        connectionId: ref.connectionId,
        runId: data.runId,
        direction: "inbound",
        entity: k.kind,
        status: "ok",
        message: `${parties.length} ${k.count} read${row ? " (changed since the last sync)" : ""}, ${written} new or changed.`,
      },
    ]);
  }
}

async function syncYear(
  ctx: AppContext,
  client: FortnoxClient,
  data: RunJobData,
  r: RunReporter,
  fy: { externalId: string; start: string; end: string },
  params: LedgerSyncParams,
): Promise<boolean> {
  const log = (status: "ok" | "skipped", message: string) =>
    logTransfers(ctx.db, [
      {
        companyId: data.companyId,
        connectionId: data.connectionId,
        runId: data.runId,
        direction: "inbound",
        entity: "fiscal_year",
        externalId: fy.externalId,
        status,
        message,
      },
    ]);
  const [existing] = await overlappingYears(ctx.db, data.companyId, fy.start, fy.end);
  if (existing?.source === "sie" && !params.overwriteUploaded) {
    r.count("yearsSkipped");
    await log(
      "skipped",
      `${fy.start} – ${fy.end} kept from the uploaded file ${existing.sourceName ?? ""}; sync with "overwrite uploaded" to replace it with Fortnox's data.`,
    );
    return false;
  }
  const startedAt = new Date();
  if (
    existing?.source === "fortnox" &&
    (await unchangedSince(client, fy.externalId, await readCursor(ctx, data.connectionId!, fy.externalId)))
  ) {
    r.count("yearsUnchanged");
    await log("ok", `${fy.start} – ${fy.end}: no changes since the last sync.`);
    return true;
  }
  const { bytes } = await exportSie(client, { financialYearId: fy.externalId, type: 4 });
  const result = await importSie(ctx.db, {
    companyId: data.companyId,
    source: bytes,
    sourceName: `Fortnox SIE 4 ${fy.start.slice(0, 4)}`,
    replace: true,
    origin: { source: "fortnox", connectionId: data.connectionId!, externalId: fy.externalId },
    // The cursor moves in the same transaction as the data it covers: the time the export was asked for,
    // so anything changed after that is seen next time.
    beforeCommit: (tx) =>
      tx
        .query(
          `INSERT INTO sync_cursor (company_id, connection_id, resource, cursor) VALUES ($1, $2, $3, $4)
           ON CONFLICT (connection_id, resource) DO UPDATE SET cursor = $4, updated_at = now()`,
          [data.companyId, data.connectionId, cursorKey(fy.externalId), startedAt.toISOString()],
        )
        .then(() => undefined),
  });
  r.count("years");
  r.count("vouchers", result.counts.vouchers);
  r.count("rows", result.counts.rows);
  const how = existing?.source === "sie" ? " (replaced the uploaded file, as asked)" : "";
  await log(
    "ok",
    `${fy.start} – ${fy.end}: ${result.counts.vouchers} vouchers, ${result.counts.rows} rows${how}.`,
  );
  return true;
}
