import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { AppContext } from "../app/context.js";
import { createLogger } from "../app/logger.js";
import { loadConfig } from "../config/load.js";
import { fail } from "../core/index.js";
import { createPgBossQueue } from "../jobs/pgBossQueue.js";
import type { Db } from "../store/db.js";
import { createCompany } from "../store/repos/companies.js";
import { getRun } from "../store/repos/syncRuns.js";
import { createSecretBox } from "../store/security/secretBox.js";
import { testEngines } from "../store/testing.js";
import { registerRunKind, startTrackedRun } from "./runs.js";

async function context(db: Db, work: boolean): Promise<AppContext> {
  return {
    config: loadConfig({ LEDGERBRIDGE_DEMO: "0" }),
    db,
    secrets: createSecretBox(randomBytes(32)),
    queue: await createPgBossQueue({ db, work, pollingIntervalSeconds: 0.5 }),
    log: createLogger("silent"),
    publicUrl: "http://localhost:8080",
    demo: false,
    apps: {},
  };
}

async function waitForRun(db: Db, companyId: string, runId: string, states: string[]) {
  for (let i = 0; i < 200; i++) {
    const run = await getRun(db, companyId, runId);
    if (run && states.includes(run.state)) return run;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`run ${runId} never reached ${states.join("/")}`);
}

for (const engine of testEngines()) {
  describe(`tracked runs on ${engine.name}`, () => {
    afterAll(() => engine.dispose());

    it("go queued → running → succeeded with progress and counts; failures keep the catalogue code and message", async () => {
      const db = await engine.open();
      const ctx = await context(db, true);
      try {
        const company = await createCompany(db, { name: "Körning AB" });
        await registerRunKind(ctx, "test.count", async (data, r) => {
          if (data.params.broken)
            fail("upstream_rejected", { system: "Fortnox", upstreamMessage: "Kunde inte hitta konto" });
          for (let i = 1; i <= 3; i++) {
            r.count("vouchers", 10);
            await r.progress({ step: "vouchers", done: i, total: 3, requestsUsed: i });
          }
        });
        const run = await startTrackedRun(ctx, { kind: "test.count", companyId: company.id });
        expect(run.state).toBe("queued");
        const done = await waitForRun(db, company.id, run.id, ["succeeded", "failed"]);
        expect(done).toMatchObject({
          state: "succeeded",
          counts: { vouchers: 30 },
          progress: { step: "vouchers", done: 3, total: 3 },
          requestsUsed: 3,
        });
        expect(done.startedAt).not.toBeNull();
        expect(done.finishedAt).not.toBeNull();

        const broken = await startTrackedRun(ctx, {
          kind: "test.count",
          companyId: company.id,
          params: { broken: true },
        });
        const failed = await waitForRun(db, company.id, broken.id, ["succeeded", "failed"]);
        expect(failed).toMatchObject({ state: "failed", errorCode: "upstream_rejected" });
        expect(failed.errorMessage).toBe("Fortnox refused the request: Kunde inte hitta konto");
      } finally {
        await ctx.queue.stop();
        await db.close();
      }
    });

    it("a second start while one is waiting is not queued twice", async () => {
      const db = await engine.open();
      const ctx = await context(db, false);
      try {
        const company = await createCompany(db, { name: "Dubbel AB" });
        await registerRunKind(ctx, "test.once", async () => undefined);
        const first = await startTrackedRun(ctx, { kind: "test.once", companyId: company.id });
        const second = await startTrackedRun(ctx, { kind: "test.once", companyId: company.id });
        expect(first.state).toBe("queued");
        expect(second).toMatchObject({ state: "cancelled", errorCode: "job_already_running" });
      } finally {
        await ctx.queue.stop();
        await db.close();
      }
    });
  });
}
