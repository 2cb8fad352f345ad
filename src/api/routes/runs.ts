import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { fail } from "../../core/index.js";
import { LEDGER_SYNC } from "../../flows/ledger/fortnoxSync.js";
import { startTrackedRun } from "../../flows/runs.js";
import { getConnection } from "../../store/repos/connections.js";
import { getRun, listRuns } from "../../store/repos/syncRuns.js";
import { listTransfers } from "../../store/repos/transferLog.js";
import {
  CompanyParams,
  ConnectionParams,
  PageQuery,
  paged,
  StartSyncRequest,
  SyncRun,
  SyncRunParams,
  TransferLogEntry,
  TransferLogQuery,
  Uuid,
} from "../contract/index.js";
import { companyAccess } from "../tenancy.js";
import type { Api } from "../types.js";

const RunsQuery = z.object({ connectionId: Uuid.optional(), ...PageQuery }).strict();

function view(r: Awaited<ReturnType<typeof getRun>> & object) {
  const { companyId: _c, ...rest } = r;
  return rest;
}

export function runRoutes(app: Api, ctx: AppContext): void {
  const base = "/api/companies/:companyId";

  app.post(
    `${base}/connections/:connectionId/sync`,
    {
      schema: {
        tags: ["sync"],
        params: ConnectionParams,
        body: StartSyncRequest,
        response: { 200: SyncRun },
      },
    },
    async (req) => {
      const { companyId, connectionId } = req.params;
      await companyAccess(ctx, req, companyId, "member", "start a sync");
      const c =
        (await getConnection(ctx.db, companyId, connectionId)) ?? fail("not_found", { entity: "connection" });
      if (c.system !== "fortnox")
        fail("invalid_input", { detail: `a ${c.system} connection has no ledger sync` });
      if (c.state !== "active") fail("connection_needs_reauth", { connection: c.displayName });
      const params = Object.fromEntries(Object.entries(req.body).filter(([, v]) => v !== undefined));
      return view(await startTrackedRun(ctx, { kind: LEDGER_SYNC, companyId, connectionId, params }));
    },
  );

  app.get(
    `${base}/sync-runs`,
    {
      schema: {
        tags: ["sync"],
        params: CompanyParams,
        querystring: RunsQuery,
        response: { 200: paged(SyncRun) },
      },
    },
    async (req) => {
      await companyAccess(ctx, req, req.params.companyId);
      const { items, total } = await listRuns(ctx.db, req.params.companyId, req.query);
      return { items: items.map(view), total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  app.get(
    `${base}/sync-runs/:runId`,
    { schema: { tags: ["sync"], params: SyncRunParams, response: { 200: SyncRun } } },
    async (req) => {
      await companyAccess(ctx, req, req.params.companyId);
      return view(
        (await getRun(ctx.db, req.params.companyId, req.params.runId)) ??
          fail("not_found", { entity: "sync run" }),
      );
    },
  );

  app.get(
    `${base}/transfer-log`,
    {
      schema: {
        tags: ["transfer log"],
        params: CompanyParams,
        querystring: TransferLogQuery,
        response: { 200: paged(TransferLogEntry) },
      },
    },
    async (req) => {
      await companyAccess(ctx, req, req.params.companyId);
      const { items, total } = await listTransfers(ctx.db, req.params.companyId, req.query);
      return { items, total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );
}
