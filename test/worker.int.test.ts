/**
 * `ledgerbridge worker` as a separate process: on Postgres it works jobs that another process enqueued;
 * on the embedded database it refuses with a clear message (PGlite belongs to `serve`).
 */
import { spawn } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { MAINTENANCE_CLEANUP } from "../src/flows/jobs.js";
import { createPgBossQueue } from "../src/jobs/pgBossQueue.js";
import { openPostgres } from "../src/store/db.js";
import { migrate } from "../src/store/migrate.js";
import { createUser } from "../src/store/repos/users.js";
import { createPostgresDatabase } from "../src/store/testing.js";

function runCli(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr.on("data", (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { child, exited, output: () => out };
}

const baseUrl = process.env.DATABASE_URL;

describe("ledgerbridge worker", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  if (!baseUrl) {
    it("refuses to run on the embedded database, saying why", async () => {
      const { exited, output } = runCli(["worker"], { LEDGERBRIDGE_DATA_DIR: "/tmp/lb-worker-refused" });
      expect(await exited).toBe(1);
      expect(output()).toContain("`worker` needs DATABASE_URL");
      expect(output()).toContain("[config_invalid]");
    });
    return;
  }

  it("works jobs enqueued by another process, on the shared Postgres", async () => {
    const target = await createPostgresDatabase(baseUrl);
    cleanups.push(target.drop);
    const db = openPostgres(target.url, 2);
    cleanups.push(() => db.close());
    await migrate(db);
    const user = await createUser(db, { email: "gammal@example.se", name: "G", passwordHash: null });
    await db.query(
      "INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) VALUES ('old', $1, 'c', now() - interval '1 day')",
      [user.id],
    );
    const api = await createPgBossQueue({ db, work: false });
    cleanups.push(() => api.stop());

    const worker = runCli(["worker"], { DATABASE_URL: target.url, LEDGERBRIDGE_SECRET_KEY: "ab".repeat(32) });
    cleanups.push(async () => {
      worker.child.kill("SIGTERM");
      await worker.exited;
    });
    await api.register(MAINTENANCE_CLEANUP, async () => undefined);
    expect(await api.enqueue(MAINTENANCE_CLEANUP, {})).not.toBeNull();
    let left = 1;
    for (let i = 0; i < 300 && left > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      left = (await db.query("SELECT 1 FROM sessions WHERE token_hash = 'old'")).length;
    }
    expect(left, worker.output()).toBe(0);
  });
});
