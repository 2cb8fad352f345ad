/**
 * The transfer log's filters live in the URL (?status=error&page=2 …) so a filtered view can be
 * linked, reloaded, and walked with the browser's back button.
 */
import type { TransferDirection, TransferLogQuery, TransferStatus } from "./api/types.js";

export const PAGE_SIZES = [25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 50;

export interface Filters {
  connectionId?: string;
  /** One sync run's entries (linked from the connections page). */
  runId?: string;
  direction?: TransferDirection;
  entity?: string;
  status?: TransferStatus;
  /** ISO instants, as the API wants them. */
  from?: string;
  to?: string;
}

export interface LogView {
  filters: Filters;
  page: number;
  pageSize: number;
}

const DIRECTIONS: readonly TransferDirection[] = ["inbound", "outbound"];
const STATUSES: readonly TransferStatus[] = ["ok", "error", "skipped"];

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}

function text(value: string | null): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

function positive(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function readView(search: URLSearchParams): LogView {
  const filters: Filters = {};
  const set = <K extends keyof Filters>(key: K, value: Filters[K] | undefined) => {
    if (value !== undefined) filters[key] = value;
  };
  set("connectionId", text(search.get("connection")));
  set("runId", text(search.get("run")));
  set("direction", oneOf(search.get("direction"), DIRECTIONS));
  set("entity", text(search.get("entity")));
  set("status", oneOf(search.get("status"), STATUSES));
  set("from", text(search.get("from")));
  set("to", text(search.get("to")));
  const pageSize = positive(search.get("pageSize"), DEFAULT_PAGE_SIZE);
  return { filters, page: positive(search.get("page"), 1), pageSize: Math.min(pageSize, 500) };
}

export function viewHref(path: string, view: LogView): string {
  const params = new URLSearchParams();
  const f = view.filters;
  const pairs: Array<[string, string | undefined]> = [
    ["connection", f.connectionId],
    ["run", f.runId],
    ["direction", f.direction],
    ["entity", f.entity],
    ["status", f.status],
    ["from", f.from],
    ["to", f.to],
    ["page", view.page > 1 ? String(view.page) : undefined],
    ["pageSize", view.pageSize !== DEFAULT_PAGE_SIZE ? String(view.pageSize) : undefined],
  ];
  for (const [key, value] of pairs) if (value) params.set(key, value);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export function toQuery(view: LogView): TransferLogQuery {
  return { ...view.filters, page: view.page, pageSize: view.pageSize };
}

export function hasFilters(filters: Filters): boolean {
  return Object.values(filters).some((v) => v !== undefined);
}

/** `<input type="datetime-local">` speaks the browser's local time; the API speaks UTC instants. */
export function localInputToInstant(value: string): string | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

export function instantToLocalInput(iso: string | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
