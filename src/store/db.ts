/**
 * Opens the store on either engine: embedded PGlite in a folder (the default) or a real Postgres when
 * `DATABASE_URL` is set. Both expose the same small `Db` port: parameterised SQL, transactions, a
 * dedicated session for advisory locks, and a Drizzle instance over the same tables.
 */
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

export type DbKind = "pglite" | "postgres";

/** Something that runs SQL: the database itself, or one transaction or session on it. */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements, no parameters (migrations). */
  exec(text: string): Promise<void>;
  /**
   * Bulk load with COPY: `lines` are rows in COPY's text format (tab-separated, `\N` for null, escaped
   * with `copyField`). The fastest way into either engine; runs inside the caller's transaction.
   */
  copyRows(table: string, columns: readonly string[], lines: readonly string[]): Promise<void>;
}

/** One value in COPY's text format. */
export function copyField(v: string | number | bigint | null | undefined): string {
  if (v === null || v === undefined) return "\\N";
  const s = String(v);
  return /[\\\t\n\r]/.test(s)
    ? s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r")
    : s;
}

function copySql(table: string, columns: readonly string[], from: string): string {
  return `COPY ${table} (${columns.join(", ")}) FROM ${from}`;
}

export interface Db extends Sql {
  readonly kind: DbKind;
  /** Runs `fn` in one transaction; it is rolled back if `fn` throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /** Runs `fn` on one connection held for its whole duration (session-level advisory locks). */
  session<T>(fn: (s: Sql) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` holding a named lock exclusive across every process on this database: a Postgres advisory
   * lock on one connection (released when `fn` settles or the holder's connection dies), queued behind an
   * in-process mutex so waiters in one process do not each hold a pooled connection. `fn` gets that
   * connection and should run its queries on it. On PGlite (one process) the mutex alone.
   */
  withLock<T>(name: string, fn: (s: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// pg: keep bigint and numeric as strings (exact), dates as plain `YYYY-MM-DD` strings.
pg.types.setTypeParser(20, (v) => v);
pg.types.setTypeParser(1082, (v) => v);

async function pgCopy(client: pg.PoolClient, sql: string, lines: readonly string[]): Promise<void> {
  const stream = client.query(copyFrom(sql));
  const done = new Promise<void>((resolve, reject) => {
    stream.on("finish", () => resolve());
    stream.on("error", reject);
  });
  const CHUNK = 2000;
  for (let i = 0; i < lines.length; i += CHUNK) {
    const ok = stream.write(`${lines.slice(i, i + CHUNK).join("\n")}\n`);
    if (!ok) await new Promise((r) => stream.once("drain", r));
  }
  stream.end();
  await done;
}

function pgSql(client: pg.Pool | pg.PoolClient): Sql {
  return {
    async copyRows(table, columns, lines) {
      if (lines.length === 0) return;
      const sql = copySql(table, columns, "STDIN");
      if (client instanceof pg.Pool) {
        const c = await client.connect();
        try {
          await pgCopy(c, sql, lines);
        } finally {
          c.release();
        }
      } else await pgCopy(client, sql, lines);
    },
    async query<T>(text: string, params: readonly unknown[] = []) {
      const r: pg.QueryResult | pg.QueryResult[] = await client.query(text, params as unknown[]);
      // Several statements without parameters answer one result each; the last one's rows count.
      return (Array.isArray(r) ? (r.at(-1)?.rows ?? []) : r.rows) as T[];
    },
    async exec(text: string) {
      await client.query(text);
    },
  };
}

export function openPostgres(url: string, max = 10): Db {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection that the server closes (a restart, an administrator's termination) is dropped by
  // the pool and replaced at the next query; unheard, its error event would end the whole process.
  pool.on("error", () => undefined);
  const mutex = keyedMutex();
  const base = pgSql(pool);
  const withClient = async <T>(fn: (s: Sql) => Promise<T>, tx: boolean): Promise<T> => {
    const client = await pool.connect();
    try {
      if (!tx) return await fn(pgSql(client));
      await client.query("BEGIN");
      try {
        const result = await fn(pgSql(client));
        await client.query("COMMIT");
        return result;
      } catch (e) {
        await client.query("ROLLBACK");
        throw e;
      }
    } finally {
      client.release();
    }
  };
  return {
    kind: "postgres",
    ...base,
    transaction: (fn) => withClient(fn, true),
    session: (fn) => withClient(fn, false),
    withLock: (name, fn) =>
      mutex(name, () =>
        withClient(async (s) => {
          await s.query("SELECT pg_advisory_lock(hashtextextended($1, 0))", [name]);
          try {
            return await fn(s);
          } finally {
            await s.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [name]);
          }
        }, false),
      ),
    close: () => pool.end(),
  };
}

// PGlite returns dates as JS Date and int8 as bigint by default; parse them as pg does above so rows look
// the same on both engines.
const PGLITE_PARSERS = { 20: (v: string) => v, 1082: (v: string) => v };

/** Named locks within one process: each name's holders run one after another, in arrival order. */
function keyedMutex(): <T>(name: string, fn: () => Promise<T>) => Promise<T> {
  const tails = new Map<string, Promise<unknown>>();
  return async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const previous = tails.get(name) ?? Promise.resolve();
    const run = previous.then(fn, fn);
    const tail = run.catch(() => undefined);
    tails.set(name, tail);
    try {
      return await run;
    } finally {
      if (tails.get(name) === tail) tails.delete(name);
    }
  };
}

export async function openPglite(dataDir: string | undefined): Promise<Db> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(
    dataDir ? { dataDir, parsers: PGLITE_PARSERS } : { parsers: PGLITE_PARSERS },
  );
  type Tx = Pick<PGlite, "query" | "exec">;
  const wrap = (c: Tx): Sql => ({
    async copyRows(table, columns, lines) {
      if (lines.length === 0) return;
      const blob = new Blob([`${lines.join("\n")}\n`]);
      await c.query(copySql(table, columns, "'/dev/blob'"), [], { blob });
    },
    async query<T>(text: string, params: readonly unknown[] = []) {
      const r = await c.query<T>(text, params as unknown[]);
      return r.rows;
    },
    async exec(text: string) {
      await c.exec(text);
    },
  });
  const mutex = keyedMutex();
  return {
    kind: "pglite",
    ...wrap(client),
    transaction: (fn) => client.transaction((tx) => fn(wrap(tx))),
    // PGlite is one connection: a session is the database itself, and queries are already serialised.
    session: (fn) => fn(wrap(client)),
    withLock: (name, fn) => mutex(name, () => fn(wrap(client))),
    close: () => client.close(),
  };
}

export async function openDatabase(opts: { databaseUrl?: string | undefined; dataDir: string }): Promise<Db> {
  return opts.databaseUrl
    ? openPostgres(opts.databaseUrl)
    : openPglite(`${opts.dataDir.replace(/\/$/, "")}/db`);
}
