/**
 * Test support: a fresh database per test file on each engine — an in-memory PGlite always, and a new
 * Postgres database when `DATABASE_URL` is set (created from it, dropped at the end).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Db, openPglite, openPostgres } from "./db.js";
import { migrate } from "./migrate.js";

export interface TestEngine {
  readonly name: "pglite" | "postgres";
  open(): Promise<Db>;
  dispose(): Promise<void>;
}

export function testEngines(): TestEngine[] {
  const engines: TestEngine[] = [pgliteEngine()];
  const url = process.env.DATABASE_URL;
  if (url) engines.push(postgresEngine(url));
  return engines;
}

function pgliteEngine(): TestEngine {
  return {
    name: "pglite",
    async open() {
      const db = await openPglite(undefined);
      await migrate(db);
      return db;
    },
    async dispose() {},
  };
}

function postgresEngine(baseUrl: string): TestEngine {
  const name = `lb_test_${randomBytes(6).toString("hex")}`;
  const admin = () => new pg.Client({ connectionString: baseUrl });
  let created = false;
  return {
    name: "postgres",
    async open() {
      if (!created) {
        const c = admin();
        await c.connect();
        await c.query(`CREATE DATABASE ${name}`);
        await c.end();
        created = true;
      }
      const url = new URL(baseUrl);
      url.pathname = `/${name}`;
      const db = openPostgres(url.toString(), 5);
      await migrate(db);
      return db;
    },
    async dispose() {
      if (!created) return;
      const c = admin();
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** The Postgres URL for a test database of this run, for tests that start processes. */
export async function createPostgresDatabase(
  baseUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `lb_test_${randomBytes(6).toString("hex")}`;
  const c = new pg.Client({ connectionString: baseUrl });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const d = new pg.Client({ connectionString: baseUrl });
      await d.connect();
      await d.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await d.end();
    },
  };
}
