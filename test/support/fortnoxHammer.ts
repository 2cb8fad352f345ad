/**
 * A worker-like process for the token-chain tests: builds the hub's context from the environment and
 * calls Fortnox through the connection again and again, refreshing tokens as they expire. Prints one JSON
 * line with its counts at the end.
 */
import { randomInt } from "node:crypto";
import type { AppContext } from "../../src/app/context.js";
import { createLogger } from "../../src/app/logger.js";
import { loadConfig } from "../../src/config/load.js";
import { getCompanyInformation } from "../../src/connectors/fortnox/index.js";
import { fortnoxClientFor } from "../../src/flows/fortnox/connection.js";
import type { JobQueue } from "../../src/jobs/queue.js";
import { openPostgres } from "../../src/store/db.js";
import { getConnection } from "../../src/store/repos/connections.js";
import { createSecretBox, parseKey } from "../../src/store/security/secretBox.js";

const env = process.env;
const db = openPostgres(env.DATABASE_URL!, 4);
const noQueue = {} as JobQueue; // this process only talks to Fortnox
const ctx: AppContext = {
  config: loadConfig({ LEDGERBRIDGE_DEMO: "0" }),
  db,
  secrets: createSecretBox(parseKey(env.LEDGERBRIDGE_SECRET_KEY!)),
  queue: noQueue,
  log: createLogger("silent"),
  publicUrl: "http://localhost",
  demo: false,
  apps: {},
};
const conn = (await getConnection(db, env.COMPANY_ID!, env.CONNECTION_ID!))!;
const client = await fortnoxClientFor(ctx, conn);
const until = Date.now() + Number(env.RUN_MS ?? 6000);
let ok = 0;
const errors: string[] = [];
while (Date.now() < until) {
  try {
    await getCompanyInformation(client);
    ok++;
    if (ok === 1) process.stderr.write("ready\n");
  } catch (e) {
    errors.push(e instanceof Error ? e.message : String(e));
  }
  await new Promise((r) => setTimeout(r, randomInt(0, 150)));
}
process.stdout.write(`${JSON.stringify({ ok, errors })}\n`);
await db.close();
