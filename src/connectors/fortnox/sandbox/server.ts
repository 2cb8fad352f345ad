/** Builds the sandbox's Fastify app: parsers, the /3 guard, routes, and Fortnox-shaped errors. */
import Fastify, { type FastifyInstance } from "fastify";
import type { SandboxContext } from "./context.js";
import { type RateLimitOptions, registerGuard } from "./guard.js";
import { registerOAuthRoutes } from "./oauthRoutes.js";
import { registerAttachmentRoutes } from "./routes/attachments.js";
import { registerBookkeepingRoutes } from "./routes/bookkeeping.js";
import { registerCompanyRoutes } from "./routes/company.js";
import { registerFileConnectionRoutes } from "./routes/fileConnections.js";
import { registerFileRoutes } from "./routes/files.js";
import { registerInvoiceRoutes } from "./routes/invoices.js";
import { registerPaymentRoutes } from "./routes/payments.js";
import { registerRegisterRoutes } from "./routes/registers.js";
import { registerSieRoutes } from "./routes/sie.js";
import { FxError, fxError } from "./wire.js";

function registerParsers(app: FastifyInstance) {
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });
  // No multipart plugin is installed; the platform's Response parses multipart/form-data for us.
  app.addContentTypeParser("multipart/form-data", { parseAs: "buffer" }, (req, body, done) => {
    const headers = { "content-type": String(req.headers["content-type"]) };
    new Response(new Uint8Array(body as Buffer), { headers }).formData().then(
      (form) => done(null, form),
      (e: Error) => done(e),
    );
  });
}

export function buildSandboxApp(ctx: SandboxContext, rate: RateLimitOptions | undefined): FastifyInstance {
  // forceCloseConnections: close() must not wait for clients that keep sockets alive (tests, Ctrl-C).
  const app = Fastify({ logger: false, bodyLimit: 20 * 1024 * 1024, forceCloseConnections: true });
  registerParsers(app);
  app.setErrorHandler((error, _req, reply) => {
    if (error instanceof FxError) return fxError(reply, error.status, error.code, error.message);
    const e = error as { code?: string; statusCode?: number };
    if (
      e.code === "FST_ERR_CTP_INVALID_JSON_BODY" ||
      e.code === "FST_ERR_CTP_EMPTY_JSON_BODY" ||
      e.statusCode === 400
    ) {
      return fxError(reply, 400, 2002115, "Error deserializing JSON: JSON_ERROR_SYNTAX");
    }
    if (e.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE")
      return fxError(reply, 415, 1000031, "Invalid content type");
    return fxError(reply, 500, 1000003, "System exception");
  });
  app.setNotFoundHandler((_req, reply) => fxError(reply, 404, 2000762, "No such route"));
  registerGuard(app, ctx, rate);
  const companies = [...ctx.tenants.values()].map((t) => ({
    tenantId: t.company.tenantId,
    name: t.company.name,
  }));
  registerOAuthRoutes(app, ctx.auth, companies);
  registerCompanyRoutes(app, ctx);
  registerBookkeepingRoutes(app, ctx);
  registerSieRoutes(app, ctx);
  registerRegisterRoutes(app, ctx);
  registerInvoiceRoutes(app, ctx);
  registerPaymentRoutes(app, ctx);
  registerFileRoutes(app, ctx);
  registerFileConnectionRoutes(app, ctx);
  registerAttachmentRoutes(app);
  return app;
}
