/**
 * A job that is a user-visible run: it has a `sync_run` row whose state follows the run state machine,
 * reports progress and counts as it goes, and ends succeeded or failed with a catalogue code and a
 * message a person can act on. Starting a run creates the row and enqueues the job in one step.
 */
import type { AppContext } from "../app/context.js";
import { type AppError, appError, isAppException } from "../core/index.js";
import {
  activeRunOf,
  claimRun,
  createRun,
  finishRun,
  getRunById,
  heartbeat,
  orphanedRuns,
  reportProgress,
  requeueRun,
  type SyncRun,
} from "../store/repos/syncRuns.js";

export interface RunReporter {
  readonly runId: string;
  progress(p: { step?: string; done?: number; total?: number | null; requestsUsed?: number }): Promise<void>;
  count(name: string, by?: number): void;
}

export interface RunJobData {
  readonly runId: string;
  readonly companyId: string;
  readonly connectionId: string | null;
  readonly params: Record<string, unknown>;
}

export type RunBody = (data: RunJobData, reporter: RunReporter) => Promise<void>;

function asAppError(e: unknown): AppError {
  if (isAppException(e)) return e.error;
  return appError("job_failed", { kind: "run", detail: e instanceof Error ? e.message : String(e) });
}

/** Registers `kind` as a tracked run: the handler below wraps `body` with the run's lifecycle. */
export async function registerRunKind(ctx: AppContext, kind: string, body: RunBody): Promise<void> {
  await ctx.queue.register<RunJobData>(kind, (data) => work(ctx, data, body), {
    retryLimit: 2,
    expireInSeconds: 30 * 60,
  });
}

async function work(ctx: AppContext, data: RunJobData, body: RunBody): Promise<void> {
  const before = await getRunById(ctx.db, data.runId);
  // Only a queued run, or one whose worker went silent, is taken; a finished or live one is left alone.
  const run = await claimRun(ctx.db, data.runId, ctx.config.LEDGERBRIDGE_RUN_STALE_SECONDS);
  if (!run) return;
  const beat = setInterval(() => void heartbeat(ctx.db, run.id).catch(() => undefined), heartbeatMs(ctx));
  const counts: Record<string, number> = { ...run.counts };
  if (before?.startedAt) counts.resumed = (counts.resumed ?? 0) + 1;
  const reporter: RunReporter = {
    runId: run.id,
    progress: (p) => reportProgress(ctx.db, run.id, { ...p, counts }),
    count: (name, by = 1) => {
      counts[name] = (counts[name] ?? 0) + by;
    },
  };
  try {
    await body(data, reporter);
    await reportProgress(ctx.db, run.id, { counts });
    await finishRun(ctx.db, run.id, { state: "succeeded" });
  } catch (e) {
    const error = asAppError(e);
    if (error.category === "internal") ctx.log.error({ err: e, runId: run.id }, "run failed");
    await reportProgress(ctx.db, run.id, { counts });
    await finishRun(ctx.db, run.id, { state: "failed", errorCode: error.code, errorMessage: error.message });
  } finally {
    clearInterval(beat);
  }
}

/** How runs are named to people (the kinds are internal ids). */
const RUN_NAMES: Readonly<Record<string, string>> = { "ledger.sync": "ledger sync" };

const heartbeatMs = (ctx: AppContext) =>
  Math.max(250, (ctx.config.LEDGERBRIDGE_RUN_STALE_SECONDS * 1000) / 4);

function jobData(run: SyncRun): RunJobData {
  return { runId: run.id, companyId: run.companyId, connectionId: run.connectionId, params: run.params };
}

/**
 * Runs whose worker died (killed, crashed, machine gone) are queued again and continue where their last
 * committed step left them. On the embedded database this process is the only worker, so at start every
 * running run is orphaned; on Postgres a run is orphaned when its heartbeat is older than the stale limit.
 */
export async function resumeOrphanedRuns(ctx: AppContext, atStart: boolean): Promise<number> {
  const stale = atStart && ctx.db.kind === "pglite" ? null : ctx.config.LEDGERBRIDGE_RUN_STALE_SECONDS;
  let resumed = 0;
  for (const run of await orphanedRuns(ctx.db, stale)) {
    if (!(await requeueRun(ctx.db, run.id, stale))) continue;
    await ctx.queue.enqueue(run.kind, jobData(run));
    ctx.log.warn({ runId: run.id, kind: run.kind }, "resuming a run whose worker stopped");
    resumed++;
  }
  return resumed;
}

/**
 * Creates the run row and enqueues its job. One run per kind and connection at a time: while one waits
 * or runs, a new start is recorded as cancelled with `job_already_running`.
 */
export async function startTrackedRun(
  ctx: AppContext,
  input: { kind: string; companyId: string; connectionId?: string | null; params?: Record<string, unknown> },
): Promise<SyncRun> {
  const connectionId = input.connectionId ?? null;
  const { run, busy } = await ctx.db.withLock(
    `run:${input.kind}:${connectionId ?? input.companyId}`,
    async (s) => {
      const busy = await activeRunOf(s, input.kind, input.companyId, connectionId);
      return { run: await createRun(s, input), busy };
    },
  );
  if (busy) {
    await finishRun(ctx.db, run.id, {
      state: "cancelled",
      errorCode: "job_already_running",
      errorMessage: appError("job_already_running", {
        kind: RUN_NAMES[input.kind] ?? input.kind,
        scope: connectionId ? "connection" : "company",
      }).message,
    });
    return (await getRunById(ctx.db, run.id))!;
  }
  await ctx.queue.enqueue(input.kind, jobData(run));
  return run;
}
