/** Pure mappers for suppliers, customers, articles, units, projects and cost centers (and back for writes). */
import type {
  Article,
  CostCenter,
  Customer,
  LocalDate,
  Party,
  Project,
  Supplier,
  Unit,
} from "../../../core/index.js";
import { formatMoney } from "../../../core/index.js";
import type {
  FortnoxArticle,
  FortnoxCostCenter,
  FortnoxCustomer,
  FortnoxProject,
  FortnoxSupplier,
  FortnoxUnit,
} from "../api/parties.js";
import { jsonNumber, moneyOf, opt } from "./money.js";

function toParty(number: string, raw: FortnoxSupplier | FortnoxCustomer): Party {
  const address = {
    ...opt("street", raw.Address1),
    ...opt("postalCode", raw.ZipCode),
    ...opt("city", raw.City),
    ...opt("country", raw.CountryCode),
  };
  return {
    externalId: number,
    number,
    name: raw.Name,
    ...opt("orgNumber", raw.OrganisationNumber),
    ...opt("vatNumber", raw.VATNumber),
    ...opt("email", raw.Email),
    ...(Object.keys(address).length > 0 ? { address } : {}),
    active: raw.Active ?? true,
  };
}

export const toSupplier = (raw: FortnoxSupplier): Supplier => toParty(raw.SupplierNumber, raw);
export const toCustomer = (raw: FortnoxCustomer): Customer => toParty(raw.CustomerNumber, raw);

export function toArticle(raw: FortnoxArticle): Article {
  return {
    externalId: raw.ArticleNumber,
    number: raw.ArticleNumber,
    name: raw.Description,
    ...opt("unit", raw.Unit),
    ...(raw.SalesPrice === undefined ? {} : { salesPrice: moneyOf(raw.SalesPrice, "SEK", "article price") }),
    ...(raw.PurchasePrice === undefined
      ? {}
      : { purchasePrice: moneyOf(raw.PurchasePrice, "SEK", "article price") }),
    active: raw.Active ?? true,
  };
}

export const toUnit = (raw: FortnoxUnit): Unit => ({ code: raw.Code, name: raw.Description });

const STATUS = { NOTSTARTED: "not_started", ONGOING: "ongoing", COMPLETED: "completed" } as const;

export function toProject(raw: FortnoxProject): Project {
  return {
    externalId: raw.ProjectNumber,
    number: raw.ProjectNumber,
    name: raw.Description,
    status: STATUS[raw.Status ?? "ONGOING"],
    ...opt("startDate", raw.StartDate as LocalDate),
    ...opt("endDate", raw.EndDate as LocalDate),
  };
}

export const toCostCenter = (raw: FortnoxCostCenter): CostCenter => ({
  code: raw.Code,
  name: raw.Description,
  active: raw.Active ?? true,
});

/** Canonical → Fortnox request bodies. Money goes out as decimal strings, never through floats. */
export function fromCustomer(
  c: Omit<Customer, "externalId" | "number"> & { readonly number?: string },
): Record<string, unknown> {
  return {
    ...(c.number ? { CustomerNumber: c.number } : {}),
    Name: c.name,
    ...opt("OrganisationNumber", c.orgNumber),
    ...opt("VATNumber", c.vatNumber),
    ...opt("Email", c.email),
    ...opt("Address1", c.address?.street),
    ...opt("ZipCode", c.address?.postalCode),
    ...opt("City", c.address?.city),
    ...opt("CountryCode", c.address?.country),
    Active: c.active,
  };
}

export function fromArticle(
  a: Omit<Article, "externalId" | "number"> & { readonly number?: string },
): Record<string, unknown> {
  return {
    ...(a.number ? { ArticleNumber: a.number } : {}),
    Description: a.name,
    ...opt("Unit", a.unit),
    ...(a.salesPrice ? { SalesPrice: jsonNumber(formatMoney(a.salesPrice)) } : {}),
    ...(a.purchasePrice ? { PurchasePrice: jsonNumber(formatMoney(a.purchasePrice)) } : {}),
    Active: a.active,
  };
}

const STATUS_OUT = { not_started: "NOTSTARTED", ongoing: "ONGOING", completed: "COMPLETED" } as const;

export function fromProject(
  p: Omit<Project, "externalId" | "number"> & { readonly number?: string },
): Record<string, unknown> {
  return {
    ...(p.number ? { ProjectNumber: p.number } : {}),
    Description: p.name,
    Status: STATUS_OUT[p.status],
    ...opt("StartDate", p.startDate),
    ...opt("EndDate", p.endDate),
  };
}
