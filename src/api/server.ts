/**
 * Builds the HTTP server: zod-validated routes, one error envelope, session and token auth, CSRF,
 * OpenAPI at /api/docs, and the web app. Every route registered is recorded in `routeTable` so the
 * tenant-isolation test can enumerate them.
 */
import fastifyCookie from "@fastify/cookie";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, type RouteOptions } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { AppContext } from "../app/context.js";
import { installCsrf } from "./auth/csrf.js";
import { installPrincipal } from "./auth/principal.js";
import { installErrorHandlers } from "./errors.js";
import { activationRoutes } from "./routes/activation.js";
import { apiTokenRoutes } from "./routes/apiTokens.js";
import { authRoutes } from "./routes/auth.js";
import { companyRoutes } from "./routes/companies.js";
import { connectionRoutes } from "./routes/connections.js";
import { documentRoutes } from "./routes/documents.js";
import { financialYearRoutes } from "./routes/financialYears.js";
import { healthRoutes, VERSION } from "./routes/health.js";
import { invitationRoutes } from "./routes/invitations.js";
import { ledgerRoutes } from "./routes/ledger.js";
import { memberRoutes } from "./routes/members.js";
import { partyRoutes } from "./routes/parties.js";
import { runRoutes } from "./routes/runs.js";
import { installStatic } from "./static.js";
import { installTenancy } from "./tenancy.js";
import type { Api } from "./types.js";

export type RouteRegistrar = (app: Api, ctx: AppContext) => void;

/** Flows add their route registrars here as they are built. */
const ROUTES: readonly RouteRegistrar[] = [
  healthRoutes,
  authRoutes,
  invitationRoutes,
  companyRoutes,
  memberRoutes,
  apiTokenRoutes,
  connectionRoutes,
  runRoutes,
  ledgerRoutes,
  activationRoutes,
  partyRoutes,
  documentRoutes,
  financialYearRoutes,
];

export interface BuiltServer {
  readonly app: FastifyInstance;
  readonly routeTable: readonly Pick<RouteOptions, "method" | "url">[];
}

export async function buildServer(
  ctx: AppContext,
  opts: { webRoot?: string; logger?: boolean } = {},
): Promise<BuiltServer> {
  const app = Fastify({
    loggerInstance: opts.logger === false ? undefined : ctx.log,
    trustProxy: ctx.config.LEDGERBRIDGE_TRUST_PROXY,
    bodyLimit: 1_048_576,
  } as Parameters<typeof Fastify>[0]) as unknown as FastifyInstance;
  const routeTable: Pick<RouteOptions, "method" | "url">[] = [];
  app.addHook("onRoute", (r) => {
    routeTable.push({ method: r.method, url: r.url });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandlers(app);
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "Ledgerbridge API",
        version: VERSION,
        description: 'Errors: {"error":{"code","message","details"}}',
      },
      components: {
        securitySchemes: {
          bearer: { type: "http", scheme: "bearer" },
          session: { type: "apiKey", in: "cookie", name: "lb_session" },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });
  installPrincipal(app, ctx);
  installCsrf(app);
  installTenancy(app, ctx);
  const api = app.withTypeProvider<ZodTypeProvider>() as unknown as Api;
  for (const register of ROUTES) register(api, ctx);
  await installStatic(app, opts.webRoot);
  await app.ready();
  return { app, routeTable };
}
