/**
 * Keeps one connection's access token valid. Refresh tokens are single-use (reference §1.1), so a
 * refresh happens only inside the store's refresh lock, after re-loading the tokens: if another process
 * refreshed meanwhile, its tokens are used and the chain is not burnt. The rotated tokens are saved
 * before the new access token is returned to anyone, so a crash after a refresh loses nothing that was
 * not already unrecoverable (README.md, "Refresh and crashes").
 */
import { AppException, appError } from "../../core/index.js";
import { clientCredentials, type FortnoxOAuthConfig, refreshTokens, TokenRefusedError } from "./oauth.js";
import type { FortnoxTokens, TokenStore } from "./ports.js";

export interface TokenKeeperOptions {
  readonly store: TokenStore;
  readonly oauth: FortnoxOAuthConfig;
  /** Refresh this long before expiry, so a token never expires in flight. */
  readonly skewMs?: number;
  readonly connectionLabel?: string;
  readonly now?: () => number;
}

export class TokenKeeper {
  private readonly skewMs: number;
  private readonly now: () => number;

  constructor(private readonly options: TokenKeeperOptions) {
    this.skewMs = options.skewMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  /** A usable access token, refreshing first if the stored one is (nearly) expired. */
  async accessToken(): Promise<string> {
    const tokens = await this.loadOrFail();
    if (this.fresh(tokens)) return tokens.accessToken;
    return this.refresh(tokens.accessToken);
  }

  /**
   * Gets a new access token because `stale` was refused or expired. Inside the lock the tokens are
   * re-loaded; when another holder already replaced `stale` with a fresh token, that one is used.
   */
  refresh(stale: string): Promise<string> {
    return this.options.store.withRefreshLock(async () => {
      const tokens = await this.loadOrFail();
      if (tokens.accessToken !== stale && this.fresh(tokens)) return tokens.accessToken;
      const next = await this.grant(tokens);
      await this.options.store.save(next);
      return next.accessToken;
    });
  }

  /**
   * Proactive refresh for idle connections: an unused refresh token dies after 45 days (§1.2), so a
   * daily job calls this and the chain is renewed when the refresh token is older than `maxAgeMs`.
   */
  async keepAlive(maxAgeMs = 7 * 86_400_000): Promise<boolean> {
    const tokens = await this.loadOrFail();
    const issued = tokens.refreshTokenIssuedAt ?? 0;
    if (tokens.grant === "client_credentials" || this.now() - issued < maxAgeMs) return false;
    await this.refresh(tokens.accessToken);
    return true;
  }

  private fresh(tokens: FortnoxTokens): boolean {
    return tokens.accessTokenExpiresAt - this.skewMs > this.now();
  }

  private async loadOrFail(): Promise<FortnoxTokens> {
    const tokens = await this.options.store.load();
    if (!tokens) throw new AppException(appError("connection_needs_reauth", { connection: this.label() }));
    return tokens;
  }

  private label(): string {
    return this.options.connectionLabel ?? "to Fortnox";
  }

  private async grant(tokens: FortnoxTokens): Promise<FortnoxTokens> {
    try {
      if (tokens.grant === "client_credentials") {
        if (!tokens.tenantId) throw new Error("a client-credentials connection without tenantId");
        return await clientCredentials(this.options.oauth, tokens.tenantId, tokens.scopes);
      }
      if (!tokens.refreshToken) throw new Error("an authorization-code connection without refresh token");
      const next = await refreshTokens(this.options.oauth, tokens.refreshToken);
      return tokens.tenantId && !next.tenantId ? { ...next, tenantId: tokens.tenantId } : next;
    } catch (e) {
      if (!(e instanceof TokenRefusedError)) throw e;
      const upstream = (e.error.details as { status?: number } | undefined)?.status;
      const message =
        `Fortnox refused to renew the authorization (${e.error.message}). ` +
        "The connection must be activated again by a Fortnox user of the company.";
      await this.options.store.markNeedsReauth(message);
      const details = { upstreamStatus: upstream, reason: e.error.message };
      throw new AppException(appError("connection_needs_reauth", { connection: this.label() }, details));
    }
  }
}
