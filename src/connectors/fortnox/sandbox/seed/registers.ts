/** Seeded master data per company: cost centers, projects, units, articles, suppliers, customers. */
import { rng } from "./prng.js";

export type Raw = Record<string, unknown>;

export const COST_CENTERS = [
  ["100", "Ledning"],
  ["200", "Produktion"],
  ["300", "Försäljning"],
  ["400", "Administration"],
  ["500", "Utveckling"],
] as const;

const PROJECT_NAMES = [
  "Ombyggnad Åsgatan 12",
  "Kök Östermalm",
  "Fasadrenovering Sjöbo",
  "Badrum Lövstavägen",
  "Tillbyggnad Gärdet",
  "Altan Häggvik",
  "Takbyte Rönninge",
  "Kontorsflytt Göteborg",
];

export const UNITS = [
  ["st", "Styck", "pcs"],
  ["tim", "Timmar", "hours"],
  ["m", "Meter", "m"],
  ["kg", "Kilogram", "kg"],
  ["m2", "Kvadratmeter", "sqm"],
  ["förp", "Förpackning", "pack"],
] as const;

export const ARTICLES = [
  ["Konsulttimme", "tim", 95000],
  ["Snickeritimme", "tim", 65000],
  ["Projektledning", "tim", 110000],
  ["Gipsskiva 13 mm", "st", 8900],
  ["Träregel 45x95", "m", 3450],
  ["Kakel vit 20x20", "m2", 29900],
  ["Fästmassa", "förp", 24900],
  ["Skruv trä 4,2x55", "förp", 18900],
  ["Målarfärg vägg", "st", 59900],
  ["Isolering mineralull", "m2", 7900],
  ["Resekostnad", "st", 45000],
  ["Öppningsavgift", "st", 25000],
] as const;

const SUPPLIERS = [
  "Byggmästarnas Grossist AB",
  "Åhléns Kontorsvaror AB",
  "Telia Sverige AB",
  "Fastighets AB Söderport",
  "Göteborgs Energi AB",
  "Järnia Ängelholm",
  "Öresunds Trävaror AB",
  "Bilverkstan i Mölndal AB",
  "IT-Hjälpen Norr AB",
  "Värmländska Kakel & Klinker AB",
  "Städbolaget Glänsande Rent AB",
  "Preem AB",
];

const CUSTOMER_FIRST = [
  "Anna",
  "Björn",
  "Cecilia",
  "Dag",
  "Elin",
  "Fredrik",
  "Göran",
  "Hanna",
  "Åsa",
  "Örjan",
];
const CUSTOMER_LAST = ["Andersson", "Bäckström", "Ek", "Fäldt", "Gröndahl", "Håkansson", "Lindén", "Öhman"];
const CUSTOMER_FIRMS = ["Bostadsrättsföreningen Ekbacken", "Sjöstadens Förskola AB", "Älvsjö Tandvård AB"];
const CITIES = [
  ["Göteborg", "411 01"],
  ["Malmö", "211 20"],
  ["Västerås", "722 11"],
  ["Umeå", "903 25"],
  ["Jönköping", "553 20"],
  ["Strömstad", "452 30"],
] as const;

export interface Registers {
  readonly costCenters: Raw[];
  readonly projects: Raw[];
  readonly units: Raw[];
  readonly articles: Raw[];
  readonly suppliers: Raw[];
  readonly customers: Raw[];
}

function orgNumber(r: ReturnType<typeof rng>): string {
  return `55${r.int(1000, 9999)}-${r.int(1000, 9999)}`;
}

export function seedRegisters(seed: number, company: number, firstYear: number): Registers {
  const r = rng(seed, company, "registers");
  const costCenters = COST_CENTERS.map(([Code, Description]) => ({
    Code,
    Description,
    Active: true,
    Note: "",
  }));
  const projects = PROJECT_NAMES.map((name, k) => ({
    ProjectNumber: String(1001 + k),
    Description: name,
    Status: k < 2 ? "COMPLETED" : k < 6 ? "ONGOING" : "NOTSTARTED",
    StartDate: `${firstYear + (k % 3)}-0${1 + (k % 9)}-01`,
    ...(k < 2 ? { EndDate: `${firstYear + 1}-12-31` } : {}),
    ProjectLeader: r.pick(CUSTOMER_FIRST),
    ContactPerson: "",
    Comments: "",
  }));
  const units = UNITS.map(([Code, Description, CodeEnglish]) => ({ Code, Description, CodeEnglish }));
  const articles = ARTICLES.map(([Description, Unit, price], k) =>
    articleRaw(String(101 + k), Description, Unit, price),
  );
  const suppliers = SUPPLIERS.map((Name, k) => supplierRaw(String(k + 1), Name, r));
  const customers = Array.from({ length: 24 }, (_, k) => customerRaw(String(k + 1), r, k));
  return { costCenters, projects, units, articles, suppliers, customers };
}

/** `price` in öre; stored as the single-item shape, money as JSON numbers. */
export function articleRaw(ArticleNumber: string, Description: string, Unit: string, price: number): Raw {
  return {
    ArticleNumber,
    Description,
    Unit,
    SalesPrice: price / 100,
    PurchasePrice: Math.round(price * 0.6) / 100,
    Active: true,
    Type: Unit === "tim" ? "SERVICE" : "STOCK",
    VAT: 25,
    EAN: "",
    QuantityInStock: 0,
    Housework: false,
    WebshopArticle: false,
    StockPlace: "",
  };
}

function supplierRaw(SupplierNumber: string, Name: string, r: ReturnType<typeof rng>): Raw {
  const [City, ZipCode] = r.pick(CITIES);
  return {
    SupplierNumber,
    Name,
    OrganisationNumber: orgNumber(r),
    Address1: `${r.pick(["Industrivägen", "Hamngatan", "Kungsgatan", "Sågverksvägen"])} ${r.int(1, 80)}`,
    Address2: "",
    ZipCode,
    City,
    CountryCode: "SE",
    Currency: "SEK",
    Email: `faktura@leverantor${SupplierNumber}.se`,
    Phone1: `0${r.int(10, 99)}-${r.int(100000, 999999)}`,
    BG: `${r.int(100, 9999)}-${r.int(1000, 9999)}`,
    PG: "",
    Active: true,
  };
}

function customerRaw(CustomerNumber: string, r: ReturnType<typeof rng>, k: number): Raw {
  const [City, ZipCode] = r.pick(CITIES);
  const firm = k < CUSTOMER_FIRMS.length ? CUSTOMER_FIRMS[k] : undefined;
  return {
    CustomerNumber,
    Name: firm ?? `${r.pick(CUSTOMER_FIRST)} ${r.pick(CUSTOMER_LAST)}`,
    Type: firm ? "COMPANY" : "PRIVATE",
    OrganisationNumber: firm ? orgNumber(r) : "",
    Address1: `${r.pick(["Ängsvägen", "Björkgatan", "Sjövägen", "Skolgatan"])} ${r.int(1, 60)}`,
    Address2: "",
    ZipCode,
    City,
    CountryCode: "SE",
    Currency: "SEK",
    Email: `kund${CustomerNumber}@exempel.se`,
    Phone1: `070-${r.int(1000000, 9999999)}`,
    Active: true,
    VATType: "SEVAT",
  };
}
