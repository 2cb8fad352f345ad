/**
 * What runs before every /3 route, in the order the real service seems to apply it: faults, the Accept
 * header (1000030, reference §0), the bearer token (401), the sliding window (429), then scope (2000663)
 * and licence (2001101) per route.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { SandboxContext } from "./context.js";
import { WindowLimiter } from "./faults.js";
import { fxError } from "./wire.js";

export interface RateLimitOptions {
  readonly limit: number;
  readonly windowMs: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function acceptable(accept: string | undefined): boolean {
  if (!accept) return true;
  return accept
    .split(",")
    .some((a) => /^(application\/json|\*\/\*|application\/\*)(?=$|[;\s])/.test(a.trim()));
}

export function registerGuard(app: FastifyInstance, ctx: SandboxContext, rate: RateLimitOptions | undefined) {
  const window = rate ? new WindowLimiter(rate.limit, rate.windowMs) : undefined;
  app.decorateRequest("fx", null as unknown as FastifyRequest["fx"]);

  app.addHook("onRequest", async (req, reply) => {
    if (!req.url.startsWith("/3/") && !req.url.startsWith("/api/")) return;
    ctx.stats.apiRequests += 1;
    const prefix = req.url.split(/[/?]/).slice(0, 3).join("/");
    ctx.stats.byPath.set(prefix, (ctx.stats.byPath.get(prefix) ?? 0) + 1);
    if (await applyFaults(ctx, req, reply)) return reply;
    if (!acceptable(req.headers.accept)) return fxError(reply, 406, 1000030, "Invalid response type");
    const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "");
    const grant = m ? ctx.auth.check(m[1]!) : "unknown";
    if (typeof grant === "string") {
      // The gateway answers a bare {"message"} for token problems (reference §4, SW ErrorHandler).
      return reply.code(401).send({ message: grant === "revoked" ? "Consent revoked" : "Unauthorized" });
    }
    if (window && !window.allow(`${ctx.auth.clientId}:${grant.tenantId}`, ctx.now())) {
      ctx.stats.rateLimited += 1;
      return reply.code(429).send({ message: "Too Many Requests" });
    }
    req.fx = { tenant: ctx.tenants.get(grant.tenantId)!, scopes: grant.scopes };
  });

  app.addHook("preHandler", async (req, reply) => {
    const scope = req.routeOptions.config?.scope;
    if (!scope || !req.fx) return;
    if (!req.fx.scopes.includes(scope)) {
      return fxError(reply, 403, 2000663, `Har inte behörighet för scope (${scope}).`);
    }
    if (!req.fx.tenant.company.licences.has(scope)) {
      return fxError(reply, 403, 2001101, "Det finns ingen aktiv licens för önskat scope");
    }
  });
}

async function applyFaults(ctx: SandboxContext, req: FastifyRequest, reply: FastifyReply): Promise<boolean> {
  const f = ctx.faults;
  if (f.dropConnections > 0) {
    f.dropConnections -= 1;
    reply.hijack();
    req.raw.socket.destroy();
    return true;
  }
  if (f.delayMs > 0) await sleep(f.delayMs);
  if (f.rateLimitStorm > 0) {
    f.rateLimitStorm -= 1;
    reply.code(429).send({ message: "Too Many Requests" });
    return true;
  }
  if (f.okWithError > 0) {
    f.okWithError -= 1;
    fxError(reply, 200, 1000003, "System exception");
    return true;
  }
  if (f.serverErrors > 0) {
    f.serverErrors -= 1;
    fxError(reply, f.serverErrorStatus, 1000003, "System exception");
    return true;
  }
  return false;
}
