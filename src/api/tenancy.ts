/**
 * Company scoping. Every company route resolves the caller's role in the company first; a caller who is
 * not a member gets `not_found` — the same answer as for a company that does not exist, so ids cannot
 * be probed. Roles are ranked; a member without enough rank gets `forbidden_role`.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { AppContext } from "../app/context.js";
import { fail, isUuid } from "../core/index.js";
import type { Role } from "../store/repos/companies.js";
import { roleOf } from "../store/repos/memberships.js";
import { requirePrincipal } from "./auth/principal.js";

const RANK: Readonly<Record<Role, number>> = { viewer: 0, member: 1, admin: 2, owner: 3 };

export function atLeast(role: Role, min: Role): boolean {
  return RANK[role] >= RANK[min];
}

export interface CompanyAccess {
  readonly companyId: string;
  readonly role: Role;
  /** The acting user, or null for an API token. */
  readonly userId: string | null;
}

declare module "fastify" {
  interface FastifyRequest {
    companyRole: { companyId: string; role: Role } | null;
  }
}

async function roleFor(ctx: AppContext, req: FastifyRequest, companyId: string): Promise<Role | undefined> {
  if (req.companyRole?.companyId === companyId) return req.companyRole.role;
  const p = requirePrincipal(req);
  if (p.kind === "token") return p.companyId === companyId ? p.role : undefined;
  return isUuid(companyId) ? roleOf(ctx.db, companyId, p.user.id) : undefined;
}

/**
 * Every route with a `:companyId` parameter is checked here before its input is validated, so a
 * caller outside the company learns nothing, not even whether their body would have been valid.
 */
export function installTenancy(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest("companyRole", null);
  app.addHook("onRequest", async (req) => {
    const params = req.params as Record<string, string> | undefined;
    const companyId = params?.companyId;
    if (companyId === undefined) return;
    const role = await roleFor(ctx, req, companyId);
    if (!role) fail("not_found", { entity: "company" });
    req.companyRole = { companyId, role };
  });
}

export async function companyAccess(
  ctx: AppContext,
  req: FastifyRequest,
  companyId: string,
  min: Role = "viewer",
  action = "do this",
): Promise<CompanyAccess> {
  const p = requirePrincipal(req);
  const role = await roleFor(ctx, req, companyId);
  if (!role) fail("not_found", { entity: "company" });
  if (!atLeast(role, min)) fail("forbidden_role", { role, action });
  return { companyId, role, userId: p.kind === "user" ? p.user.id : null };
}
