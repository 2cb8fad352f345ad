/**
 * Walks the sandbox's login and consent pages over HTTP as a user would (demo mode and tests): the
 * connector builds the authorize URL, this fills in the forms, and the connector completes the flow.
 */
import { completeAuthorization, createAuthorizationRequest, type FortnoxOAuthConfig } from "../oauth.js";
import type { FortnoxTokens } from "../ports.js";
import type { FortnoxSandbox } from "./index.js";

export interface ConsentChoice {
  readonly username: string;
  readonly password?: string;
  /** The company an accounting-firm user picks; the first one offered when absent. */
  readonly tenantId?: string;
  readonly scopes: readonly string[];
  readonly serviceAccount?: boolean;
  readonly approve?: boolean;
}

export function sandboxOAuthConfig(sb: FortnoxSandbox): FortnoxOAuthConfig {
  return {
    clientId: sb.clientId,
    clientSecret: sb.clientSecret,
    authorizeUrl: `${sb.url}/oauth-v1/auth`,
    tokenUrl: `${sb.url}/oauth-v1/token`,
  };
}

const form = (fields: Record<string, string>) => ({
  method: "POST",
  redirect: "manual" as const,
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

/** Follows the pages and answers the redirect's query (code and state, or error). */
export async function consentInSandbox(sb: FortnoxSandbox, authorizeUrl: string, c: ConsentChoice) {
  const page = await (await fetch(authorizeUrl)).text();
  const ticket = /name="ticket" value="([^"]+)"/.exec(page)?.[1];
  if (!ticket) throw new Error(`the authorize page offered no login: ${page.slice(0, 200)}`);
  const login = await fetch(
    `${sb.url}/oauth-v1/auth/login`,
    form({ ticket, username: c.username, password: c.password ?? "demo" }),
  );
  const consent = await login.text();
  if (login.status !== 200) throw new Error(`login refused (${login.status})`);
  const offered = [...consent.matchAll(/name="tenantId" value="([^"]+)"/g)].map((m) => m[1]!);
  const tenantId = c.tenantId ?? offered[0] ?? "";
  const answer = await fetch(
    `${sb.url}/oauth-v1/auth/approve`,
    form({ ticket, tenantId, decision: c.approve === false ? "deny" : "approve" }),
  );
  const location = answer.headers.get("location");
  if (!location) throw new Error(`no redirect after consent (${answer.status})`);
  return Object.fromEntries(new URL(location).searchParams) as Record<string, string>;
}

/** The whole authorization-code flow against the sandbox, ending with the first token pair. */
export async function authorizeInSandbox(sb: FortnoxSandbox, c: ConsentChoice): Promise<FortnoxTokens> {
  const config = sandboxOAuthConfig(sb);
  const redirectUri = "http://127.0.0.1/fortnox/callback";
  const req = createAuthorizationRequest(config, {
    redirectUri,
    scopes: c.scopes,
    ...(c.serviceAccount ? { serviceAccount: true } : {}),
  });
  const callback = await consentInSandbox(sb, req.url, c);
  return completeAuthorization(config, callback, { state: req.state, redirectUri });
}
