/**
 * The connector's ports: what it needs from the outside world, kept small so the store can implement them
 * on Postgres (advisory locks, a shared window table) without the connector knowing. Contracts: README.md.
 */

/** How a connection was authorized; decides how a new access token is obtained (reference §1.1, §1.4). */
export type FortnoxGrant = "authorization_code" | "client_credentials";

export interface FortnoxTokens {
  readonly grant: FortnoxGrant;
  readonly accessToken: string;
  /** Epoch milliseconds at which the access token stops working. */
  readonly accessTokenExpiresAt: number;
  /** Single-use and rotating; absent for client-credentials (service-account) connections. */
  readonly refreshToken?: string;
  /** Epoch milliseconds the refresh token was issued; it lives 45 days if unused (reference §1.2). */
  readonly refreshTokenIssuedAt?: number;
  readonly scopes: readonly string[];
  /** The company (tenant) the tokens belong to: the TenantId header for client credentials. */
  readonly tenantId?: string;
}

/** One connection's tokens. Every method may be called from many processes at once. */
export interface TokenStore {
  /** The latest saved tokens, read from durable storage (not a cache that another process cannot see). */
  load(): Promise<FortnoxTokens | undefined>;
  /** Must be durable when it resolves: the caller uses the new access token only after that. */
  save(tokens: FortnoxTokens): Promise<void>;
  /**
   * Runs fn while holding this connection's refresh lock, exclusive across all processes; the lock is
   * released when fn settles (and, for a crashed holder, when its session ends).
   */
  withRefreshLock<T>(fn: () => Promise<T>): Promise<T>;
  /** Fortnox refused the refresh token or the consent: the connection must be authorized again. */
  markNeedsReauth(message: string): Promise<void>;
}

/** Called once the request's answer (or its failure) arrived. */
export type RateLimitRelease = () => void;

/** One connection's request budget, shared by every process that uses the connection. */
export interface RateLimiter {
  /**
   * Resolves when one request may be sent now without exceeding the window. The slot counts until
   * `windowMs` after the returned release is called (README.md, "Ports").
   */
  acquire(): Promise<RateLimitRelease>;
}
