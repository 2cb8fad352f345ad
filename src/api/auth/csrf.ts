/**
 * CSRF protection for cookie sessions: every state-changing request made with the session cookie must
 * carry the session's token in `x-csrf-token` (synchroniser token), and a cross-site `Origin` is refused
 * outright. Bearer-token calls carry no ambient credentials and need neither.
 */
import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { fail } from "../../core/index.js";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

function sameOrigin(req: FastifyRequest): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function installCsrf(app: FastifyInstance): void {
  app.addHook("preValidation", async (req) => {
    if (SAFE.has(req.method)) return;
    if (!sameOrigin(req)) fail("csrf_failed");
    const p = req.principal;
    if (p?.kind !== "user") return;
    const sent = req.headers["x-csrf-token"];
    if (typeof sent !== "string" || !tokensEqual(sent, p.csrfToken)) fail("csrf_failed");
  });
}
