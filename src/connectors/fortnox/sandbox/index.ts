/**
 * startFortnoxSandbox: a local emulator of the Fortnox API (the /3 subset the connector uses and the
 * OAuth endpoints), seeded deterministically, with switchable faults. See ../README.md, "Sandbox".
 */
import { randomBytes } from "node:crypto";
import { AuthState, type SandboxUser } from "./authState.js";
import type { SandboxContext } from "./context.js";
import { createFaults, type SandboxFaults, type SandboxStats } from "./faults.js";
import { seedCompanies } from "./seed/companies.js";
import { buildSandboxApp } from "./server.js";
import { TenantState } from "./state/tenant.js";

export interface FortnoxSandboxOptions {
  readonly port?: number;
  readonly host?: string;
  readonly seed?: number;
  /** Generated vouchers per company and fiscal year, up to 1 000 000 (never materialised). */
  readonly vouchersPerYear?: number;
  /** The last of the three fiscal years; defaults to this year, so pass it for byte-identical output. */
  readonly currentYear?: number;
  readonly accessTokenTtlSeconds?: number;
  readonly refreshTokenTtlSeconds?: number;
  /** true (default): 25 requests per 5 s per client and tenant; false: none; or a custom window. */
  readonly rateLimit?: boolean | { readonly limit: number; readonly windowMs: number };
  readonly clientId?: string;
  readonly clientSecret?: string;
}

export interface FortnoxSandbox {
  readonly url: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly tenants: readonly { readonly tenantId: string; readonly name: string }[];
  /** Demo logins for the consent page. */
  readonly users: readonly { readonly username: string; readonly password: string; readonly name: string }[];
  readonly faults: SandboxFaults;
  readonly stats: SandboxStats;
  close(): Promise<void>;
}

function rateOf(o: FortnoxSandboxOptions["rateLimit"]) {
  if (o === false) return undefined;
  if (o === undefined || o === true) return { limit: 25, windowMs: 5000 };
  return o;
}

/** The demo administrator of the first company, and an accounting-firm user who picks a company (§1.6). */
function demoUsers(first: string, second: string): SandboxUser[] {
  return [
    {
      username: "admin",
      password: "demo",
      name: "Demo Administratör",
      tenantIds: [first],
      sysadminOf: [first],
    },
    {
      username: "byra",
      password: "demo",
      name: "Karin Byråkonsult",
      tenantIds: [first, second],
      sysadminOf: [],
    },
  ];
}

function buildContext(options: FortnoxSandboxOptions) {
  const seed = options.seed ?? 1;
  const vouchersPerYear = options.vouchersPerYear ?? 2000;
  if (!Number.isInteger(vouchersPerYear) || vouchersPerYear < 0 || vouchersPerYear > 1_000_000) {
    throw new RangeError("vouchersPerYear must be an integer from 0 to 1 000 000");
  }
  const companies = seedCompanies(seed, options.currentYear ?? new Date().getUTCFullYear());
  const tenants = new Map(
    companies.map((c, i) => [c.tenantId, new TenantState(c, i, seed, vouchersPerYear)]),
  );
  const users = demoUsers(companies[0]!.tenantId, companies[1]!.tenantId);
  const clientId = options.clientId ?? `sandbox-${seed}`;
  const clientSecret = options.clientSecret ?? randomBytes(18).toString("base64url");
  const ttl = {
    accessSeconds: options.accessTokenTtlSeconds ?? 3600,
    refreshSeconds: options.refreshTokenTtlSeconds ?? 45 * 86400,
  };
  const auth = new AuthState(clientId, clientSecret, users, ttl);
  const stats: SandboxStats = { apiRequests: 0, rateLimited: 0, byPath: new Map() };
  const faults = createFaults(auth);
  const ctx: SandboxContext = {
    tenants,
    auth,
    faults,
    stats,
    balanceCache: new Map(),
    baseUrl: "",
    now: Date.now,
  };
  return { ctx, companies, users };
}

export async function startFortnoxSandbox(options: FortnoxSandboxOptions = {}): Promise<FortnoxSandbox> {
  const { ctx, companies, users } = buildContext(options);
  const app = buildSandboxApp(ctx, rateOf(options.rateLimit));
  const host = options.host ?? "127.0.0.1";
  await app.listen({ port: options.port ?? 0, host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  ctx.baseUrl = url;
  return {
    url,
    clientId: ctx.auth.clientId,
    clientSecret: ctx.auth.clientSecret,
    tenants: companies.map((c) => ({ tenantId: c.tenantId, name: c.name })),
    users: users.map(({ username, password, name }) => ({ username, password, name })),
    faults: ctx.faults,
    stats: ctx.stats,
    close: () => app.close(),
  };
}
