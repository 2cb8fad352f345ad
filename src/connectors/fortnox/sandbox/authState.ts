/**
 * The sandbox's OAuth state: users, consents, codes and tokens (reference §1). Codes live 10 minutes and
 * are single-use; refresh tokens rotate and are single-use; access tokens are JWT-shaped with a tenantId
 * claim. A revoked consent kills its tokens.
 */
import { createHmac, randomBytes, randomUUID } from "node:crypto";

export interface SandboxUser {
  readonly username: string;
  readonly password: string;
  readonly name: string;
  readonly tenantIds: readonly string[];
  /** Only a company's system administrator may approve a service account (reference §1.3). */
  readonly sysadminOf: readonly string[];
}

interface Consent {
  readonly id: string;
  readonly tenantId: string;
  readonly scopes: readonly string[];
  readonly service: boolean;
  revoked: boolean;
}

interface CodeGrant {
  readonly consentId: string;
  readonly redirectUri: string | undefined;
  readonly expiresAt: number;
  used: boolean;
}

export interface AccessGrant {
  readonly consentId: string;
  readonly tenantId: string;
  readonly scopes: readonly string[];
  expiresAt: number;
}

interface RefreshGrant {
  readonly consentId: string;
  readonly expiresAt: number;
  used: boolean;
}

export interface TokenTtls {
  readonly accessSeconds: number;
  readonly refreshSeconds: number;
}

export class AuthState {
  private readonly consents = new Map<string, Consent>();
  private readonly codes = new Map<string, CodeGrant>();
  private readonly access = new Map<string, AccessGrant>();
  private readonly refresh = new Map<string, RefreshGrant>();
  private readonly key = randomBytes(32);

  constructor(
    readonly clientId: string,
    readonly clientSecret: string,
    readonly users: readonly SandboxUser[],
    readonly ttl: TokenTtls,
    private readonly now: () => number = Date.now,
  ) {}

  consent(tenantId: string, scopes: readonly string[], service: boolean): string {
    const id = randomUUID();
    this.consents.set(id, { id, tenantId, scopes, service, revoked: false });
    return id;
  }

  issueCode(consentId: string, redirectUri: string | undefined): string {
    const code = randomBytes(18).toString("base64url");
    this.codes.set(code, { consentId, redirectUri, expiresAt: this.now() + 600_000, used: false });
    return code;
  }

  /** undefined when the code is unknown, used, expired or for another redirect_uri. */
  redeemCode(code: string, redirectUri: string | undefined): Consent | undefined {
    const c = this.codes.get(code);
    if (!c || c.used || c.expiresAt < this.now() || c.redirectUri !== redirectUri) return undefined;
    c.used = true;
    return this.liveConsent(c.consentId);
  }

  redeemRefresh(token: string): Consent | undefined {
    const r = this.refresh.get(token);
    if (!r || r.used || r.expiresAt < this.now()) return undefined;
    r.used = true;
    return this.liveConsent(r.consentId);
  }

  serviceConsent(tenantId: string): Consent | undefined {
    return [...this.consents.values()].find((c) => c.tenantId === tenantId && c.service && !c.revoked);
  }

  private liveConsent(id: string): Consent | undefined {
    const c = this.consents.get(id);
    return c && !c.revoked ? c : undefined;
  }

  issueTokens(consent: Consent, withRefresh: boolean) {
    const expiresAt = this.now() + this.ttl.accessSeconds * 1000;
    const accessToken = this.jwt({
      tenantId: consent.tenantId,
      clientId: this.clientId,
      exp: expiresAt / 1000,
    });
    this.access.set(accessToken, {
      consentId: consent.id,
      tenantId: consent.tenantId,
      scopes: consent.scopes,
      expiresAt,
    });
    const answer: Record<string, unknown> = {
      access_token: accessToken,
      scope: consent.scopes.join(" "),
      expires_in: this.ttl.accessSeconds,
      token_type: "bearer",
    };
    if (withRefresh) {
      const refreshToken = randomUUID();
      this.refresh.set(refreshToken, {
        consentId: consent.id,
        expiresAt: this.now() + this.ttl.refreshSeconds * 1000,
        used: false,
      });
      answer.refresh_token = refreshToken;
    }
    return answer;
  }

  private jwt(claims: Record<string, unknown>): string {
    const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const body = `${part({ alg: "HS256", typ: "JWT" })}.${part({ ...claims, jti: randomUUID() })}`;
    return `${body}.${createHmac("sha256", this.key).update(body).digest("base64url")}`;
  }

  /** The grant behind a bearer token, or why it is refused. */
  check(token: string): AccessGrant | "unknown" | "expired" | "revoked" {
    const a = this.access.get(token);
    if (!a) return "unknown";
    if (!this.liveConsent(a.consentId)) return "revoked";
    return a.expiresAt <= this.now() ? "expired" : a;
  }

  revokeConsents(tenantId: string): void {
    for (const c of this.consents.values()) if (c.tenantId === tenantId) c.revoked = true;
  }

  expireAccessTokens(): void {
    for (const a of this.access.values()) a.expiresAt = 0;
  }
}
