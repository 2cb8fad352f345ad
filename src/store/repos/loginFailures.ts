import type { Sql } from "../db.js";

/**
 * Failed logins, counted per key (`account:<email>`, `address:<ip>`) over a sliding window, in the
 * database so every API process sees the same counts.
 */
export async function recordFailure(db: Sql, keys: readonly string[]): Promise<void> {
  for (const key of keys) await db.query("INSERT INTO login_failures (key) VALUES ($1)", [key]);
}

export async function failuresSince(
  db: Sql,
  key: string,
  since: Date,
): Promise<{ count: number; oldest: Date | null }> {
  const rows = await db.query<{ n: string | number; oldest: Date | null }>(
    "SELECT count(*) AS n, min(at) AS oldest FROM login_failures WHERE key = $1 AND at > $2",
    [key, since],
  );
  const row = rows[0];
  return { count: Number(row?.n ?? 0), oldest: row?.oldest ? new Date(row.oldest) : null };
}

export async function clearFailures(db: Sql, key: string): Promise<void> {
  await db.query("DELETE FROM login_failures WHERE key = $1", [key]);
}

export async function pruneFailures(db: Sql, before: Date): Promise<void> {
  await db.query("DELETE FROM login_failures WHERE at <= $1", [before]);
}
