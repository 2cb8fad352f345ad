/** `serve` and `worker`. The server, store and queue are imported inside the actions, when they run. */
import type { Command } from "commander";
import type { AppContext } from "../../app/context.js";
import { fail } from "../../core/index.js";
import { printErr, runCommand } from "../output.js";

function onSignals(stop: () => Promise<void>): void {
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) process.exit(1);
      stopping = true;
      void stop().then(() => process.exit(0));
    });
  }
}

export function registerServeCommands(program: Command): void {
  program
    .command("serve")
    .description("Serve the API and the web app (and work jobs, unless LEDGERBRIDGE_JOBS=off on Postgres)")
    .action(() =>
      runCommand(false, async () => {
        const [{ buildServer }, { boot, shutdown }, { loadConfig }, { resumeOrphanedRuns }] =
          await Promise.all([
            import("../../api/server.js"),
            import("../../app/boot.js"),
            import("../../config/load.js"),
            import("../../flows/runs.js"),
          ]);
        const config = loadConfig();
        const work = config.LEDGERBRIDGE_JOBS === "on" || !config.DATABASE_URL;
        const ctx = await boot(config, { work });
        const hooks = await startDemoIfEnabled(ctx);
        // After the demo has pointed its connection at the new sandbox: a resumed sync must reach it.
        if (work) await resumeOrphanedRuns(ctx, true);
        await ctx.queue.startWorking();
        const { app } = await buildServer(ctx);
        await app.listen({ port: config.PORT, host: config.HOST });
        const address = app.server.address();
        const port = typeof address === "object" && address ? address.port : config.PORT;
        ctx.log.info(
          { url: `http://localhost:${port}`, database: ctx.db.kind, jobs: work },
          "Ledgerbridge is serving",
        );
        onSignals(async () => {
          await app.close();
          await hooks.stop();
          await shutdown(ctx);
        });
        await new Promise(() => undefined);
      }),
    );

  program
    .command("worker")
    .description("Work jobs only (sync, write-back, schedules); run several against one Postgres")
    .action(() =>
      runCommand(false, async () => {
        const [{ boot, shutdown }, { loadConfig }, { resumeOrphanedRuns }] = await Promise.all([
          import("../../app/boot.js"),
          import("../../config/load.js"),
          import("../../flows/runs.js"),
        ]);
        const config = loadConfig();
        if (!config.DATABASE_URL) {
          fail("config_invalid", {
            detail: "`worker` needs DATABASE_URL: the embedded database belongs to `serve`",
          });
        }
        const ctx = await boot(config, { work: true });
        await resumeOrphanedRuns(ctx, true);
        await ctx.queue.startWorking();
        printErr("Ledgerbridge worker started; stop with Ctrl-C.");
        onSignals(() => shutdown(ctx));
        await new Promise(() => undefined);
      }),
    );
}

async function startDemoIfEnabled(ctx: AppContext): Promise<{ stop(): Promise<void> }> {
  if (!ctx.demo) return { stop: async () => undefined };
  const { startDemo } = await import("../../app/demo.js");
  return startDemo(ctx, { vouchersPerYear: ctx.config.LEDGERBRIDGE_DEMO_VOUCHERS_PER_YEAR });
}
