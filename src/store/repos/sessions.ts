import type { Sql } from "../db.js";
import { randomSecret, sha256 } from "../security/tokens.js";
import { first } from "./rows.js";

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export interface SessionRecord {
  readonly userId: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

/** Creates a session; the returned token goes into the cookie and is stored only as its hash. */
export async function createSession(
  db: Sql,
  userId: string,
  now = new Date(),
): Promise<{ token: string; csrfToken: string }> {
  const token = randomSecret();
  const csrfToken = randomSecret();
  await db.query(
    "INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)",
    [sha256(token), userId, csrfToken, new Date(now.getTime() + SESSION_TTL_MS)],
  );
  return { token, csrfToken };
}

export async function findSession(
  db: Sql,
  token: string,
  now = new Date(),
): Promise<SessionRecord | undefined> {
  const row = first(
    await db.query<{ user_id: string; csrf_token: string; expires_at: Date }>(
      "SELECT user_id, csrf_token, expires_at FROM sessions WHERE token_hash = $1 AND expires_at > $2",
      [sha256(token), now],
    ),
  );
  return row ? { userId: row.user_id, csrfToken: row.csrf_token, expiresAt: row.expires_at } : undefined;
}

export async function deleteSession(db: Sql, token: string): Promise<void> {
  await db.query("DELETE FROM sessions WHERE token_hash = $1", [sha256(token)]);
}

export async function deleteExpiredSessions(db: Sql, now = new Date()): Promise<void> {
  await db.query("DELETE FROM sessions WHERE expires_at <= $1", [now]);
}
