import { newId } from "../../core/index.js";
import type { Sql } from "../db.js";
import { randomSecret, sha256 } from "../security/tokens.js";
import { first, iso } from "./rows.js";

export const ACTIVATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const STATE_TTL_MS = 15 * 60 * 1000;

export interface ActivationLink {
  readonly id: string;
  readonly companyId: string;
  readonly system: string;
  readonly connectionId: string | null;
  readonly displayName: string;
  readonly serviceAccount: boolean;
  readonly expiresAt: string;
  readonly usedAt: string | null;
}

interface Row {
  id: string;
  company_id: string;
  system: string;
  connection_id: string | null;
  display_name: string;
  service_account: boolean;
  expires_at: Date;
  used_at: Date | null;
}

const toLink = (r: Row): ActivationLink => ({
  id: r.id,
  companyId: r.company_id,
  system: r.system,
  connectionId: r.connection_id,
  displayName: r.display_name,
  serviceAccount: r.service_account,
  expiresAt: iso(r.expires_at),
  usedAt: r.used_at ? iso(r.used_at) : null,
});

export async function createActivationLink(
  db: Sql,
  input: {
    companyId: string;
    system: string;
    connectionId: string | null;
    displayName: string;
    serviceAccount: boolean;
    createdBy: string | null;
  },
): Promise<{ link: ActivationLink; token: string }> {
  const token = randomSecret();
  const rows = await db.query<Row>(
    `INSERT INTO activation_links (id, company_id, system, connection_id, display_name, service_account, token_hash, created_by, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
    [
      newId(),
      input.companyId,
      input.system,
      input.connectionId,
      input.displayName,
      input.serviceAccount,
      sha256(token),
      input.createdBy,
      new Date(Date.now() + ACTIVATION_TTL_MS),
    ],
  );
  return { link: toLink(rows[0]!), token };
}

/** A link that can still be used: not expired, not used. */
export async function findOpenLink(db: Sql, token: string): Promise<ActivationLink | undefined> {
  const row = first(
    await db.query<Row>(
      "SELECT * FROM activation_links WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()",
      [sha256(token)],
    ),
  );
  return row ? toLink(row) : undefined;
}

/** Starts an authorization: a fresh single-use state bound to the link. */
export async function newState(db: Sql, linkId: string): Promise<string> {
  const state = randomSecret();
  await db.query("UPDATE activation_links SET state_hash = $2, state_expires_at = $3 WHERE id = $1", [
    linkId,
    sha256(state),
    new Date(Date.now() + STATE_TTL_MS),
  ]);
  return state;
}

/**
 * Takes the link that issued `state`, marking it used — atomically, so a replayed or raced callback
 * finds nothing. Undefined when the state is unknown, expired or the link already used.
 */
export async function consumeState(db: Sql, state: string): Promise<ActivationLink | undefined> {
  const row = first(
    await db.query<Row>(
      `UPDATE activation_links SET used_at = now(), state_hash = NULL
       WHERE state_hash = $1 AND state_expires_at > now() AND used_at IS NULL AND expires_at > now() RETURNING *`,
      [sha256(state)],
    ),
  );
  return row ? toLink(row) : undefined;
}

export async function listOpenLinks(db: Sql, companyId: string): Promise<ActivationLink[]> {
  const rows = await db.query<Row>(
    "SELECT * FROM activation_links WHERE company_id = $1 AND used_at IS NULL AND expires_at > now() ORDER BY created_at DESC",
    [companyId],
  );
  return rows.map(toLink);
}

export async function revokeLink(db: Sql, companyId: string, id: string): Promise<boolean> {
  const rows = await db.query(
    "DELETE FROM activation_links WHERE company_id = $1 AND id = $2 AND used_at IS NULL RETURNING id",
    [companyId, id],
  );
  return rows.length > 0;
}
