/**
 * Login throttling per account and per client address, counted in the database so every API process
 * shares the counts. A locked key answers `login_rate_limited` with the seconds to wait.
 */
import type { Sql } from "../../store/db.js";
import { clearFailures, failuresSince, recordFailure } from "../../store/repos/loginFailures.js";

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

const keys = (email: string, ip: string) => ({
  account: `account:${email.trim().toLowerCase()}`,
  address: `address:${ip}`,
});

/** Seconds to wait before another try, or 0 when the login may go ahead. */
export async function loginBlockedFor(db: Sql, email: string, ip: string, now = new Date()): Promise<number> {
  const k = keys(email, ip);
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  let wait = 0;
  for (const [key, max] of [
    [k.account, MAX_FAILURES_PER_ACCOUNT],
    [k.address, MAX_FAILURES_PER_ADDRESS],
  ] as const) {
    const f = await failuresSince(db, key, since);
    if (f.count >= max && f.oldest) {
      wait = Math.max(wait, Math.ceil((f.oldest.getTime() + LOGIN_WINDOW_MS - now.getTime()) / 1000));
    }
  }
  return wait;
}

export async function noteFailure(db: Sql, email: string, ip: string): Promise<void> {
  const k = keys(email, ip);
  await recordFailure(db, [k.account, k.address]);
}

export async function noteSuccess(db: Sql, email: string): Promise<void> {
  await clearFailures(db, keys(email, "").account);
}
