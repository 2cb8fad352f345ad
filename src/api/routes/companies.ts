import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { fail } from "../../core/index.js";
import {
  createCompany,
  getCompany,
  listCompaniesOfUser,
  updateCompany,
} from "../../store/repos/companies.js";
import { requirePrincipal, requireUser } from "../auth/principal.js";
import { Company, CompanyParams, CreateCompanyRequest, UpdateCompanyRequest } from "../contract/index.js";
import { companyAccess } from "../tenancy.js";
import type { Api } from "../types.js";

export function companyRoutes(app: Api, ctx: AppContext): void {
  const tags = ["companies"];
  app.get("/api/companies", { schema: { tags, response: { 200: z.array(Company) } } }, async (req) => {
    const p = requirePrincipal(req);
    if (p.kind === "token")
      return [(await getCompany(ctx.db, p.companyId)) ?? fail("not_found", { entity: "company" })];
    return (await listCompaniesOfUser(ctx.db, p.user.id)).map(({ role: _role, ...c }) => c);
  });

  app.post(
    "/api/companies",
    { schema: { tags, body: CreateCompanyRequest, response: { 200: Company } } },
    async (req) => {
      const p = requireUser(req);
      return ctx.db.transaction((tx) =>
        createCompany(tx, { name: req.body.name, orgNumber: req.body.orgNumber, ownerId: p.user.id }),
      );
    },
  );

  app.get(
    "/api/companies/:companyId",
    { schema: { tags, params: CompanyParams, response: { 200: Company } } },
    async (req) => {
      await companyAccess(ctx, req, req.params.companyId);
      return (await getCompany(ctx.db, req.params.companyId)) ?? fail("not_found", { entity: "company" });
    },
  );

  app.patch(
    "/api/companies/:companyId",
    { schema: { tags, params: CompanyParams, body: UpdateCompanyRequest, response: { 200: Company } } },
    async (req) => {
      await companyAccess(ctx, req, req.params.companyId, "admin", "change the company");
      return (
        (await updateCompany(ctx.db, req.params.companyId, req.body)) ??
        fail("not_found", { entity: "company" })
      );
    },
  );
}
