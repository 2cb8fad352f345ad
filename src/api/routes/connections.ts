import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { CONNECTION_TRANSITIONS, checkTransition, fail } from "../../core/index.js";
import {
  createConnection,
  deleteConnection,
  getConnection,
  listConnections,
  renameConnection,
  setConnectionState,
} from "../../store/repos/connections.js";
import {
  CompanyParams,
  Connection,
  ConnectionParams,
  CreateConnectionRequest,
  UpdateConnectionRequest,
} from "../contract/index.js";
import { companyAccess } from "../tenancy.js";
import type { Api } from "../types.js";

/** What the API shows of a connection: never its secret, only whether it has one. */
function publicView(c: Awaited<ReturnType<typeof getConnection>> & object) {
  const { companyId: _c, ...rest } = c;
  return { ...rest, system: rest.system as z.infer<typeof Connection>["system"] };
}

export function connectionRoutes(app: Api, ctx: AppContext): void {
  const tags = ["connections"];
  const base = "/api/companies/:companyId/connections";

  app.get(
    base,
    { schema: { tags, params: CompanyParams, response: { 200: z.array(Connection) } } },
    async (req) => {
      await companyAccess(ctx, req, req.params.companyId);
      return (await listConnections(ctx.db, req.params.companyId)).map(publicView);
    },
  );

  app.post(
    base,
    { schema: { tags, params: CompanyParams, body: CreateConnectionRequest, response: { 200: Connection } } },
    async (req) => {
      await companyAccess(ctx, req, req.params.companyId, "admin", "add connections");
      const c = await createConnection(ctx.db, { companyId: req.params.companyId, ...req.body });
      return publicView(c);
    },
  );

  app.get(
    `${base}/:connectionId`,
    { schema: { tags, params: ConnectionParams, response: { 200: Connection } } },
    async (req) => {
      await companyAccess(ctx, req, req.params.companyId);
      const c = await getConnection(ctx.db, req.params.companyId, req.params.connectionId);
      return publicView(c ?? fail("not_found", { entity: "connection" }));
    },
  );

  app.patch(
    `${base}/:connectionId`,
    {
      schema: {
        tags,
        params: ConnectionParams,
        body: UpdateConnectionRequest,
        response: { 200: Connection },
      },
    },
    async (req) => {
      const { companyId, connectionId } = req.params;
      await companyAccess(ctx, req, companyId, "admin", "change connections");
      const c =
        (await getConnection(ctx.db, companyId, connectionId)) ?? fail("not_found", { entity: "connection" });
      if (req.body.state) {
        const t = checkTransition("connection", CONNECTION_TRANSITIONS, c.state, req.body.state);
        if (!t.ok) fail(t.error.code, { entity: "connection", from: c.state, to: req.body.state });
        await setConnectionState(ctx.db, companyId, connectionId, t.value);
      }
      if (req.body.displayName) await renameConnection(ctx.db, companyId, connectionId, req.body.displayName);
      return publicView((await getConnection(ctx.db, companyId, connectionId))!);
    },
  );

  app.delete(`${base}/:connectionId`, { schema: { tags, params: ConnectionParams } }, async (req, reply) => {
    await companyAccess(ctx, req, req.params.companyId, "admin", "remove connections");
    if (!(await deleteConnection(ctx.db, req.params.companyId, req.params.connectionId))) {
      fail("not_found", { entity: "connection" });
    }
    return reply.code(204).send();
  });
}
