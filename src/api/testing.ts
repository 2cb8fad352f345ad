/**
 * Test support for API integration tests: a real server over a real database (PGlite, and Postgres when
 * `DATABASE_URL` is set), driven through `fastify.inject`, with helpers that act as a browser would
 * (cookie jar and CSRF header) or as a script (bearer token).
 */
import { randomBytes } from "node:crypto";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import type { AppContext } from "../app/context.js";
import { createLogger } from "../app/logger.js";
import { loadConfig } from "../config/load.js";
import { registerJobs } from "../flows/jobs.js";
import { createPgBossQueue } from "../jobs/pgBossQueue.js";
import type { Db } from "../store/db.js";
import { createSecretBox } from "../store/security/secretBox.js";
import { type BuiltServer, buildServer } from "./server.js";

/**
 * A context over a test database, as `boot` makes one. With `work`, this process also works jobs
 * (polling every half second), as `serve` does on the embedded database.
 */
export async function testContext(
  db: Db,
  env: NodeJS.ProcessEnv = {},
  opts: { work?: boolean } = {},
): Promise<AppContext> {
  const config = loadConfig({ LEDGERBRIDGE_DEMO: "0", LOG_LEVEL: "silent", ...env });
  const queue = await createPgBossQueue({ db, work: opts.work ?? false, pollingIntervalSeconds: 0.5 });
  const ctx: AppContext = {
    config,
    db,
    secrets: createSecretBox(randomBytes(32)),
    queue,
    log: createLogger("silent"),
    publicUrl: "http://localhost:8080",
    demo: false,
    apps: {},
  };
  await registerJobs(ctx);
  return ctx;
}

export async function testServer(
  db: Db,
  env: NodeJS.ProcessEnv = {},
): Promise<BuiltServer & { ctx: AppContext; close(): Promise<void> }> {
  const ctx = await testContext(db, env);
  const built = await buildServer(ctx, { webRoot: "/nonexistent" });
  return {
    ...built,
    ctx,
    async close() {
      await built.app.close();
      await ctx.queue.stop();
    },
  };
}

/** A browser-like client: keeps the session cookie and sends the CSRF token on writes. */
export class Client {
  cookie: string | undefined;
  csrf: string | undefined;
  bearer: string | undefined;
  constructor(readonly app: FastifyInstance) {}

  async request(
    method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== "GET") h["x-csrf-token"] = this.csrf;
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    const opts: InjectOptions = { method, url, headers: h };
    if (body !== undefined) opts.payload = body as object;
    const res = await this.app.inject(opts);
    this.remember(res);
    return res;
  }

  private remember(res: LightMyRequestResponse): void {
    const set = res.cookies.find((c) => c.name === "lb_session");
    if (set) this.cookie = set.value ? `lb_session=${set.value}` : undefined;
    if (res.statusCode === 200 && res.headers["content-type"]?.toString().includes("json")) {
      const body = res.json() as { csrfToken?: string };
      if (typeof body?.csrfToken === "string") this.csrf = body.csrfToken;
    }
  }

  get = (url: string) => this.request("GET", url);
  post = (url: string, body?: unknown) => this.request("POST", url, body ?? {});
  patch = (url: string, body: unknown) => this.request("PATCH", url, body);
  delete = (url: string) => this.request("DELETE", url);
}

let counter = 0;
export function uniqueEmail(tag = "user"): string {
  counter += 1;
  return `${tag}-${counter}-${randomBytes(3).toString("hex")}@example.se`;
}

export const PASSWORD = "korrekt häst batteri";

/** Runs first-run setup (when nothing exists) or signs up through an owner, returning a logged-in client. */
export async function setupAdmin(app: FastifyInstance, companyName = "Åkesson & Söner AB") {
  const c = new Client(app);
  const email = uniqueEmail("admin");
  const res = await c.post("/api/setup", { email, name: "Åsa Admin", password: PASSWORD, companyName });
  if (res.statusCode !== 200) throw new Error(`setup failed: ${res.body}`);
  const session = res.json() as { user: { id: string }; companies: { id: string }[] };
  return { client: c, email, userId: session.user.id, companyId: session.companies[0]!.id };
}
