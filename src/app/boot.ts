import { publicUrl } from "../config/load.js";
import type { Config } from "../config/schema.js";
import { registerJobs } from "../flows/jobs.js";
import { createPgBossQueue } from "../jobs/pgBossQueue.js";
import { type Db, openDatabase } from "../store/db.js";
import { migrate } from "../store/migrate.js";
import { createSecretBox, loadOrCreateKey } from "../store/security/secretBox.js";
import type { AppContext } from "./context.js";
import { createLogger, type Logger, type LogTo } from "./logger.js";

export interface BootOptions {
  /** Whether this process works jobs. */
  readonly work: boolean;
  /** Log lines to stderr, for commands whose stdout is their answer (default stdout). */
  readonly logTo?: LogTo;
}

function fortnoxApp(config: Config): AppContext["apps"] {
  if (!config.FORTNOX_CLIENT_ID || !config.FORTNOX_CLIENT_SECRET) return {};
  return {
    fortnox: {
      clientId: config.FORTNOX_CLIENT_ID,
      clientSecret: config.FORTNOX_CLIENT_SECRET,
      apiBaseUrl: config.FORTNOX_API_URL,
      authBaseUrl: config.FORTNOX_AUTH_URL,
      sandbox: false,
    },
  };
}

/** Opens the store and brings its schema up to date; for commands that need nothing else. */
export async function openStore(config: Config, log: Logger): Promise<Db> {
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.LEDGERBRIDGE_DATA_DIR });
  const applied = await migrate(db);
  if (applied.length > 0) log.info({ applied, database: db.kind }, "database migrated");
  return db;
}

/** Opens the store, migrates it, loads the secret key and starts the job queue. */
export async function boot(config: Config, opts: BootOptions): Promise<AppContext> {
  const log = createLogger(config.LOG_LEVEL, opts.logTo);
  const db = await openStore(config, log);
  const key = loadOrCreateKey({
    envKey: config.LEDGERBRIDGE_SECRET_KEY,
    dataDir: config.LEDGERBRIDGE_DATA_DIR,
    onGenerated: (path) =>
      log.warn(
        { path },
        "generated a new secret key for encrypting stored secrets; back it up with the data folder",
      ),
  });
  // Jobs are taken only once the caller has finished starting (demo sandboxes, resuming runs): call
  // `ctx.queue.startWorking()`.
  const queue = await createPgBossQueue({
    deferWork: true,
    db,
    work: opts.work,
    onError: (e) => log.error({ err: e }, "job queue error"),
  });
  const ctx: AppContext = {
    config,
    db,
    secrets: createSecretBox(key),
    queue,
    log,
    publicUrl: publicUrl(config),
    demo: config.LEDGERBRIDGE_DEMO,
    apps: fortnoxApp(config),
  };
  await registerJobs(ctx);
  return ctx;
}

export async function shutdown(ctx: AppContext): Promise<void> {
  await ctx.queue.stop();
  await ctx.db.close();
}
