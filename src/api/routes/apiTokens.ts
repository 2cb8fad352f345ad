import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { fail } from "../../core/index.js";
import { createApiToken, listApiTokens, revokeApiToken } from "../../store/repos/apiTokens.js";
import {
  ApiToken,
  ApiTokenParams,
  CompanyParams,
  CreateApiTokenRequest,
  CreatedApiToken,
} from "../contract/index.js";
import { atLeast, companyAccess } from "../tenancy.js";
import type { Api } from "../types.js";

export function apiTokenRoutes(app: Api, ctx: AppContext): void {
  const tags = ["api tokens"];
  const base = "/api/companies/:companyId/api-tokens";

  app.get(
    base,
    { schema: { tags, params: CompanyParams, response: { 200: z.array(ApiToken) } } },
    async (req) => {
      await companyAccess(ctx, req, req.params.companyId, "admin", "see API tokens");
      return listApiTokens(ctx.db, req.params.companyId);
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        params: CompanyParams,
        body: CreateApiTokenRequest,
        response: { 200: CreatedApiToken },
      },
    },
    async (req) => {
      const access = await companyAccess(ctx, req, req.params.companyId, "admin", "create API tokens");
      // A token never gets more than its creator has.
      if (!atLeast(access.role, req.body.role))
        fail("forbidden_role", { role: access.role, action: `create ${req.body.role} tokens` });
      return createApiToken(ctx.db, {
        companyId: req.params.companyId,
        name: req.body.name,
        role: req.body.role,
        createdBy: access.userId,
      });
    },
  );

  app.delete(`${base}/:tokenId`, { schema: { tags, params: ApiTokenParams } }, async (req, reply) => {
    await companyAccess(ctx, req, req.params.companyId, "admin", "revoke API tokens");
    if (!(await revokeApiToken(ctx.db, req.params.companyId, req.params.tokenId)))
      fail("not_found", { entity: "API token" });
    return reply.code(204).send();
  });
}
