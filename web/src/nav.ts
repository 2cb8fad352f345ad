/** The sections of a company, in menu order; the slug is the last part of /c/:companyId/<slug>. */
export const SECTIONS = [
  { slug: "connections", label: "Connections" },
  { slug: "ledger", label: "Ledger" },
  { slug: "registers", label: "Suppliers & customers" },
  { slug: "matching", label: "Matching" },
  { slug: "psa", label: "PSA sync" },
  { slug: "transfer-log", label: "Transfer log" },
  { slug: "settings", label: "Settings" },
] as const;

export type SectionSlug = (typeof SECTIONS)[number]["slug"];

export function isSection(slug: string): slug is SectionSlug {
  return SECTIONS.some((s) => s.slug === slug);
}

const LAST_COMPANY_KEY = "ledgerbridge.lastCompany";

/** The company opened last in this browser, so "/" returns there instead of to the first in the list. */
export function rememberCompany(id: string): void {
  window.localStorage.setItem(LAST_COMPANY_KEY, id);
}

export function lastCompany(): string | null {
  return window.localStorage.getItem(LAST_COMPANY_KEY);
}
