/**
 * The Fortnox connector's ports on our store: tokens sealed in the connection's secret and refreshed
 * under a lock shared by every process (a Postgres advisory lock), and a request budget shared by every
 * process using the connection (a sliding window in the database). Contracts: connectors/fortnox/ports.ts.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { AppContext } from "../../app/context.js";
import type { FortnoxTokens, RateLimiter, TokenStore } from "../../connectors/fortnox/ports.js";
import { CONNECTION_TRANSITIONS, checkTransition } from "../../core/index.js";
import { readConnectionSecret, writeConnectionSecret } from "../../store/connectionSecrets.js";
import type { Sql } from "../../store/db.js";
import { releaseSlot, tryTakeSlot } from "../../store/rateWindow.js";
import { getConnection, setConnectionState } from "../../store/repos/connections.js";

/** What a Fortnox connection keeps sealed. */
export interface FortnoxSecret {
  readonly clientSecret: string;
  readonly tokens?: FortnoxTokens;
}

export interface ConnectionRef {
  readonly companyId: string;
  readonly connectionId: string;
}

export interface BudgetRef extends ConnectionRef {
  /**
   * Fortnox counts its 25 requests per 5 s per client and tenant (reference §2), so two connections of
   * ours to one tenant with one client id (two companies of the hub on one Fortnox database, as in the
   * demo) share one budget. Absent when the tenant is not known: then the bucket is the connection.
   */
  readonly budgetKey?: string | undefined;
}

/**
 * Inside the refresh lock, loads and saves run on the locked connection itself: a refresher never waits
 * for a second pooled connection while holding one (which could exhaust the pool under contention).
 */
const lockedSession = new AsyncLocalStorage<Sql>();

export function dbTokenStore(ctx: AppContext, ref: ConnectionRef): TokenStore {
  const sql = () => lockedSession.getStore() ?? ctx.db;
  const read = () => readConnectionSecret<FortnoxSecret>(sql(), ctx.secrets, ref.companyId, ref.connectionId);
  return {
    async load() {
      return (await read())?.tokens;
    },
    async save(tokens) {
      const current = await read();
      if (!current) throw new Error(`connection ${ref.connectionId} has no secret to save tokens into`);
      await writeConnectionSecret(sql(), ctx.secrets, ref.companyId, ref.connectionId, {
        ...current,
        tokens,
      });
    },
    withRefreshLock(fn) {
      return ctx.db.withLock(`fortnox-refresh:${ref.connectionId}`, (s) => lockedSession.run(s, fn));
    },
    async markNeedsReauth(message) {
      const c = await getConnection(ctx.db, ref.companyId, ref.connectionId);
      if (!c || !checkTransition("connection", CONNECTION_TRANSITIONS, c.state, "needs_reauth").ok) return;
      await setConnectionState(ctx.db, ref.companyId, ref.connectionId, "needs_reauth", {
        code: "upstream_unauthorized",
        message,
      });
      ctx.log.warn({ connectionId: ref.connectionId }, "Fortnox connection needs to be authorised again");
    },
  };
}

export interface SharedLimiterOptions {
  readonly limit?: number;
  readonly windowMs?: number;
  /** Added to the window for differences in network delay between our clock and Fortnox's. */
  readonly guardMs?: number;
}

/**
 * The budget is per Fortnox account (client and tenant): the bucket is `ref.budgetKey`, or the connection.
 * Background work passes a lower `limit` than the 25 interactive work uses, so a user opening a document
 * while the background fetch runs finds slots free at once.
 */
export function dbRateLimiter(ctx: AppContext, ref: BudgetRef, o: SharedLimiterOptions = {}): RateLimiter {
  const window = {
    limit: o.limit ?? 25,
    windowMs: (o.windowMs ?? 5000) + (o.guardMs ?? 100),
    inFlightMs: 30_000,
  };
  return {
    async acquire() {
      for (;;) {
        const slot = await tryTakeSlot(ctx.db, `fortnox:${ref.budgetKey ?? ref.connectionId}`, window);
        if (slot.slotId) {
          const id = slot.slotId;
          return () => {
            void releaseSlot(ctx.db, id).catch((e) =>
              ctx.log.warn({ err: e }, "could not stamp a rate-limit slot"),
            );
          };
        }
        await new Promise((r) => setTimeout(r, slot.waitMs));
      }
    },
  };
}
