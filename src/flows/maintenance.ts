/**
 * Hourly housekeeping: expired sessions and old login failures go, and the row tables of fiscal years
 * that were replaced or deleted.
 */
import type { Sql } from "../store/db.js";
import { dropOrphanYearRows } from "../store/repos/ledger/bulk.js";
import { pruneFailures } from "../store/repos/loginFailures.js";
import { deleteExpiredSessions } from "../store/repos/sessions.js";

export async function cleanup(db: Sql, now = new Date()): Promise<void> {
  await deleteExpiredSessions(db, now);
  await pruneFailures(db, new Date(now.getTime() - 24 * 60 * 60 * 1000));
  await dropOrphanYearRows(db);
}
