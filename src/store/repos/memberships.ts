import type { Sql } from "../db.js";
import type { Role } from "./companies.js";
import { first, iso } from "./rows.js";

export interface Member {
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly addedAt: string;
}

interface MemberRow {
  user_id: string;
  email: string;
  name: string;
  role: Role;
  created_at: Date;
}

const toMember = (r: MemberRow): Member => ({
  userId: r.user_id,
  email: r.email,
  name: r.name,
  role: r.role,
  addedAt: iso(r.created_at),
});

const SELECT = `SELECT m.user_id, u.email, u.name, m.role, m.created_at
  FROM memberships m JOIN users u ON u.id = m.user_id`;

export async function roleOf(db: Sql, companyId: string, userId: string): Promise<Role | undefined> {
  const row = first(
    await db.query<{ role: Role }>("SELECT role FROM memberships WHERE company_id = $1 AND user_id = $2", [
      companyId,
      userId,
    ]),
  );
  return row?.role;
}

export async function listMembers(db: Sql, companyId: string): Promise<Member[]> {
  const rows = await db.query<MemberRow>(`${SELECT} WHERE m.company_id = $1 ORDER BY lower(u.name), u.id`, [
    companyId,
  ]);
  return rows.map(toMember);
}

export async function getMember(db: Sql, companyId: string, userId: string): Promise<Member | undefined> {
  const row = first(
    await db.query<MemberRow>(`${SELECT} WHERE m.company_id = $1 AND m.user_id = $2`, [companyId, userId]),
  );
  return row ? toMember(row) : undefined;
}

/** Adds or keeps a membership; an existing member keeps their role. Returns the membership. */
export async function addMember(db: Sql, companyId: string, userId: string, role: Role): Promise<Member> {
  await db.query(
    `INSERT INTO memberships (company_id, user_id, role) VALUES ($1, $2, $3)
     ON CONFLICT (company_id, user_id) DO NOTHING`,
    [companyId, userId, role],
  );
  return (await getMember(db, companyId, userId))!;
}

export async function setRole(db: Sql, companyId: string, userId: string, role: Role): Promise<void> {
  await db.query("UPDATE memberships SET role = $3 WHERE company_id = $1 AND user_id = $2", [
    companyId,
    userId,
    role,
  ]);
}

export async function removeMember(db: Sql, companyId: string, userId: string): Promise<void> {
  await db.query("DELETE FROM memberships WHERE company_id = $1 AND user_id = $2", [companyId, userId]);
}

export async function countOwners(db: Sql, companyId: string): Promise<number> {
  const rows = await db.query<{ n: string | number }>(
    "SELECT count(*) AS n FROM memberships WHERE company_id = $1 AND role = 'owner'",
    [companyId],
  );
  return Number(rows[0]?.n ?? 0);
}
