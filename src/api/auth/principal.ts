/**
 * Who is calling: a user with a session cookie, or a script with an API token bound to one company.
 * Resolved once per request, before any handler runs.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { AppContext } from "../../app/context.js";
import { fail } from "../../core/index.js";
import { authenticateApiToken } from "../../store/repos/apiTokens.js";
import type { Role } from "../../store/repos/companies.js";
import { findSession } from "../../store/repos/sessions.js";
import { getUser, type User } from "../../store/repos/users.js";
import { SESSION_COOKIE } from "./cookies.js";

export type Principal =
  | { readonly kind: "user"; readonly user: User; readonly csrfToken: string; readonly sessionToken: string }
  | { readonly kind: "token"; readonly tokenId: string; readonly companyId: string; readonly role: Role };

declare module "fastify" {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

async function resolve(ctx: AppContext, req: FastifyRequest): Promise<Principal | null> {
  const auth = req.headers.authorization;
  if (auth?.startsWith("Bearer ")) {
    const token = await authenticateApiToken(ctx.db, auth.slice(7).trim());
    if (!token) fail("unauthenticated");
    return { kind: "token", tokenId: token.id, companyId: token.companyId, role: token.role };
  }
  const cookie = req.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const session = await findSession(ctx.db, cookie);
  if (!session) return null;
  const user = await getUser(ctx.db, session.userId);
  return user ? { kind: "user", user, csrfToken: session.csrfToken, sessionToken: cookie } : null;
}

export function installPrincipal(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest("principal", null);
  // onRequest, before body parsing and validation: who the caller is decides what they may learn.
  app.addHook("onRequest", async (req) => {
    req.principal = await resolve(ctx, req);
  });
}

export function requirePrincipal(req: FastifyRequest): Principal {
  if (!req.principal) fail("unauthenticated");
  return req.principal;
}

export function requireUser(req: FastifyRequest): Extract<Principal, { kind: "user" }> {
  const p = requirePrincipal(req);
  if (p.kind !== "user")
    fail("forbidden_role", { role: "api token", action: "do this (it needs a person logged in)" });
  return p;
}
