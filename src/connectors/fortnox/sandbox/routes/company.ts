/** Company information and financial years. */
import type { FastifyInstance } from "fastify";
import type { SandboxContext } from "../context.js";
import { FxError, pagedList, query, type Raw, withUrl } from "../wire.js";

export function registerCompanyRoutes(app: FastifyInstance, ctx: SandboxContext) {
  app.get("/3/companyinformation", { config: { scope: "companyinformation" } }, async (req) => {
    const c = req.fx.tenant.company;
    return {
      CompanyInformation: {
        Address: c.address,
        City: c.city,
        CompanyName: c.name,
        CountryCode: "SE",
        DatabaseNumber: c.databaseNumber,
        OrganizationNumber: c.orgNumber,
        VisitAddress: c.address,
        VisitCity: c.city,
        VisitCountryCode: "SE",
        VisitZipCode: c.zip,
        ZipCode: c.zip,
      },
    };
  });

  const fyRaw = (fy: { id: number; from: string; to: string }): Raw =>
    withUrl(ctx.baseUrl, `/3/financialyears/${fy.id}`, {
      Id: fy.id,
      FromDate: fy.from,
      ToDate: fy.to,
      AccountChartType: "BAS 2014",
      AccountingMethod: "ACCRUAL",
    });

  app.get("/3/financialyears", { config: { scope: "bookkeeping" } }, async (req) => {
    const q = query(req);
    const date = q.date;
    const all = req.fx.tenant.company.fiscalYears.filter((fy) => !date || (fy.from <= date && date <= fy.to));
    return pagedList(q, "FinancialYears", all.map(fyRaw), (r) => r);
  });

  app.get("/3/financialyears/:id", { config: { scope: "bookkeeping" } }, async (req) => {
    const id = Number((req.params as { id: string }).id);
    const fy = req.fx.tenant.company.fiscalYears.find((f) => f.id === id);
    if (!fy) throw new FxError(404, 2000729, "Räkenskapsåret hittades inte.");
    return { FinancialYear: fyRaw(fy) };
  });
}
