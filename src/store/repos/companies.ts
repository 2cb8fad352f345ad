import { type CompanyId, newId } from "../../core/index.js";
import type { Sql } from "../db.js";
import { first, iso } from "./rows.js";

export type Role = "owner" | "admin" | "member" | "viewer";

export interface Company {
  readonly id: CompanyId;
  readonly name: string;
  readonly orgNumber: string | null;
  /** Connected to the bundled sandboxes: shared with every administrator and labelled in the app. */
  readonly demo: boolean;
  readonly createdAt: string;
}

interface CompanyRow {
  id: string;
  name: string;
  org_number: string | null;
  demo: boolean;
  created_at: Date;
}

const toCompany = (r: CompanyRow): Company => ({
  id: r.id as CompanyId,
  name: r.name,
  orgNumber: r.org_number,
  demo: r.demo,
  createdAt: iso(r.created_at),
});

/** Creates a company with its first owner, in the caller's transaction. */
export async function createCompany(
  db: Sql,
  input: { name: string; orgNumber?: string | undefined; ownerId?: string | undefined; demo?: boolean },
): Promise<Company> {
  const rows = await db.query<CompanyRow>(
    "INSERT INTO companies (id, name, org_number, demo) VALUES ($1, $2, $3, $4) RETURNING *",
    [newId(), input.name, input.orgNumber ?? null, input.demo ?? false],
  );
  const company = toCompany(rows[0]!);
  if (input.ownerId) {
    await db.query("INSERT INTO memberships (company_id, user_id, role) VALUES ($1, $2, 'owner')", [
      company.id,
      input.ownerId,
    ]);
  }
  return company;
}

export async function listCompaniesOfUser(db: Sql, userId: string): Promise<(Company & { role: Role })[]> {
  const rows = await db.query<CompanyRow & { role: Role }>(
    `SELECT c.*, m.role FROM companies c JOIN memberships m ON m.company_id = c.id
     WHERE m.user_id = $1 ORDER BY lower(c.name), c.id`,
    [userId],
  );
  return rows.map((r) => ({ ...toCompany(r), role: r.role }));
}

export async function getCompany(db: Sql, id: string): Promise<Company | undefined> {
  const row = first(await db.query<CompanyRow>("SELECT * FROM companies WHERE id = $1", [id]));
  return row ? toCompany(row) : undefined;
}

export async function updateCompany(
  db: Sql,
  id: string,
  patch: { name?: string | undefined; orgNumber?: string | undefined },
): Promise<Company | undefined> {
  const row = first(
    await db.query<CompanyRow>(
      `UPDATE companies SET name = coalesce($2, name), org_number = coalesce($3, org_number)
       WHERE id = $1 RETURNING *`,
      [id, patch.name ?? null, patch.orgNumber ?? null],
    ),
  );
  return row ? toCompany(row) : undefined;
}

export async function findDemoCompanies(db: Sql): Promise<Company[]> {
  const rows = await db.query<CompanyRow>("SELECT * FROM companies WHERE demo ORDER BY created_at, id");
  return rows.map(toCompany);
}

/** Every administrator owns every demo company, so the demo is there to click after first-run setup. */
export async function shareDemoCompaniesWithAdmins(db: Sql): Promise<void> {
  await db.query(
    `INSERT INTO memberships (company_id, user_id, role)
     SELECT c.id, u.id, 'owner' FROM companies c CROSS JOIN users u WHERE c.demo AND u.is_admin
     ON CONFLICT (company_id, user_id) DO NOTHING`,
  );
}
