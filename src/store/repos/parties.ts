/** Suppliers and customers of a connection, as copied from the remote system. */
import { createHash } from "node:crypto";
import type { Party } from "../../core/index.js";
import type { Sql } from "../db.js";

export type PartyKind = "supplier" | "customer";

const hashOf = (p: Party) => createHash("sha256").update(JSON.stringify(p)).digest("base64url");

/**
 * Inserts new parties and updates changed ones (by content hash); returns how many were written.
 * Parties that disappeared remotely are kept (Fortnox does not delete suppliers with history).
 */
export async function upsertParties(
  db: Sql,
  ref: { companyId: string; connectionId: string },
  kind: PartyKind,
  parties: readonly Party[],
): Promise<number> {
  if (parties.length === 0) return 0;
  const rows = await db.query(
    `INSERT INTO parties (company_id, connection_id, kind, external_id, number, name, org_number, active, data, content_hash)
     SELECT $1, $2, $3, u.eid, u.num, u.name, u.org, u.active, u.data, u.hash
     FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[], $9::jsonb[], $10::text[])
       AS u(eid, num, name, org, active, data, hash)
     ON CONFLICT (connection_id, kind, external_id) DO UPDATE SET number = excluded.number, name = excluded.name,
       org_number = excluded.org_number, active = excluded.active, data = excluded.data,
       content_hash = excluded.content_hash, updated_at = now()
     WHERE parties.content_hash <> excluded.content_hash
     RETURNING 1`,
    [
      ref.companyId,
      ref.connectionId,
      kind,
      parties.map((p) => p.externalId),
      parties.map((p) => p.number),
      parties.map((p) => p.name),
      parties.map((p) => p.orgNumber ?? null),
      parties.map((p) => p.active),
      parties.map((p) => JSON.stringify(p)),
      parties.map(hashOf),
    ],
  );
  return rows.length;
}

export interface PartyRow {
  readonly kind: PartyKind;
  readonly externalId: string;
  readonly number: string;
  readonly name: string;
  readonly orgNumber: string | null;
  readonly active: boolean;
}

export async function listParties(
  db: Sql,
  companyId: string,
  kind: PartyKind,
  page: { page: number; pageSize: number; q?: string | undefined },
): Promise<{ items: PartyRow[]; total: number }> {
  // A search matches the number, the name or the organisation number, anywhere, ignoring case.
  const q = page.q?.trim() ? `%${page.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = `company_id = $1 AND kind = $2
    AND ($3::text IS NULL OR number ILIKE $3 OR name ILIKE $3 OR coalesce(org_number, '') ILIKE $3)`;
  const rows = await db.query<{
    external_id: string;
    number: string;
    name: string;
    org_number: string | null;
    active: boolean;
  }>(
    // Numbers in numeric order (2 before 10), as Fortnox lists them; other numbers after, as text.
    `SELECT external_id, number, name, org_number, active FROM parties WHERE ${where}
     ORDER BY CASE WHEN number ~ '^[0-9]{1,18}$' THEN number::bigint END NULLS LAST, number, external_id
     LIMIT $4 OFFSET $5`,
    [companyId, kind, q, page.pageSize, (page.page - 1) * page.pageSize],
  );
  const [count] = await db.query<{ n: string | number }>(`SELECT count(*) AS n FROM parties WHERE ${where}`, [
    companyId,
    kind,
    q,
  ]);
  return {
    items: rows.map((r) => ({
      kind,
      externalId: r.external_id,
      number: r.number,
      name: r.name,
      orgNumber: r.org_number,
      active: r.active,
    })),
    total: Number(count?.n ?? 0),
  };
}
