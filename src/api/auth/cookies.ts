import type { FastifyReply, FastifyRequest } from "fastify";
import { SESSION_TTL_MS } from "../../store/repos/sessions.js";

export const SESSION_COOKIE = "lb_session";

/** HttpOnly, SameSite=Lax, and Secure whenever the request came over TLS (directly or via a trusted proxy). */
export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: req.protocol === "https",
    path: "/",
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  });
}

export function clearSessionCookie(req: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: req.protocol === "https",
  });
}
