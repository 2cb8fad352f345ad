/** Switchable faults for reliability tests; counters count down per API request (not OAuth). */
import type { AuthState } from "./authState.js";

export interface SandboxFaults {
  /** The next N API requests answer 429. */
  rateLimitStorm: number;
  /** The next N API requests answer `serverErrorStatus` (default 500). */
  serverErrors: number;
  serverErrorStatus: number;
  /** The next N API requests get their connection closed without an answer. */
  dropConnections: number;
  /** Every API answer is delayed this long. */
  delayMs: number;
  /** The next N API requests answer 200 with an ErrorInformation body, as file endpoints sometimes do (§4). */
  okWithError: number;
  /** The company's user revokes the integration: its tokens and refresh tokens stop working. */
  revokeConsent(tenantId: string): void;
  /** Every access token issued so far expires now (the next call answers 401). */
  expireAccessTokens(): void;
  reset(): void;
}

export interface SandboxStats {
  apiRequests: number;
  /** 429 answers because the sliding window was full (storms are not counted). */
  rateLimited: number;
  /** Requests per path prefix, e.g. "/3/sie". */
  readonly byPath: Map<string, number>;
}

export function createFaults(auth: AuthState): SandboxFaults {
  const f: SandboxFaults = {
    rateLimitStorm: 0,
    serverErrors: 0,
    serverErrorStatus: 500,
    dropConnections: 0,
    delayMs: 0,
    okWithError: 0,
    revokeConsent: (tenantId) => auth.revokeConsents(tenantId),
    expireAccessTokens: () => auth.expireAccessTokens(),
    reset: () => {
      f.rateLimitStorm = 0;
      f.serverErrors = 0;
      f.serverErrorStatus = 500;
      f.dropConnections = 0;
      f.delayMs = 0;
      f.okWithError = 0;
    },
  };
  return f;
}

/** Per client-and-tenant sliding window (reference §2). Refused requests count too: bursts stay throttled. */
export class WindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  allow(key: string, now: number): boolean {
    const list = (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
    const ok = list.length < this.limit;
    list.push(now);
    this.hits.set(key, list.slice(-this.limit * 4));
    return ok;
  }
}
