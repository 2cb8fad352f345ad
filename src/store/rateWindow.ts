/**
 * A sliding-window request budget kept in the database, so every process using one external account
 * shares it: at most `limit` requests in any `windowMs`. A slot is stamped when taken and stamped again
 * when the answer arrives (`releaseSlot`), so it counts for a whole window after the remote side can last
 * have seen the request. Taking a slot happens under the bucket's lock.
 */
import { newId } from "../core/index.js";
import type { Db } from "./db.js";

export interface WindowOptions {
  readonly limit: number;
  readonly windowMs: number;
  /**
   * How long a request may be in flight (its timeout). Until released, a slot is stamped this far ahead,
   * so a slow request keeps its slot, and a crashed process's slot frees itself after timeout + window.
   */
  readonly inFlightMs: number;
}

export type SlotAttempt =
  | { readonly slotId: string; readonly waitMs: 0 }
  | { readonly slotId: null; readonly waitMs: number };

const IN_FLIGHT_POLL_MS = 50;

/** Takes a slot now, or says how many ms to wait before trying again. */
export async function tryTakeSlot(
  db: Db,
  bucket: string,
  o: WindowOptions,
  now = Date.now(),
): Promise<SlotAttempt> {
  return db.withLock(`rate:${bucket}`, async (s) => {
    const cutoff = new Date(now - o.windowMs);
    await s.query("DELETE FROM rate_limit_events WHERE bucket = $1 AND at <= $2", [bucket, cutoff]);
    const rows = await s.query<{ n: string | number; oldest: Date | null }>(
      "SELECT count(*) AS n, min(at) FILTER (WHERE at <= $2) AS oldest FROM rate_limit_events WHERE bucket = $1",
      [bucket, new Date(now)],
    );
    const count = Number(rows[0]?.n ?? 0);
    if (count < o.limit) {
      const slotId = newId();
      const stamp = new Date(now + o.inFlightMs);
      await s.query("INSERT INTO rate_limit_events (id, bucket, at) VALUES ($1, $2, $3)", [
        slotId,
        bucket,
        stamp,
      ]);
      return { slotId, waitMs: 0 };
    }
    // The slot that frees first is the oldest answered one; while every slot is still in flight (stamped
    // ahead), nothing is known yet, so look again shortly.
    const oldest = rows[0]?.oldest ? new Date(rows[0].oldest).getTime() : undefined;
    return {
      slotId: null,
      waitMs: oldest === undefined ? IN_FLIGHT_POLL_MS : Math.max(1, oldest + o.windowMs - now),
    };
  });
}

/** The answer arrived: the slot counts from now. */
export async function releaseSlot(db: Db, slotId: string, now = Date.now()): Promise<void> {
  await db.query("UPDATE rate_limit_events SET at = $2 WHERE id = $1", [slotId, new Date(now)]);
}
