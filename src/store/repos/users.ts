import { newId, type UserId } from "../../core/index.js";
import type { Sql } from "../db.js";
import { first, iso } from "./rows.js";

export interface User {
  readonly id: UserId;
  readonly email: string;
  readonly name: string;
  readonly isAdmin: boolean;
  readonly createdAt: string;
}

interface UserRow {
  id: string;
  email: string;
  name: string;
  is_admin: boolean;
  created_at: Date;
  password_hash: string | null;
}

const toUser = (r: UserRow): User => ({
  id: r.id as UserId,
  email: r.email,
  name: r.name,
  isAdmin: r.is_admin,
  createdAt: iso(r.created_at),
});

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function createUser(
  db: Sql,
  input: { email: string; name: string; passwordHash: string | null; isAdmin?: boolean },
): Promise<User> {
  const rows = await db.query<UserRow>(
    `INSERT INTO users (id, email, name, password_hash, is_admin) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
    [newId(), normaliseEmail(input.email), input.name, input.passwordHash, input.isAdmin ?? false],
  );
  return toUser(rows[0]!);
}

export async function findUserByEmail(
  db: Sql,
  email: string,
): Promise<(User & { passwordHash: string | null }) | undefined> {
  const row = first(await db.query<UserRow>("SELECT * FROM users WHERE email = $1", [normaliseEmail(email)]));
  return row ? { ...toUser(row), passwordHash: row.password_hash } : undefined;
}

export async function getUser(db: Sql, id: string): Promise<User | undefined> {
  const row = first(await db.query<UserRow>("SELECT * FROM users WHERE id = $1", [id]));
  return row ? toUser(row) : undefined;
}

export async function countUsers(db: Sql): Promise<number> {
  const rows = await db.query<{ n: string | number }>("SELECT count(*) AS n FROM users");
  return Number(rows[0]?.n ?? 0);
}
