/**
 * Cron schedules kept in our `schedules` table (per company and connection, e.g. the nightly sync).
 * A one-minute tick — itself a pg-boss cron job, so exactly one process runs it — enqueues every
 * schedule whose cron fired since it last fired, with a singleton key so a slow run is not doubled.
 */
import cronParser from "cron-parser";
import { AppException, appError, newId } from "../core/index.js";
import type { Sql } from "../store/db.js";

export interface Schedule {
  readonly id: string;
  readonly companyId: string;
  readonly connectionId: string | null;
  readonly kind: string;
  readonly cron: string;
  readonly timezone: string;
  readonly data: Record<string, unknown>;
  readonly enabled: boolean;
  readonly lastFiredAt: Date | null;
}

export function validateCron(cron: string, timezone = "Europe/Stockholm"): void {
  try {
    cronParser.parseExpression(cron, { tz: timezone });
    if (cron.trim().split(/\s+/).length !== 5) throw new Error("five fields expected");
  } catch {
    throw new AppException(appError("schedule_invalid", { cron }));
  }
}

/** The last time `cron` fired at or before `now`, or null if it never has since `since`. */
export function lastFiring(cron: string, timezone: string, since: Date, now: Date): Date | null {
  const it = cronParser.parseExpression(cron, { tz: timezone, currentDate: now });
  const prev = it.prev().toDate();
  return prev > since ? prev : null;
}

export async function upsertSchedule(
  db: Sql,
  s: {
    companyId: string;
    connectionId: string | null;
    kind: string;
    cron: string;
    timezone?: string;
    data?: object;
  },
): Promise<void> {
  validateCron(s.cron, s.timezone);
  await db.query(
    `INSERT INTO schedules (id, company_id, connection_id, kind, cron, timezone, data, last_fired_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now())
     ON CONFLICT (company_id, connection_id, kind) DO UPDATE SET cron = $5, timezone = $6, data = $7, enabled = true`,
    [
      newId(),
      s.companyId,
      s.connectionId,
      s.kind,
      s.cron,
      s.timezone ?? "Europe/Stockholm",
      JSON.stringify(s.data ?? {}),
    ],
  );
}

interface ScheduleRow {
  id: string;
  company_id: string;
  connection_id: string | null;
  kind: string;
  cron: string;
  timezone: string;
  data: Record<string, unknown>;
  last_fired_at: Date | null;
  /** The exact stored value: a JS Date drops Postgres's microseconds, so compare-and-set uses text. */
  last_fired_text: string | null;
  created_at: Date;
}

/** One tick: returns the schedules that are due now and marks them fired, atomically per schedule. */
export async function claimDueSchedules(db: Sql, now = new Date()): Promise<Schedule[]> {
  const rows = await db.query<ScheduleRow>(
    "SELECT *, last_fired_at::text AS last_fired_text FROM schedules WHERE enabled ORDER BY id",
  );
  const due: Schedule[] = [];
  for (const r of rows) {
    const since = r.last_fired_at ?? r.created_at;
    if (!lastFiring(r.cron, r.timezone, new Date(since), now)) continue;
    const claimed = await db.query(
      "UPDATE schedules SET last_fired_at = $2 WHERE id = $1 AND last_fired_at::text IS NOT DISTINCT FROM $3 RETURNING id",
      [r.id, now, r.last_fired_text],
    );
    if (claimed.length === 0) continue; // another process's tick took it
    due.push({
      id: r.id,
      companyId: r.company_id,
      connectionId: r.connection_id,
      kind: r.kind,
      cron: r.cron,
      timezone: r.timezone,
      data: r.data,
      enabled: true,
      lastFiredAt: now,
    });
  }
  return due;
}
