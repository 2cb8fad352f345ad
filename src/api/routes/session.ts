import type { FastifyReply, FastifyRequest } from "fastify";
import type { AppContext } from "../../app/context.js";
import { listCompaniesOfUser } from "../../store/repos/companies.js";
import { createSession } from "../../store/repos/sessions.js";
import type { User } from "../../store/repos/users.js";
import { setSessionCookie } from "../auth/cookies.js";
import type { Session } from "../contract/index.js";

export async function sessionBody(ctx: AppContext, user: User, csrfToken: string): Promise<Session> {
  const companies = await listCompaniesOfUser(ctx.db, user.id);
  return {
    user: { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin },
    companies: companies.map((c) => ({ id: c.id, name: c.name, role: c.role, demo: c.demo })),
    csrfToken,
  };
}

/** Starts a session for the user: the cookie is set and the session body returned. */
export async function startSession(
  ctx: AppContext,
  req: FastifyRequest,
  reply: FastifyReply,
  user: User,
): Promise<Session> {
  const { token, csrfToken } = await createSession(ctx.db, user.id);
  setSessionCookie(req, reply, token);
  return sessionBody(ctx, user, csrfToken);
}
