/**
 * Where the ledger pages are: the company, fiscal year, report and filters live in the URL
 * (/c/:companyId/ledger/:yearId/trial-balance?from=2025-03-01&project=P1), so every view — down to a
 * single voucher — can be bookmarked, reloaded and walked with the back button.
 */
import type { ReportQuery } from "../../api/types.js";

export const REPORTS = [
  { slug: "trial-balance", label: "Trial balance" },
  { slug: "income-statement", label: "Income statement" },
  { slug: "balance-sheet", label: "Balance sheet" },
  { slug: "monthly-result", label: "Monthly result" },
] as const;

export type ReportSlug = (typeof REPORTS)[number]["slug"];

export type LedgerView =
  | { kind: "home" }
  | { kind: "report"; yearId: string; report: ReportSlug }
  | { kind: "account"; yearId: string; account: string }
  | { kind: "voucher"; yearId: string; voucherId: string }
  | { kind: "unknown" };

function isReport(slug: string): slug is ReportSlug {
  return REPORTS.some((r) => r.slug === slug);
}

/** Reads the part of the path after /c/:companyId/ledger. */
export function readLedgerView(path: string): LedgerView {
  const rest = path.split("/").filter(Boolean).slice(3).map(decodeURIComponent);
  const [yearId, second, third, ...more] = rest;
  if (!yearId) return { kind: "home" };
  if (more.length > 0) return { kind: "unknown" };
  if (second === undefined) return { kind: "report", yearId, report: "trial-balance" };
  if (third === undefined)
    return isReport(second) ? { kind: "report", yearId, report: second } : { kind: "unknown" };
  if (second === "accounts" && /^\d{1,10}$/.test(third)) return { kind: "account", yearId, account: third };
  if (second === "vouchers") return { kind: "voucher", yearId, voucherId: third };
  return { kind: "unknown" };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The report filters of the query string; anything malformed is dropped rather than sent. */
export function readFilters(search: URLSearchParams): ReportQuery {
  const filters: ReportQuery = {};
  const from = search.get("from");
  const to = search.get("to");
  const costCenter = search.get("costCenter")?.trim();
  const project = search.get("project")?.trim();
  if (from && DATE.test(from)) filters.from = from;
  if (to && DATE.test(to)) filters.to = to;
  if (costCenter) filters.costCenter = costCenter;
  if (project) filters.project = project;
  return filters;
}

export function hasFilters(filters: ReportQuery): boolean {
  return Object.values(filters).some((v) => v !== undefined && v !== "");
}

export function queryString(params: Record<string, string | number | undefined>): string {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") qs.set(key, String(value));
  }
  const text = qs.toString();
  return text ? `?${text}` : "";
}

const seg = encodeURIComponent;

export function ledgerHome(companyId: string): string {
  return `/c/${seg(companyId)}/ledger`;
}

export function reportHref(companyId: string, yearId: string, report: ReportSlug, filters: ReportQuery = {}) {
  return `${ledgerHome(companyId)}/${seg(yearId)}/${report}${queryString({ ...filters })}`;
}

export function accountHref(companyId: string, yearId: string, account: string, filters: ReportQuery = {}) {
  return `${ledgerHome(companyId)}/${seg(yearId)}/accounts/${seg(account)}${queryString({ ...filters })}`;
}

/** A voucher keeps the filters and the account it was opened from, for the way back. */
export function voucherHref(
  companyId: string,
  yearId: string,
  voucherId: string,
  back: ReportQuery & { account?: string } = {},
) {
  return `${ledgerHome(companyId)}/${seg(yearId)}/vouchers/${seg(voucherId)}${queryString({ ...back })}`;
}

/** Downloads are plain links to the API: the browser streams them, with the session cookie. */
export function apiYearPath(companyId: string, yearId: string): string {
  return `/api/companies/${seg(companyId)}/fiscal-years/${seg(yearId)}`;
}
