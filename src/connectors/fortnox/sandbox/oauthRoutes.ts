/** /oauth-v1/auth (login, company choice, consent) and /oauth-v1/token (reference §1, §9). */
import { randomBytes } from "node:crypto";
import type { FastifyInstance, FastifyReply } from "fastify";
import { fortnoxManifest } from "../manifest.js";
import type { AuthState, SandboxUser } from "./authState.js";
import { consentPage, errorPage, loginPage } from "./consentPage.js";

interface AuthParams {
  readonly redirectUri: string;
  readonly state: string;
  readonly scopes: readonly string[];
  readonly service: boolean;
  user?: SandboxUser;
}

const KNOWN_SCOPES = new Set<string>([...fortnoxManifest.scopes, "profile", "currency", "payment"]);

type Body = Record<string, string | undefined>;

export function registerOAuthRoutes(
  app: FastifyInstance,
  auth: AuthState,
  companies: { tenantId: string; name: string }[],
) {
  const tickets = new Map<string, AuthParams>();
  const html = (reply: FastifyReply, status: number, body: string) =>
    reply.code(status).type("text/html; charset=utf-8").send(body);

  app.get("/oauth-v1/auth", async (req, reply) => {
    const q = req.query as Body;
    if (q.client_id !== auth.clientId)
      return html(reply, 400, errorPage("Auth code or ClientID supplied is invalid"));
    if (q.response_type !== "code" || !q.state || !q.scope || !q.redirect_uri) {
      return html(reply, 400, errorPage("response_type=code, state, scope and redirect_uri are required"));
    }
    const scopes = q.scope.split(" ").filter(Boolean);
    const unknown = scopes.filter((s) => !KNOWN_SCOPES.has(s));
    if (unknown.length > 0) return html(reply, 400, errorPage(`Unknown scope: ${unknown.join(", ")}`));
    const ticket = randomBytes(16).toString("base64url");
    const service = q.account_type === "service";
    tickets.set(ticket, { redirectUri: q.redirect_uri, state: q.state, scopes, service });
    return html(reply, 200, loginPage(ticket));
  });

  app.post("/oauth-v1/auth/login", async (req, reply) => {
    const b = req.body as Body;
    const t = tickets.get(b.ticket ?? "");
    if (!t) return html(reply, 400, errorPage("The login has expired. Start again from the application."));
    const user = auth.users.find((u) => u.username === b.username && u.password === b.password);
    if (!user) return html(reply, 401, loginPage(b.ticket!, "Fel användarnamn eller lösenord."));
    t.user = user;
    const mine = companies.filter((c) => user.tenantIds.includes(c.tenantId));
    return html(reply, 200, consentPage(b.ticket!, user.name, mine, t.scopes, t.service));
  });

  app.post("/oauth-v1/auth/approve", async (req, reply) => {
    const b = req.body as Body;
    const t = tickets.get(b.ticket ?? "");
    if (!t?.user)
      return html(reply, 400, errorPage("The login has expired. Start again from the application."));
    tickets.delete(b.ticket!);
    const back = new URL(t.redirectUri);
    back.searchParams.set("state", t.state);
    const tenantId = b.tenantId ?? "";
    if (b.decision !== "approve" || !t.user.tenantIds.includes(tenantId)) {
      back.searchParams.set("error", "access_denied");
      back.searchParams.set("error_description", "The user did not approve the integration");
    } else if (t.service && !t.user.sysadminOf.includes(tenantId)) {
      back.searchParams.set("error", "access_denied");
      back.searchParams.set("error_description", "Only a system administrator can approve a service account");
    } else {
      const consentId = auth.consent(tenantId, t.scopes, t.service);
      back.searchParams.set("code", auth.issueCode(consentId, t.redirectUri));
    }
    return reply.redirect(back.toString(), 302);
  });

  app.post("/oauth-v1/token", async (req, reply) =>
    tokenEndpoint(auth, req.headers, req.body as Body, reply),
  );
}

function basicClient(header: string | undefined): [string, string] | undefined {
  const m = /^Basic\s+(.+)$/i.exec(header ?? "");
  if (!m) return undefined;
  const text = Buffer.from(m[1]!, "base64").toString("utf8");
  const i = text.indexOf(":");
  return i < 0 ? undefined : [text.slice(0, i), text.slice(i + 1)];
}

function tokenEndpoint(auth: AuthState, headers: Record<string, unknown>, b: Body, reply: FastifyReply) {
  const refuse = (status: number, error: string, description: string) =>
    reply.code(status).send({ error, error_description: description });
  const client = basicClient(headers.authorization as string | undefined);
  if (!client || client[0] !== auth.clientId || client[1] !== auth.clientSecret) {
    return refuse(401, "invalid_client", "Client authentication failed");
  }
  if (b.grant_type === "authorization_code") {
    const consent = auth.redeemCode(b.code ?? "", b.redirect_uri);
    if (!consent) return refuse(400, "invalid_grant", "Invalid authorization code");
    return reply.send(auth.issueTokens(consent, true));
  }
  if (b.grant_type === "refresh_token") {
    const consent = auth.redeemRefresh(b.refresh_token ?? "");
    if (!consent) return refuse(400, "invalid_grant", "Invalid refresh token");
    return reply.send(auth.issueTokens(consent, true));
  }
  if (b.grant_type === "client_credentials") {
    const tenantId = headers.tenantid as string | undefined;
    if (!tenantId) return refuse(400, "invalid_request", "TenantId header missing");
    const consent = auth.serviceConsent(tenantId);
    if (!consent) return refuse(400, "invalid_grant", "No service-account consent for this tenant");
    return reply.send(auth.issueTokens(consent, false));
  }
  return refuse(400, "unsupported_grant_type", `Unsupported grant_type ${b.grant_type ?? ""}`);
}
