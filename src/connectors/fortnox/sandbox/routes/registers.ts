/** Master-data registers: list, single, and create for those the connector writes. */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { SandboxContext } from "../context.js";
import type { Register } from "../state/register.js";
import type { TenantState } from "../state/tenant.js";
import { FxError, pagedList, pick, query, type Raw, sinceOf, withUrl } from "../wire.js";
import { createArticle, createCustomer, createProject, createUnit } from "./registerWrites.js";

interface RegisterSpec {
  readonly path: string;
  readonly scope: string;
  readonly listKey: string;
  readonly singleKey: string;
  readonly register: (t: TenantState) => Register;
  readonly listFields: readonly string[];
  readonly notFound: string;
  readonly create?: (t: TenantState, body: Raw, now: number) => Raw;
}

const SPECS: readonly RegisterSpec[] = [
  {
    path: "/3/suppliers",
    scope: "supplier",
    listKey: "Suppliers",
    singleKey: "Supplier",
    register: (t) => t.suppliers,
    notFound: "Kan inte hitta leverantören.",
    listFields: [
      "Active",
      "Address1",
      "Address2",
      "BG",
      "City",
      "CountryCode",
      "Currency",
      "Email",
      "Name",
      "OrganisationNumber",
      "PG",
      "Phone",
      "SupplierNumber",
      "ZipCode",
    ],
  },
  {
    path: "/3/customers",
    scope: "customer",
    listKey: "Customers",
    singleKey: "Customer",
    register: (t) => t.customers,
    notFound: "Kan inte hitta kunden.",
    listFields: [
      "Address1",
      "Address2",
      "City",
      "CustomerNumber",
      "Email",
      "Name",
      "OrganisationNumber",
      "Phone",
      "ZipCode",
    ],
    create: createCustomer,
  },
  {
    path: "/3/articles",
    scope: "article",
    listKey: "Articles",
    singleKey: "Article",
    register: (t) => t.articles,
    notFound: "Kan inte hitta artikeln.",
    listFields: [
      "ArticleNumber",
      "Description",
      "EAN",
      "Housework",
      "QuantityInStock",
      "StockPlace",
      "Unit",
      "WebshopArticle",
    ],
    create: createArticle,
  },
  {
    path: "/3/units",
    scope: "settings",
    listKey: "Units",
    singleKey: "Unit",
    register: (t) => t.units,
    notFound: "Kan inte hitta enheten.",
    listFields: ["Code", "CodeEnglish", "Description"],
    create: createUnit,
  },
  {
    path: "/3/projects",
    scope: "project",
    listKey: "Projects",
    singleKey: "Project",
    register: (t) => t.projects,
    notFound: "Kan inte hitta projektet.",
    listFields: ["Description", "EndDate", "ProjectLeader", "ProjectNumber", "StartDate", "Status"],
    create: createProject,
  },
  {
    path: "/3/costcenters",
    scope: "costcenter",
    listKey: "CostCenters",
    singleKey: "CostCenter",
    register: (t) => t.costCenters,
    notFound: "Kan inte hitta kostnadsstället.",
    listFields: ["Active", "Code", "Description", "Note"],
  },
];

const keyField: Record<string, string> = {
  Suppliers: "SupplierNumber",
  Customers: "CustomerNumber",
  Articles: "ArticleNumber",
  Units: "Code",
  Projects: "ProjectNumber",
  CostCenters: "Code",
};

/** Article list prices are strings while the single article has numbers (OAS ArticleListItem). */
function articleListExtras(r: Raw): Raw {
  const s = (v: unknown) => (v === undefined ? undefined : String(v));
  return { SalesPrice: s(r.SalesPrice), PurchasePrice: s(r.PurchasePrice), VAT: s(r.VAT) };
}

function activeFilter(q: Record<string, string | undefined>, r: Raw): boolean {
  if (q.filter === "active") return r.Active !== false;
  if (q.filter === "inactive") return r.Active === false;
  return true;
}

export function registerRegisterRoutes(app: FastifyInstance, ctx: SandboxContext) {
  for (const spec of SPECS) {
    const key = keyField[spec.listKey]!;
    const url = (r: Raw) => `${spec.path}/${encodeURIComponent(String(r[key]))}`;
    const config = { config: { scope: spec.scope } };
    app.get(spec.path, config, async (req) => {
      const q = query(req);
      const all = spec
        .register(req.fx.tenant)
        .list(sinceOf(q))
        .filter((r) => activeFilter(q, r));
      return pagedList(q, spec.listKey, all, (r) => {
        const item = withUrl(ctx.baseUrl, url(r), pick(r, spec.listFields));
        if (spec.listKey === "Articles") return { ...item, ...articleListExtras(r) };
        // Lists say Phone where the single record says Phone1 (OAS SupplierListItem/CustomerListItem).
        return r.Phone1 === undefined ? item : { ...item, Phone: r.Phone1 };
      });
    });
    app.get(`${spec.path}/:id`, config, async (req: FastifyRequest) => {
      const id = (req.params as { id: string }).id;
      const r = spec.register(req.fx.tenant).get(id);
      if (!r) throw new FxError(404, 2000423, spec.notFound);
      return { [spec.singleKey]: withUrl(ctx.baseUrl, url(r), r) };
    });
    const create = spec.create;
    if (!create) continue;
    app.post(spec.path, config, async (req, reply) => {
      const body = (req.body as Raw | undefined)?.[spec.singleKey];
      if (typeof body !== "object" || body === null)
        throw new FxError(400, 2001392, "Felaktig eller tom request body.");
      const r = create(req.fx.tenant, body as Raw, ctx.now());
      return reply.code(201).send({ [spec.singleKey]: withUrl(ctx.baseUrl, url(r), r) });
    });
  }
}
