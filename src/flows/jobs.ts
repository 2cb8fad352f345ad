/**
 * Every job kind the hub runs, registered once per process. Flows add their handlers here.
 */
import type { AppContext } from "../app/context.js";
import { claimDueSchedules } from "../jobs/scheduler.js";
import { DOCUMENTS_FETCH, type DocumentsFetchJob, fetchPendingDocuments } from "./ledger/documentFetch.js";
import { LEDGER_SYNC, runLedgerSync } from "./ledger/fortnoxSync.js";
import { cleanup } from "./maintenance.js";
import { registerRunKind, resumeOrphanedRuns, startTrackedRun } from "./runs.js";

export const SCHEDULER_TICK = "scheduler.tick";
export const MAINTENANCE_CLEANUP = "maintenance.cleanup";

/** Scheduled work (the nightly sync) becomes ordinary runs, shown in the sync history like a manual one. */
async function tick(ctx: AppContext): Promise<void> {
  await resumeOrphanedRuns(ctx, false);
  for (const s of await claimDueSchedules(ctx.db)) {
    await startTrackedRun(ctx, {
      kind: s.kind,
      companyId: s.companyId,
      connectionId: s.connectionId,
      params: s.data,
    });
  }
}

export async function registerJobs(ctx: AppContext): Promise<void> {
  await ctx.queue.register(SCHEDULER_TICK, () => tick(ctx));
  await ctx.queue.schedule(SCHEDULER_TICK, "* * * * *");
  await ctx.queue.register(MAINTENANCE_CLEANUP, () => cleanup(ctx.db));
  await ctx.queue.schedule(MAINTENANCE_CLEANUP, "17 * * * *");
  await registerRunKind(ctx, LEDGER_SYNC, (data, r) => runLedgerSync(ctx, data, r));
  await ctx.queue.register<DocumentsFetchJob>(
    DOCUMENTS_FETCH,
    (job, j) => fetchPendingDocuments(ctx, job, j.stopping),
    {
      retryLimit: 3,
      expireInSeconds: 30 * 60,
      policy: "stately",
    },
  );
}
