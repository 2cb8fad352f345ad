/**
 * `ledgerbridge sync --connection ID [--years N | --year YYYY] [--overwrite-uploaded] --wait --json`:
 * starts a ledger sync of a Fortnox connection; with --wait this process also works it and prints the
 * run's summary when it ends. Progress goes to stderr. Its modules are imported when the command runs.
 */
import type { Command } from "commander";
import { fail } from "../../core/index.js";
import type { SyncRun } from "../../store/repos/syncRuns.js";
import { printErr, printJson, printLine, runCommand } from "../output.js";

interface SyncOptions {
  connection: string;
  years?: string;
  year?: string;
  overwriteUploaded?: boolean;
  wait?: boolean;
  json?: boolean;
}

const FINISHED = new Set(["succeeded", "failed", "cancelled"]);

function summary(run: SyncRun) {
  return {
    runId: run.id,
    state: run.state,
    counts: run.counts,
    requestsUsed: run.requestsUsed,
    errorCode: run.errorCode,
    errorMessage: run.errorMessage,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
  };
}

export function registerSyncCommands(program: Command): void {
  program
    .command("sync")
    .description("Sync a Fortnox connection's ledger (the last two fiscal years by default)")
    .requiredOption("--connection <id>")
    .option("--years <n>", "the last N financial years")
    .option("--year <yyyy>", "only the financial year starting in this year")
    .option("--overwrite-uploaded", "replace years that came from an uploaded SIE file")
    .option("--wait", "work the sync in this process and wait until it ends")
    .option("--json", "print the run summary as JSON")
    .action((o: SyncOptions) =>
      runCommand(!!o.json, async () => {
        const [{ boot, shutdown }, { loadConfig }, { LEDGER_SYNC }, { startTrackedRun }, { getRunById }] =
          await Promise.all([
            import("../../app/boot.js"),
            import("../../config/load.js"),
            import("../../flows/ledger/fortnoxSync.js"),
            import("../../flows/runs.js"),
            import("../../store/repos/syncRuns.js"),
          ]);
        const ctx = await boot(loadConfig(), { work: !!o.wait, logTo: "stderr" });
        await ctx.queue.startWorking();
        try {
          const [conn] = await ctx.db.query<{ company_id: string }>(
            "SELECT company_id FROM connections WHERE id::text = $1",
            [o.connection],
          );
          if (!conn) fail("not_found", { entity: "connection" });
          const params: Record<string, unknown> = {};
          if (o.years) params.years = Number(o.years);
          if (o.year) params.year = Number(o.year);
          if (o.overwriteUploaded) params.overwriteUploaded = true;
          let run = await startTrackedRun(ctx, {
            kind: LEDGER_SYNC,
            companyId: conn.company_id,
            connectionId: o.connection,
            params,
          });
          while (o.wait && !FINISHED.has(run.state)) {
            await new Promise((r) => setTimeout(r, 250));
            run = (await getRunById(ctx.db, run.id))!;
            const p = run.progress;
            if (process.stderr.isTTY)
              process.stderr.write(
                `\r${p.step ?? "waiting"} ${p.done}/${p.total ?? "?"} · ${run.requestsUsed} requests   `,
              );
          }
          if (process.stderr.isTTY) process.stderr.write("\n");
          if (o.json) printJson(summary(run));
          else
            printLine(
              `${run.state}: ${JSON.stringify(run.counts)}${run.errorMessage ? ` — ${run.errorMessage}` : ""}`,
            );
          if (run.state === "failed") printErr(`sync failed: ${run.errorMessage ?? run.errorCode}`);
          return run.state === "failed" ? 3 : 0;
        } finally {
          await shutdown(ctx);
        }
      }),
    );
}
