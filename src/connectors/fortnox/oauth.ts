/**
 * Fortnox OAuth2 (reference §1): authorization-code flow with access_type=offline, the service-account
 * variant (account_type=service) and its client-credentials grant with the TenantId header. The client
 * authenticates with HTTP Basic at the token endpoint. Tokens are never logged.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import { AppException, appError } from "../../core/index.js";
import type { FortnoxTokens } from "./ports.js";
import { parseFortnoxError } from "./upstreamError.js";

export interface FortnoxOAuthConfig {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly authorizeUrl: string;
  readonly tokenUrl: string;
  readonly fetch?: typeof fetch;
  readonly now?: () => number;
}

export interface AuthorizationRequest {
  readonly url: string;
  /** Keep it with the user's session; the callback must carry the same value. */
  readonly state: string;
}

export function createAuthorizationRequest(
  config: FortnoxOAuthConfig,
  options: { redirectUri: string; scopes: readonly string[]; serviceAccount?: boolean; state?: string },
): AuthorizationRequest {
  const state = options.state ?? randomBytes(24).toString("base64url");
  const q = new URLSearchParams({
    client_id: config.clientId,
    redirect_uri: options.redirectUri,
    scope: options.scopes.join(" "),
    state,
    access_type: "offline",
    response_type: "code",
  });
  if (options.serviceAccount) q.set("account_type", "service");
  // URLSearchParams writes spaces as "+"; Fortnox documents %20 between scopes (§1.1).
  return { url: `${config.authorizeUrl}?${q.toString().replaceAll("+", "%20")}`, state };
}

function sameState(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Checks the callback's state, then exchanges the code for the first token pair. */
export async function completeAuthorization(
  config: FortnoxOAuthConfig,
  callback: { code?: string; state?: string; error?: string; error_description?: string },
  expected: { state: string; redirectUri: string },
): Promise<FortnoxTokens> {
  if (!callback.state || !sameState(callback.state, expected.state))
    throw new AppException(appError("oauth_state_invalid"));
  if (callback.error || !callback.code) {
    const upstreamMessage = callback.error_description ?? callback.error ?? "no code in the answer";
    throw new AppException(appError("fortnox_authorization_refused", { reason: "consent", upstreamMessage }));
  }
  const form = { grant_type: "authorization_code", code: callback.code, redirect_uri: expected.redirectUri };
  return tokenRequest(config, form, "authorization_code");
}

export function refreshTokens(config: FortnoxOAuthConfig, refreshToken: string): Promise<FortnoxTokens> {
  return tokenRequest(
    config,
    { grant_type: "refresh_token", refresh_token: refreshToken },
    "authorization_code",
  );
}

/** Service accounts only: needs a consent given once with account_type=service (§1.4). */
export function clientCredentials(config: FortnoxOAuthConfig, tenantId: string, scopes?: readonly string[]) {
  const form: Record<string, string> = { grant_type: "client_credentials" };
  if (scopes && scopes.length > 0) form.scope = scopes.join(" ");
  return tokenRequest(config, form, "client_credentials", tenantId);
}

/** A refused grant (used or expired refresh token, revoked consent): the connection needs re-auth. */
export class TokenRefusedError extends AppException {}

interface TokenAnswer {
  access_token?: unknown;
  refresh_token?: unknown;
  expires_in?: unknown;
  scope?: unknown;
}

async function tokenRequest(
  config: FortnoxOAuthConfig,
  form: Record<string, string>,
  grant: FortnoxTokens["grant"],
  tenantId?: string,
): Promise<FortnoxTokens> {
  const basic = Buffer.from(`${config.clientId}:${config.clientSecret}`).toString("base64");
  const headers: Record<string, string> = {
    Authorization: `Basic ${basic}`,
    "Content-Type": "application/x-www-form-urlencoded",
    Accept: "application/json",
  };
  if (tenantId) headers.TenantId = tenantId;
  let res: Response;
  try {
    res = await (config.fetch ?? fetch)(config.tokenUrl, {
      method: "POST",
      headers,
      body: new URLSearchParams(form).toString(),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (e) {
    // No answer: whether Fortnox rotated the refresh token is unknown; the caller may try again.
    throw new AppException(
      appError("upstream_unavailable", { system: "Fortnox", status: "no answer" }, { error: String(e) }),
    );
  }
  const text = await res.text();
  if (res.status >= 500) {
    throw new AppException(appError("upstream_unavailable", { system: "Fortnox", status: res.status }));
  }
  if (!res.ok) {
    const info = parseFortnoxError(res.status, text);
    const params = { reason: form.grant_type ?? "token", upstreamMessage: info.message };
    throw new TokenRefusedError(appError("fortnox_authorization_refused", params, { status: res.status }));
  }
  return readTokenAnswer(JSON.parse(text) as TokenAnswer, grant, config.now ?? Date.now, tenantId);
}

function readTokenAnswer(
  a: TokenAnswer,
  grant: FortnoxTokens["grant"],
  now: () => number,
  tenantId?: string,
) {
  if (typeof a.access_token !== "string" || typeof a.expires_in !== "number") {
    const detail = "no access_token or expires_in";
    throw new AppException(
      appError("upstream_response_invalid", { system: "Fortnox", entity: "token", detail }),
    );
  }
  const issued = now();
  const tokens: FortnoxTokens = {
    grant,
    accessToken: a.access_token,
    accessTokenExpiresAt: issued + a.expires_in * 1000,
    scopes: typeof a.scope === "string" ? a.scope.split(" ").filter(Boolean) : [],
    ...(typeof a.refresh_token === "string"
      ? { refreshToken: a.refresh_token, refreshTokenIssuedAt: issued }
      : {}),
    ...(tenantId ? { tenantId } : {}),
  };
  return tokens;
}
