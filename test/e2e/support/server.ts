/**
 * Starts the real hub (`node bin/ledgerbridge.js serve`) on a free port with a fresh data folder, the
 * way a user would run it, and stops it again. The app must be built first (`npm run build`).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Db, openDatabase } from "../../../src/store/db.js";
import { createPostgresDatabase } from "../../../src/store/testing.js";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export interface RunningServer {
  /** Base URL, e.g. http://localhost:43125 (no trailing slash). */
  url: string;
  /** Everything the server printed so far, for failure messages. */
  output(): string;
  /**
   * Stops the hub, hands its store to `write` (what a flow would have recorded, for pages that show it),
   * and starts it again on the same port and data; browser sessions survive, they live in the store.
   */
  writeStore(write: (db: Db) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** LEDGERBRIDGE_DEMO: the hub runs against its sandboxes and says so on every page. */
  demo?: boolean;
  /** More settings for the hub (docs/config.md). */
  env?: Record<string, string>;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  for (const file of ["dist/cli/main.js", "dist/web/index.html"]) {
    if (!existsSync(join(REPO_ROOT, file))) {
      throw new Error(`${file} is missing: run \`npm run build\` (\`npm run test:e2e\` does).`);
    }
  }
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), "ledgerbridge-e2e-"));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TZ: "UTC",
    PORT: String(port),
    LEDGERBRIDGE_DATA_DIR: dataDir,
    LEDGERBRIDGE_DEMO: options.demo ? "1" : "0",
    ...options.env,
  };
  // On Postgres, a database of its own per server: every test file begins with first-run setup, which
  // only an empty database offers.
  const database = process.env.DATABASE_URL ? await createPostgresDatabase(process.env.DATABASE_URL) : null;
  if (database) env.DATABASE_URL = database.url;

  let log = "";
  const launch = () => {
    const child = spawn(process.execPath, ["bin/ledgerbridge.js", "serve"], {
      cwd: REPO_ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const append = (chunk: Buffer) => {
      log = (log + chunk.toString("utf8")).slice(-20_000);
    };
    child.stdout?.on("data", append);
    child.stderr?.on("data", append);
    return child;
  };

  const url = `http://localhost:${port}`;
  let child = launch();
  const server: RunningServer = {
    url,
    output: () => log,
    async writeStore(write) {
      await stopChild(child);
      const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir });
      try {
        await write(db);
      } finally {
        await db.close();
      }
      child = launch();
      await waitForHealth(url, child, () => log);
    },
    stop: async () => {
      await stopChild(child);
      await rm(dataDir, { recursive: true, force: true });
      await database?.drop();
    },
  };
  try {
    await waitForHealth(url, child, () => log);
  } catch (e) {
    await server.stop();
    throw e;
  }
  return server;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `the server exited (${child.exitCode ?? child.signalCode}) before answering:\n${output()}`,
      );
    }
    try {
      const res = await fetch(`${url}/health`);
      if (res.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`GET /health did not answer 200 within 90 s:\n${output()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}
