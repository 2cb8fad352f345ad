/**
 * A Fortnox connection on our store: its non-secret settings (base URLs, client id, tenant) on the
 * connection row, its client secret and tokens sealed in the connection's secret, and a client built
 * from both with the shared token store and request budget.
 */
import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import {
  clientCredentials,
  createFortnoxClient,
  type FortnoxClient,
  type FortnoxOAuthConfig,
  fortnoxManifest,
  getCompanyInformation,
} from "../../connectors/fortnox/index.js";
import type { RateLimiter } from "../../connectors/fortnox/ports.js";
import { fail } from "../../core/index.js";
import { upsertSchedule } from "../../jobs/scheduler.js";
import { readConnectionSecret, writeConnectionSecret } from "../../store/connectionSecrets.js";
import {
  type Connection,
  createConnection,
  deleteConnection,
  getConnection,
  setConnectionState,
} from "../../store/repos/connections.js";
import { LEDGER_SYNC } from "../kinds.js";
import { dbRateLimiter, dbTokenStore, type FortnoxSecret } from "./ports.js";

/** The nightly sync of a new connection: 02:00 Stockholm time, when nobody is booking. */
export const NIGHTLY = "0 2 * * *";

export const FortnoxSettings = z.object({
  apiBaseUrl: z.string().url(),
  /** Where `/oauth-v1/auth` and `/oauth-v1/token` live: `https://apps.fortnox.se`, or a sandbox. */
  authBaseUrl: z.string().url(),
  clientId: z.string().min(1),
  tenantId: z.string().min(1).optional(),
});
export type FortnoxSettings = z.infer<typeof FortnoxSettings>;

export function oauthConfig(settings: FortnoxSettings, clientSecret: string): FortnoxOAuthConfig {
  const base = settings.authBaseUrl.replace(/\/$/, "");
  return {
    clientId: settings.clientId,
    clientSecret,
    authorizeUrl: `${base}/oauth-v1/auth`,
    tokenUrl: `${base}/oauth-v1/token`,
  };
}

export async function fortnoxClientFor(
  ctx: AppContext,
  connection: Connection,
  opts: { onRequest?: () => void; background?: boolean } = {},
): Promise<FortnoxClient> {
  const settings = FortnoxSettings.parse(connection.settings);
  const ref = { companyId: connection.companyId, connectionId: connection.id };
  const budget = { ...ref, budgetKey: budgetKeyOf(settings) };
  const secret = await readConnectionSecret<FortnoxSecret>(
    ctx.db,
    ctx.secrets,
    ref.companyId,
    ref.connectionId,
  );
  if (!secret) fail("connection_needs_reauth", { connection: connection.displayName });
  return createFortnoxClient({
    apiBaseUrl: settings.apiBaseUrl,
    oauth: oauthConfig(settings, secret.clientSecret),
    tokens: dbTokenStore(ctx, ref),
    limiter: counted(
      dbRateLimiter(ctx, budget, opts.background ? { limit: BACKGROUND_LIMIT } : {}),
      opts.onRequest,
    ),
    connectionLabel: connection.displayName,
    logger: { warn: (obj, msg) => ctx.log.warn(obj, msg) },
  });
}

/** Of Fortnox's 25 requests per window, background work (the documents' bytes) takes at most 20. */
export const BACKGROUND_LIMIT = 20;

/** One budget per Fortnox API, client id and tenant; per connection when the tenant is not known. */
export function budgetKeyOf(settings: FortnoxSettings): string | undefined {
  if (!settings.tenantId) return undefined;
  return `${new URL(settings.apiBaseUrl).host}|${settings.clientId}|${settings.tenantId}`;
}

/** Counts the requests a run makes (every request takes one slot of the budget). */
function counted(limiter: RateLimiter, onRequest: (() => void) | undefined): RateLimiter {
  if (!onRequest) return limiter;
  return {
    async acquire() {
      const release = await limiter.acquire();
      onRequest();
      return release;
    },
  };
}

export interface ServiceAccountInput {
  readonly companyId: string;
  readonly displayName: string;
  readonly settings: FortnoxSettings & { tenantId: string };
  readonly clientSecret: string;
  readonly sandbox?: boolean;
}

/**
 * Connects with the service-account client-credentials grant (reference §1.4): obtains a token for the
 * tenant, checks it by reading the company information, and only then keeps the connection — active.
 * A refused grant leaves nothing behind.
 */
export async function connectServiceAccount(
  ctx: AppContext,
  input: ServiceAccountInput,
): Promise<Connection> {
  const oauth = oauthConfig(input.settings, input.clientSecret);
  const tokens = await clientCredentials(oauth, input.settings.tenantId, fortnoxManifest.scopes);
  const created = await createConnection(ctx.db, {
    companyId: input.companyId,
    system: "fortnox",
    displayName: input.displayName,
    settings: input.settings,
    sandbox: input.sandbox ?? false,
  });
  try {
    const secret: FortnoxSecret = { clientSecret: input.clientSecret, tokens };
    await writeConnectionSecret(ctx.db, ctx.secrets, input.companyId, created.id, secret);
    const client = await fortnoxClientFor(ctx, created);
    await getCompanyInformation(client);
    await setConnectionState(ctx.db, input.companyId, created.id, "active");
    await upsertSchedule(ctx.db, {
      companyId: input.companyId,
      connectionId: created.id,
      kind: LEDGER_SYNC,
      cron: NIGHTLY,
      data: { years: 2 },
    });
  } catch (e) {
    await deleteConnection(ctx.db, input.companyId, created.id);
    throw e;
  }
  return (await getConnection(ctx.db, input.companyId, created.id))!;
}
