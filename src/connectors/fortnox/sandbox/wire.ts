/** Fortnox wire conventions shared by the sandbox routes: errors, paging, @url, query parameters. */
import type { FastifyReply, FastifyRequest } from "fastify";
import { parseStockholm } from "../stockholmTime.js";

export type Raw = Record<string, unknown>;
export type Query = Record<string, string | undefined>;

/** Documented lower-case ErrorInformation keys (reference §4); messages in Swedish. */
export function fxError(reply: FastifyReply, status: number, code: number, message: string) {
  return reply.code(status).send({ ErrorInformation: { error: 1, message, code } });
}

export class FxError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export const invalidParameter = (what: string) =>
  new FxError(400, 2000588, `Ogiltig parameter i anropet. (${what})`);
export const notFound = (message: string) => new FxError(404, 2000423, message);

/** Query parameter names are lower case in Fortnox; we accept any case (SIE's OAS says financialYear). */
export function query(req: FastifyRequest): Query {
  const out: Query = {};
  for (const [k, v] of Object.entries(req.query as Record<string, unknown>)) {
    out[k.toLowerCase()] = Array.isArray(v) ? String(v[0]) : v === undefined ? undefined : String(v);
  }
  return out;
}

export function sinceOf(q: Query): number | undefined {
  if (q.lastmodified === undefined) return undefined;
  const t = parseStockholm(q.lastmodified);
  if (t === undefined) throw invalidParameter("lastmodified");
  return t;
}

export interface Paging {
  readonly limit: number;
  readonly page: number;
  readonly offset: number;
}

/** limit defaults to 100 and is clamped to 500 (README.md: clamping is our choice, §3.1 UNCONFIRMED). */
export function pagingOf(q: Query): Paging {
  const num = (name: string, dflt: number, min: number) => {
    const v = q[name];
    if (v === undefined || v === "") return dflt;
    if (!/^\d+$/.test(v) || Number(v) < min) throw invalidParameter(name);
    return Number(v);
  };
  return { limit: Math.min(500, num("limit", 100, 1)), page: num("page", 1, 1), offset: num("offset", 0, 0) };
}

export function start(p: Paging): number {
  return p.offset + (p.page - 1) * p.limit;
}

export function meta(total: number, p: Paging) {
  return {
    "@TotalResources": total,
    "@TotalPages": Math.max(1, Math.ceil(Math.max(0, total - p.offset) / p.limit)),
    "@CurrentPage": p.page,
  };
}

/** A paged list answer: MetaInformation plus the plural key, items mapped to list shape. */
const collator = new Intl.Collator("sv", { numeric: true });

/**
 * `sortby` names a field in lower case (reference §3.1); `sortorder` is ascending or descending. The
 * default order (by number) is the order the register keeps.
 */
export function sorted(q: Query, all: readonly Raw[]): readonly Raw[] {
  const order = q.sortorder ?? "ascending";
  if (order !== "ascending" && order !== "descending") throw invalidParameter("sortorder");
  let out = all;
  if (q.sortby) {
    const name = q.sortby.toLowerCase();
    const field = all[0] ? Object.keys(all[0]).find((k) => k.toLowerCase() === name) : name;
    if (!field) throw invalidParameter("sortby");
    out = [...all].sort((a, b) => collator.compare(String(a[field] ?? ""), String(b[field] ?? "")));
  }
  return order === "descending" ? [...out].reverse() : out;
}

export function pagedList(q: Query, key: string, all: readonly Raw[], item: (r: Raw) => Raw) {
  const p = pagingOf(q);
  const from = start(p);
  const list = sorted(q, all);
  return { MetaInformation: meta(list.length, p), [key]: list.slice(from, from + p.limit).map(item) };
}

/** Keeps only the named fields (list items are a subset of the single shape, reference §5). */
export function pick(r: Raw, fields: readonly string[]): Raw {
  const out: Raw = {};
  for (const f of fields) if (r[f] !== undefined) out[f] = r[f];
  return out;
}

export function withUrl(base: string, path: string, r: Raw): Raw {
  return { "@url": `${base}${path}`, ...r };
}
