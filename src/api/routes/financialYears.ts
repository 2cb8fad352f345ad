import type { AppContext } from "../../app/context.js";
import { listFinancialYears } from "../../connectors/fortnox/index.js";
import { fail } from "../../core/index.js";
import { fortnoxClientFor } from "../../flows/fortnox/connection.js";
import { getConnection } from "../../store/repos/connections.js";
import { ConnectionParams, FortnoxFinancialYearList } from "../contract/index.js";
import { companyAccess } from "../tenancy.js";
import type { Api } from "../types.js";

/**
 * The financial years the connected Fortnox has, read live (one request of the connection's budget), so
 * the web app can offer "Fetch data" for a year that is not in the ledger yet. Read-only.
 */
export function financialYearRoutes(app: Api, ctx: AppContext): void {
  app.get(
    "/api/companies/:companyId/connections/:connectionId/financial-years",
    {
      schema: {
        tags: ["sync"],
        params: ConnectionParams,
        response: { 200: FortnoxFinancialYearList },
      },
    },
    async (req) => {
      const { companyId, connectionId } = req.params;
      await companyAccess(ctx, req, companyId);
      const c =
        (await getConnection(ctx.db, companyId, connectionId)) ?? fail("not_found", { entity: "connection" });
      if (c.system !== "fortnox")
        fail("invalid_input", { detail: `a ${c.system} connection has no financial years` });
      if (c.state !== "active") fail("connection_needs_reauth", { connection: c.displayName });
      const years = await listFinancialYears(await fortnoxClientFor(ctx, c));
      return years
        .map((y) => ({ externalId: y.externalId, start: y.start, end: y.end }))
        .sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : 0));
    },
  );
}
