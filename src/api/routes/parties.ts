import type { AppContext } from "../../app/context.js";
import { listParties } from "../../store/repos/parties.js";
import { CompanyParams, PartiesQuery, PartyList } from "../contract/index.js";
import { companyAccess } from "../tenancy.js";
import type { Api } from "../types.js";

/** Suppliers and customers copied from the company's connected systems by the sync. */
export function partyRoutes(app: Api, ctx: AppContext): void {
  app.get(
    "/api/companies/:companyId/parties",
    {
      schema: {
        tags: ["ledger"],
        params: CompanyParams,
        querystring: PartiesQuery,
        response: { 200: PartyList },
      },
    },
    async (req) => {
      await companyAccess(ctx, req, req.params.companyId);
      const { items, total } = await listParties(ctx.db, req.params.companyId, req.query.kind, req.query);
      return { items, total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );
}
