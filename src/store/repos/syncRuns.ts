import { newId, type RunState } from "../../core/index.js";
import type { Sql } from "../db.js";
import { first, iso, isoOrNull } from "./rows.js";

export interface SyncRun {
  readonly id: string;
  readonly companyId: string;
  readonly connectionId: string | null;
  readonly kind: string;
  readonly params: Record<string, unknown>;
  readonly state: RunState;
  readonly progress: { step: string | null; done: number; total: number | null };
  readonly counts: Record<string, number>;
  readonly requestsUsed: number;
  readonly errorCode: string | null;
  readonly errorMessage: string | null;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
}

interface RunRow {
  id: string;
  company_id: string;
  connection_id: string | null;
  kind: string;
  params: Record<string, unknown>;
  state: RunState;
  step: string | null;
  done: number;
  total: number | null;
  counts: Record<string, number>;
  requests_used: number;
  error_code: string | null;
  error_message: string | null;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

const toRun = (r: RunRow): SyncRun => ({
  id: r.id,
  companyId: r.company_id,
  connectionId: r.connection_id,
  kind: r.kind,
  params: r.params,
  state: r.state,
  progress: { step: r.step, done: r.done, total: r.total },
  counts: r.counts,
  requestsUsed: r.requests_used,
  errorCode: r.error_code,
  errorMessage: r.error_message,
  createdAt: iso(r.created_at),
  startedAt: isoOrNull(r.started_at),
  finishedAt: isoOrNull(r.finished_at),
});

export async function createRun(
  db: Sql,
  input: { companyId: string; connectionId?: string | null; kind: string; params?: Record<string, unknown> },
): Promise<SyncRun> {
  const rows = await db.query<RunRow>(
    `INSERT INTO sync_runs (id, company_id, connection_id, kind, params, state)
     VALUES ($1, $2, $3, $4, $5, 'queued') RETURNING *`,
    [newId(), input.companyId, input.connectionId ?? null, input.kind, JSON.stringify(input.params ?? {})],
  );
  return toRun(rows[0]!);
}

export async function getRun(db: Sql, companyId: string, id: string): Promise<SyncRun | undefined> {
  const row = first(
    await db.query<RunRow>("SELECT * FROM sync_runs WHERE company_id = $1 AND id = $2", [companyId, id]),
  );
  return row ? toRun(row) : undefined;
}

export async function getRunById(db: Sql, id: string): Promise<SyncRun | undefined> {
  const row = first(await db.query<RunRow>("SELECT * FROM sync_runs WHERE id = $1", [id]));
  return row ? toRun(row) : undefined;
}

export async function listRuns(
  db: Sql,
  companyId: string,
  opts: { connectionId?: string | undefined; page: number; pageSize: number },
): Promise<{ items: SyncRun[]; total: number }> {
  const params = [companyId, opts.connectionId ?? null];
  const where = "company_id = $1 AND ($2::uuid IS NULL OR connection_id = $2::uuid)";
  const rows = await db.query<RunRow>(
    `SELECT * FROM sync_runs WHERE ${where} ORDER BY created_at DESC, id LIMIT $3 OFFSET $4`,
    [...params, opts.pageSize, (opts.page - 1) * opts.pageSize],
  );
  const count = await db.query<{ n: string | number }>(
    `SELECT count(*) AS n FROM sync_runs WHERE ${where}`,
    params,
  );
  return { items: rows.map(toRun), total: Number(count[0]?.n ?? 0) };
}

export async function reportProgress(
  db: Sql,
  id: string,
  p: {
    step?: string;
    done?: number;
    total?: number | null;
    requestsUsed?: number;
    counts?: Record<string, number>;
  },
): Promise<void> {
  await db.query(
    `UPDATE sync_runs SET step = coalesce($2, step), done = coalesce($3, done),
       total = CASE WHEN $4::boolean THEN $5::integer ELSE total END,
       requests_used = coalesce($6, requests_used), counts = coalesce($7::jsonb, counts)
     WHERE id = $1`,
    [
      id,
      p.step ?? null,
      p.done ?? null,
      p.total !== undefined,
      p.total ?? null,
      p.requestsUsed ?? null,
      p.counts ? JSON.stringify(p.counts) : null,
    ],
  );
}

export async function finishRun(
  db: Sql,
  id: string,
  outcome: { state: "succeeded" | "failed" | "cancelled"; errorCode?: string; errorMessage?: string },
): Promise<void> {
  await db.query(
    `UPDATE sync_runs SET state = $2, error_code = $3, error_message = $4, finished_at = now() WHERE id = $1`,
    [id, outcome.state, outcome.errorCode ?? null, outcome.errorMessage ?? null],
  );
}

export async function heartbeat(db: Sql, id: string): Promise<void> {
  await db.query("UPDATE sync_runs SET heartbeat_at = now() WHERE id = $1 AND state = 'running'", [id]);
}

/**
 * Runs marked running whose worker stopped stamping them: every one of them (`staleSeconds` null, for
 * the embedded database, where this process is the only one), or those silent for that long.
 */
export async function orphanedRuns(db: Sql, staleSeconds: number | null): Promise<SyncRun[]> {
  const rows = await db.query<RunRow>(
    `SELECT * FROM sync_runs WHERE state = 'running'
       AND ($1::int IS NULL OR coalesce(heartbeat_at, started_at, created_at) < now() - make_interval(secs => $1::int))
     ORDER BY created_at`,
    [staleSeconds],
  );
  return rows.map(toRun);
}

/**
 * Takes a run for this worker: a queued one, or a running one whose worker went silent for
 * `staleSeconds`. Atomic, so two workers (or a dead worker's retried job) never run one run twice.
 */
export async function claimRun(db: Sql, id: string, staleSeconds: number): Promise<SyncRun | undefined> {
  const row = first(
    await db.query<RunRow>(
      `UPDATE sync_runs SET state = 'running', started_at = coalesce(started_at, now()), heartbeat_at = now()
       WHERE id = $1 AND (state = 'queued' OR (state = 'running'
         AND coalesce(heartbeat_at, started_at, created_at) < now() - make_interval(secs => $2::int)))
       RETURNING *`,
      [id, staleSeconds],
    ),
  );
  return row ? toRun(row) : undefined;
}

/** Puts an orphaned run back in the queue, if it is still orphaned (another process may have done it). */
export async function requeueRun(db: Sql, id: string, staleSeconds: number | null): Promise<boolean> {
  const rows = await db.query(
    `UPDATE sync_runs SET state = 'queued', heartbeat_at = NULL WHERE id = $1 AND state = 'running'
       AND ($2::int IS NULL OR coalesce(heartbeat_at, started_at, created_at) < now() - make_interval(secs => $2::int))
     RETURNING id`,
    [id, staleSeconds],
  );
  return rows.length > 0;
}

/** A run of this kind for this connection (or company) that is waiting or running. */
export async function activeRunOf(
  db: Sql,
  kind: string,
  companyId: string,
  connectionId: string | null,
): Promise<SyncRun | undefined> {
  const row = first(
    await db.query<RunRow>(
      `SELECT * FROM sync_runs WHERE kind = $1 AND company_id = $2 AND connection_id IS NOT DISTINCT FROM $3
         AND state IN ('queued', 'running') ORDER BY created_at LIMIT 1`,
      [kind, companyId, connectionId],
    ),
  );
  return row ? toRun(row) : undefined;
}
