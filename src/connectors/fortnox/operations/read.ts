/**
 * Shared plumbing for operations: parse each raw record with its zod schema, and report a record that
 * does not parse as an error naming its id — never skip it silently (CONVENTIONS "Types at the edges").
 */
import type { z } from "zod";
import { AppException, appError } from "../../../core/index.js";
import type { FortnoxClient, Query } from "../client.js";
import { formatStockholm } from "../stockholmTime.js";

export function parseRecord<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  entity: string,
  idKey?: string,
): z.output<S> {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const id =
    idKey && typeof raw === "object" && raw !== null ? String((raw as Record<string, unknown>)[idKey]) : "?";
  const detail = `${entity} ${id}: ${r.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`;
  throw new AppException(
    appError("upstream_response_invalid", { system: "Fortnox", entity, detail }, { id }),
  );
}

export interface ListSpec<S extends z.ZodType, T> {
  readonly path: string;
  readonly listKey: string;
  readonly entity: string;
  readonly schema: S;
  readonly idKey: string;
  readonly map: (raw: z.output<S>) => T;
  readonly query?: Query;
}

/** Every page, every record (limit 500 per page, reference §3.1). */
export async function listAll<S extends z.ZodType, T>(
  client: FortnoxClient,
  spec: ListSpec<S, T>,
): Promise<T[]> {
  const out: T[] = [];
  for await (const page of client.pages({
    path: spec.path,
    listKey: spec.listKey,
    entity: spec.entity,
    ...queryOf(spec),
  })) {
    for (const raw of page) out.push(spec.map(parseRecord(spec.schema, raw, spec.entity, spec.idKey)));
  }
  return out;
}

function queryOf(spec: { query?: Query }): { query?: Query } {
  return spec.query ? { query: spec.query } : {};
}

/** `{"<Key>": {...}}` → the parsed inner object. */
export async function getOne<S extends z.ZodType>(
  client: FortnoxClient,
  req: { path: string; key: string; entity: string; schema: S; query?: Query },
): Promise<z.output<S>> {
  const body = (await client.json({ path: req.path, entity: req.entity, ...queryOf(req) })) as Record<
    string,
    unknown
  >;
  return parseRecord(req.schema, body?.[req.key], req.entity);
}

/** POST/PUT with the singular wrapper; answers the parsed inner object. */
export async function write<S extends z.ZodType>(
  client: FortnoxClient,
  req: {
    method: "POST" | "PUT";
    path: string;
    key: string;
    entity: string;
    schema: S;
    body?: unknown;
    query?: Query;
  },
): Promise<z.output<S>> {
  const json = req.body === undefined ? undefined : { [req.key]: req.body };
  const answer = (await client.json({
    method: req.method,
    path: req.path,
    entity: req.entity,
    ...queryOf(req),
    ...(json === undefined ? {} : { json }),
  })) as Record<string, unknown>;
  return parseRecord(req.schema, answer?.[req.key], req.entity);
}

/**
 * `lastmodified` for incremental reads: Stockholm local time `YYYY-MM-DD HH:mm:ss` (reference §3.2; the
 * zone is UNCONFIRMED, README.md records the choice).
 */
export function lastModifiedQuery(since: Date | undefined): Query {
  return since ? { lastmodified: formatStockholm(since.getTime()) } : {};
}
