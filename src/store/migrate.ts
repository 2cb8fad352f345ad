/**
 * Forward-only migrations: every `migrations/*.sql` file, in name order (names start with a timestamp),
 * applied once each, in its own transaction, recorded in `schema_migrations`. Concurrent starters are
 * serialised by an advisory lock, so many processes may start at once against one Postgres.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Db, Sql } from "./db.js";

const MIGRATIONS_DIR = fileURLToPath(new URL("./migrations/", import.meta.url));
const LOCK_KEY = 7_202_611; // any constant; only our migrator takes it

export interface Migration {
  readonly version: string;
  readonly sql: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .sort()
    .map((f) => ({ version: f.replace(/\.sql$/, ""), sql: readFileSync(`${dir}/${f}`, "utf8") }));
}

async function applied(s: Sql): Promise<Set<string>> {
  await s.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
  );
  const rows = await s.query<{ version: string }>("SELECT version FROM schema_migrations");
  return new Set(rows.map((r) => r.version));
}

/** Applies what is missing; returns the versions it applied (empty when up to date). */
export async function migrate(db: Db, migrations = listMigrations()): Promise<string[]> {
  return db.session(async (s) => {
    await s.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    try {
      const done = await applied(s);
      const todo = migrations.filter((m) => !done.has(m.version));
      for (const m of todo) {
        await s.exec(
          `BEGIN;\n${m.sql}\n;INSERT INTO schema_migrations (version) VALUES ('${m.version}');\nCOMMIT;`,
        );
      }
      return todo.map((m) => m.version);
    } catch (e) {
      await s.exec("ROLLBACK").catch(() => undefined);
      throw e;
    } finally {
      await s.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]);
    }
  });
}

/** The newest applied migration: the schema version `/health` reports. */
export async function schemaVersion(db: Sql): Promise<string> {
  const rows = await db.query<{ version: string }>("SELECT max(version) AS version FROM schema_migrations");
  return rows[0]?.version ?? "none";
}
