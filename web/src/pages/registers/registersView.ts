/**
 * The registers page keeps its tab, search and page in the URL (?kind=customer&q=bygg&page=2), so a view
 * can be linked, reloaded and walked with the back button, as the transfer log does.
 */
import type { PartyKind } from "../../api/types.js";
import { PAGE_SIZES } from "../../transferLogQuery.js";

export const DEFAULT_PAGE_SIZE = 25;

export interface RegistersView {
  kind: PartyKind;
  page: number;
  pageSize: number;
  /** Part of a number, name or organisation number; empty for all. */
  q?: string;
}

function positive(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function readRegistersView(search: URLSearchParams): RegistersView {
  const size = positive(search.get("pageSize"), DEFAULT_PAGE_SIZE);
  const q = search.get("q")?.trim().slice(0, 100);
  return {
    kind: search.get("kind") === "customer" ? "customer" : "supplier",
    page: positive(search.get("page"), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    ...(q ? { q } : {}),
  };
}

export function registersHref(companyId: string, view: RegistersView): string {
  const params = new URLSearchParams();
  if (view.kind === "customer") params.set("kind", "customer");
  if (view.q) params.set("q", view.q);
  if (view.page > 1) params.set("page", String(view.page));
  if (view.pageSize !== DEFAULT_PAGE_SIZE) params.set("pageSize", String(view.pageSize));
  const qs = params.toString();
  const path = `/c/${encodeURIComponent(companyId)}/registers`;
  return qs ? `${path}?${qs}` : path;
}

export const KIND_TEXT: Record<PartyKind, { tab: string; one: string; many: string }> = {
  supplier: { tab: "Suppliers", one: "supplier", many: "suppliers" },
  customer: { tab: "Customers", one: "customer", many: "customers" },
};
