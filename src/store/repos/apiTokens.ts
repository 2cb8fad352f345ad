import { newId } from "../../core/index.js";
import type { Sql } from "../db.js";
import { newApiToken, sha256 } from "../security/tokens.js";
import type { Role } from "./companies.js";
import { first, iso, isoOrNull } from "./rows.js";

export interface ApiToken {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly prefix: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

interface TokenRow {
  id: string;
  company_id: string;
  name: string;
  role: Role;
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const toToken = (r: TokenRow): ApiToken => ({
  id: r.id,
  name: r.name,
  role: r.role,
  prefix: r.prefix,
  createdAt: iso(r.created_at),
  lastUsedAt: isoOrNull(r.last_used_at),
  revokedAt: isoOrNull(r.revoked_at),
});

/** Creates a token; the secret is returned once and never stored. */
export async function createApiToken(
  db: Sql,
  input: { companyId: string; name: string; role: Role; createdBy: string | null },
): Promise<{ token: ApiToken; secret: string }> {
  const { token, prefix, hash } = newApiToken();
  const rows = await db.query<TokenRow>(
    `INSERT INTO api_tokens (id, company_id, name, role, prefix, token_hash, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
    [newId(), input.companyId, input.name, input.role, prefix, hash, input.createdBy],
  );
  return { token: toToken(rows[0]!), secret: token };
}

export async function listApiTokens(db: Sql, companyId: string): Promise<ApiToken[]> {
  const rows = await db.query<TokenRow>(
    "SELECT * FROM api_tokens WHERE company_id = $1 ORDER BY created_at DESC, id",
    [companyId],
  );
  return rows.map(toToken);
}

export async function revokeApiToken(db: Sql, companyId: string, id: string): Promise<boolean> {
  const rows = await db.query(
    "UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now()) WHERE company_id = $1 AND id = $2 RETURNING id",
    [companyId, id],
  );
  return rows.length > 0;
}

/** Resolves a presented bearer token to its company and role, if it is valid and not revoked. */
export async function authenticateApiToken(
  db: Sql,
  secret: string,
): Promise<{ id: string; companyId: string; role: Role } | undefined> {
  const row = first(
    await db.query<TokenRow>(
      `UPDATE api_tokens SET last_used_at = now() WHERE token_hash = $1 AND revoked_at IS NULL RETURNING *`,
      [sha256(secret)],
    ),
  );
  return row ? { id: row.id, companyId: row.company_id, role: row.role } : undefined;
}
