/** The two seeded client companies of the demo accounting firm, and their fiscal years. */
import { rng } from "./prng.js";

export interface SeedFiscalYear {
  readonly id: number;
  readonly from: string;
  readonly to: string;
}

export interface SeedCompany {
  readonly tenantId: string;
  /** DatabaseNumber: identical to the TenantId (reference §1.4). */
  readonly databaseNumber: number;
  readonly name: string;
  readonly orgNumber: string;
  readonly address: string;
  readonly zip: string;
  readonly city: string;
  readonly fiscalYears: readonly SeedFiscalYear[];
  /** Scopes the company holds a licence for; others answer 2001101 (reference §4). */
  readonly licences: ReadonlySet<string>;
}

const ALL_LICENCES = [
  "companyinformation",
  "bookkeeping",
  "supplier",
  "supplierinvoice",
  "customer",
  "invoice",
  "payment",
  "article",
  "settings",
  "project",
  "costcenter",
  "archive",
  "inbox",
  "connectfile",
  "profile",
];

const TEMPLATES = [
  { name: "Fjällbackens Snickeri & Bygg AB", address: "Storgatan 12", zip: "452 96", city: "Strömstad" },
  { name: "Åkerström Öberg Konsult AB", address: "Drottninggatan 5", zip: "702 10", city: "Örebro" },
] as const;

export function seedCompanies(seed: number, currentYear: number): SeedCompany[] {
  return TEMPLATES.map((t, index) => {
    const r = rng(seed, "company", index);
    const databaseNumber = 1_000_000 + r.int(0, 899_999);
    const org = `55${r.int(1000, 9999)}-${r.int(1000, 9999)}`;
    const fiscalYears = [2, 1, 0].map((back, k) => ({
      id: k + 1,
      from: `${currentYear - back}-01-01`,
      to: `${currentYear - back}-12-31`,
    }));
    // The second company lacks the inbox licence, so licence errors can be seen in the demo and tests.
    const licences = new Set(index === 1 ? ALL_LICENCES.filter((l) => l !== "inbox") : ALL_LICENCES);
    return { tenantId: String(databaseNumber), databaseNumber, orgNumber: org, fiscalYears, licences, ...t };
  });
}
