/** POST handlers for customers, articles, units and projects, with Fortnox's validation messages (reference §4). */
import { articleRaw } from "../seed/registers.js";
import type { Register } from "../state/register.js";
import type { TenantState } from "../state/tenant.js";
import { FxError, type Raw } from "../wire.js";
import { decimalOre } from "./money.js";

const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));

function required(body: Raw, field: string): string {
  const v = str(body[field]).trim();
  if (!v) throw new FxError(400, 2000359, `Fältet ${field} måste fyllas i.`);
  return v;
}

function put(reg: Register, key: string, data: Raw, now: number): Raw {
  reg.put(key, data, now);
  return data;
}

export function createCustomer(t: TenantState, body: Raw, now: number): Raw {
  const Name = required(body, "Name");
  const number = str(body.CustomerNumber) || t.customers.nextNumber();
  if (t.customers.has(number)) throw new FxError(400, 2000637, `Kundnummer ${number} används redan.`);
  const data: Raw = {
    CustomerNumber: number,
    Name,
    Type: str(body.Type) || "COMPANY",
    OrganisationNumber: str(body.OrganisationNumber),
    Address1: str(body.Address1),
    Address2: str(body.Address2),
    ZipCode: str(body.ZipCode),
    City: str(body.City),
    CountryCode: str(body.CountryCode) || "SE",
    Currency: str(body.Currency) || "SEK",
    Email: str(body.Email),
    Phone1: str(body.Phone1 ?? body.Phone),
    Active: body.Active !== false,
    VATType: str(body.VATType) || "SEVAT",
  };
  return put(t.customers, number, data, now);
}

export function createArticle(t: TenantState, body: Raw, now: number): Raw {
  const Description = required(body, "Description");
  const number = str(body.ArticleNumber) || t.articles.nextNumber();
  if (t.articles.has(number)) throw new FxError(400, 2000013, `Artikelnumret "${number}" är redan taget`);
  const unit = str(body.Unit);
  if (unit && !t.units.has(unit)) throw new FxError(400, 2000359, `Enheten "${unit}" finns inte.`);
  const price = body.SalesPrice === undefined ? 0n : decimalOre(body.SalesPrice, "SalesPrice");
  const data: Raw = {
    ...articleRaw(number, Description, unit, Number(price)),
    Active: body.Active !== false,
  };
  if (body.PurchasePrice !== undefined)
    data.PurchasePrice = Number(decimalOre(body.PurchasePrice, "PurchasePrice")) / 100;
  return put(t.articles, number, data, now);
}

export function createUnit(t: TenantState, body: Raw, now: number): Raw {
  const Code = required(body, "Code");
  const Description = required(body, "Description");
  if (Code.length > 20) throw new FxError(400, 2000359, "Enhetskoden får vara högst 20 tecken.");
  if (t.units.has(Code)) throw new FxError(400, 2000359, `Enheten "${Code}" finns redan.`);
  return put(t.units, Code, { Code, Description, CodeEnglish: str(body.CodeEnglish) }, now);
}

export function createProject(t: TenantState, body: Raw, now: number): Raw {
  const Description = required(body, "Description");
  const number = str(body.ProjectNumber) || t.projects.nextNumber();
  if (t.projects.has(number)) throw new FxError(400, 2000359, `Projektnummer ${number} används redan.`);
  const status = str(body.Status) || "ONGOING";
  if (!["NOTSTARTED", "ONGOING", "COMPLETED"].includes(status))
    throw new FxError(400, 2000359, "Ogiltig status.");
  const data: Raw = {
    ProjectNumber: number,
    Description,
    Status: status,
    // Absent rather than "": the OAS types them as dates (format "date").
    ...(body.StartDate ? { StartDate: str(body.StartDate) } : {}),
    ...(body.EndDate ? { EndDate: str(body.EndDate) } : {}),
    ProjectLeader: str(body.ProjectLeader),
    ContactPerson: str(body.ContactPerson),
    Comments: str(body.Comments),
  };
  return put(t.projects, number, data, now);
}
