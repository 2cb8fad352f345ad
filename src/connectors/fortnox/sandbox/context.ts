/** What every sandbox route sees: the companies, the OAuth state, faults, and the request's tenant. */
import type { AuthState } from "./authState.js";
import type { YearBalances } from "./balances.js";
import type { SandboxFaults, SandboxStats } from "./faults.js";
import type { TenantState } from "./state/tenant.js";

export interface SandboxContext {
  readonly tenants: ReadonlyMap<string, TenantState>;
  readonly auth: AuthState;
  readonly faults: SandboxFaults;
  readonly stats: SandboxStats;
  readonly balanceCache: Map<string, Promise<YearBalances>>;
  /** Set once the server listens; @url values are absolute. */
  baseUrl: string;
  readonly now: () => number;
}

declare module "fastify" {
  interface FastifyRequest {
    fx: { tenant: TenantState; scopes: readonly string[] };
  }
  interface FastifyContextConfig {
    /** The scope (and licence) a route needs, reference §1.5. */
    scope?: string;
  }
}
