import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { getCompanyInformation, probeFeatures } from "../../connectors/fortnox/index.js";
import { appError, fail, isAppException } from "../../core/index.js";
import { completeActivation, describeLink, startAuthorization } from "../../flows/fortnox/activation.js";
import { fortnoxClientFor } from "../../flows/fortnox/connection.js";
import { createActivationLink, listOpenLinks, revokeLink } from "../../store/repos/activationLinks.js";
import { getConnection } from "../../store/repos/connections.js";
import {
  ActivationInfo,
  ActivationLink,
  ActivationLinkParams,
  ActivationTokenParams,
  AuthorizeAnswer,
  CompanyParams,
  ConnectionParams,
  CreateActivationLinkRequest,
  Preflight,
} from "../contract/index.js";
import { companyAccess } from "../tenancy.js";
import type { Api } from "../types.js";

const CallbackQuery = z.object({
  code: z.string().max(2000).optional(),
  state: z.string().max(200).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(2000).optional(),
});

export function activationRoutes(app: Api, ctx: AppContext): void {
  const tags = ["connections"];
  const base = "/api/companies/:companyId/activation-links";

  app.post(
    base,
    {
      schema: {
        tags,
        params: CompanyParams,
        body: CreateActivationLinkRequest,
        response: { 200: ActivationLink },
      },
    },
    async (req) => {
      const access = await companyAccess(ctx, req, req.params.companyId, "admin", "create activation links");
      if (
        req.body.connectionId &&
        !(await getConnection(ctx.db, req.params.companyId, req.body.connectionId))
      ) {
        fail("not_found", { entity: "connection" });
      }
      const { link, token } = await createActivationLink(ctx.db, {
        companyId: req.params.companyId,
        system: req.body.system,
        connectionId: req.body.connectionId ?? null,
        displayName: req.body.displayName,
        serviceAccount: req.body.serviceAccount,
        createdBy: access.userId,
      });
      const { companyId: _c, usedAt: _u, ...view } = link;
      return { ...view, url: `${ctx.publicUrl}/activate/${token}` };
    },
  );

  app.get(
    base,
    { schema: { tags, params: CompanyParams, response: { 200: z.array(ActivationLink) } } },
    async (req) => {
      await companyAccess(ctx, req, req.params.companyId, "admin", "see activation links");
      return (await listOpenLinks(ctx.db, req.params.companyId)).map(
        ({ companyId: _c, usedAt: _u, ...l }) => l,
      );
    },
  );

  app.delete(`${base}/:linkId`, { schema: { tags, params: ActivationLinkParams } }, async (req, reply) => {
    await companyAccess(ctx, req, req.params.companyId, "admin", "revoke activation links");
    if (!(await revokeLink(ctx.db, req.params.companyId, req.params.linkId)))
      fail("not_found", { entity: "activation link" });
    return reply.code(204).send();
  });

  app.get(
    "/api/activations/:token",
    { schema: { tags, params: ActivationTokenParams, response: { 200: ActivationInfo } } },
    async (req) => describeLink(ctx, req.params.token),
  );

  app.post(
    "/api/activations/:token/authorize",
    { schema: { tags, params: ActivationTokenParams, response: { 200: AuthorizeAnswer } } },
    async (req) => ({
      authorizeUrl: await startAuthorization(ctx, req.params.token),
    }),
  );

  // Fortnox sends the browser here. The answer is a redirect to a page of the web app, never an error page.
  app.get(
    "/api/oauth/fortnox/callback",
    { schema: { tags, querystring: CallbackQuery } },
    async (req, reply) => {
      try {
        const done = await completeActivation(ctx, req.query);
        const q = new URLSearchParams({
          status: "ok",
          company: done.companyId,
          connection: done.connectionId,
          name: done.companyName,
        });
        return reply.redirect(`/activation-result?${q}`);
      } catch (e) {
        const error = isAppException(e) ? e.error : appError("internal_error", { ref: "activation" });
        if (!isAppException(e)) req.log.error({ err: e }, "activation failed");
        return reply.redirect(
          `/activation-result?${new URLSearchParams({ status: "error", code: error.code, message: error.message })}`,
        );
      }
    },
  );

  app.get(
    "/api/companies/:companyId/connections/:connectionId/preflight",
    { schema: { tags, params: ConnectionParams, response: { 200: Preflight } } },
    async (req) => {
      await companyAccess(ctx, req, req.params.companyId);
      const c =
        (await getConnection(ctx.db, req.params.companyId, req.params.connectionId)) ??
        fail("not_found", { entity: "connection" });
      if (c.system !== "fortnox")
        fail("invalid_input", { detail: `a ${c.system} connection has no preflight` });
      const client = await fortnoxClientFor(ctx, c);
      const info = await getCompanyInformation(client);
      return {
        companyName: info.name,
        orgNumber: info.orgNumber ?? null,
        features: await probeFeatures(client),
      };
    },
  );
}
