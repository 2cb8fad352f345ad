import { newId } from "../../core/index.js";
import type { Sql } from "../db.js";
import { randomSecret, sha256 } from "../security/tokens.js";
import type { Role } from "./companies.js";
import { first, iso } from "./rows.js";
import { normaliseEmail } from "./users.js";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface Invitation {
  readonly id: string;
  readonly companyId: string;
  readonly email: string;
  readonly role: Role;
  readonly expiresAt: string;
}

interface InvitationRow {
  id: string;
  company_id: string;
  email: string;
  role: Role;
  expires_at: Date;
}

const toInvitation = (r: InvitationRow): Invitation => ({
  id: r.id,
  companyId: r.company_id,
  email: r.email,
  role: r.role,
  expiresAt: iso(r.expires_at),
});

export async function createInvitation(
  db: Sql,
  input: { companyId: string; email: string; role: Role; invitedBy: string | null },
): Promise<{ invitation: Invitation; token: string }> {
  const token = randomSecret();
  const rows = await db.query<InvitationRow>(
    `INSERT INTO invitations (id, company_id, email, role, token_hash, invited_by, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
    [
      newId(),
      input.companyId,
      normaliseEmail(input.email),
      input.role,
      sha256(token),
      input.invitedBy,
      new Date(Date.now() + INVITATION_TTL_MS),
    ],
  );
  return { invitation: toInvitation(rows[0]!), token };
}

export async function listOpenInvitations(db: Sql, companyId: string): Promise<Invitation[]> {
  const rows = await db.query<InvitationRow>(
    `SELECT * FROM invitations WHERE company_id = $1 AND accepted_at IS NULL AND expires_at > now()
     ORDER BY created_at DESC, id`,
    [companyId],
  );
  return rows.map(toInvitation);
}

export async function findOpenInvitation(db: Sql, token: string): Promise<Invitation | undefined> {
  const row = first(
    await db.query<InvitationRow>(
      "SELECT * FROM invitations WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now()",
      [sha256(token)],
    ),
  );
  return row ? toInvitation(row) : undefined;
}

/** Marks the invitation used; false when another request used it first (links work once). */
export async function markAccepted(db: Sql, id: string): Promise<boolean> {
  const rows = await db.query(
    "UPDATE invitations SET accepted_at = now() WHERE id = $1 AND accepted_at IS NULL RETURNING id",
    [id],
  );
  return rows.length > 0;
}

export async function deleteInvitation(db: Sql, companyId: string, id: string): Promise<boolean> {
  const rows = await db.query("DELETE FROM invitations WHERE company_id = $1 AND id = $2 RETURNING id", [
    companyId,
    id,
  ]);
  return rows.length > 0;
}
