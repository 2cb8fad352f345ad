/**
 * Ledger commands: `sie import` and `sie export` (added to the `sie` command), and `report …`.
 * JSON on stdout with --json, progress on stderr. The store and the flows are imported inside the
 * actions, so loading the CLI for another command does not load them.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Command } from "commander";
import { fail } from "../../core/index.js";
import type { Db } from "../../store/db.js";
import { printErr, printJson, printLine, runCommand } from "../output.js";

const reports = () => import("../../flows/ledger/reports.js");

export async function withStore<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const [{ openStore }, { createLogger }, { loadConfig }] = await Promise.all([
    import("../../app/boot.js"),
    import("../../app/logger.js"),
    import("../../config/load.js"),
  ]);
  const db = await openStore(loadConfig(), createLogger("warn", "stderr"));
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

function progressBar(total: number): (bytes: number) => void {
  let last = 0;
  return (bytes) => {
    if (!process.stderr.isTTY || Date.now() - last < 200) return;
    last = Date.now();
    process.stderr.write(`\rimporting ${Math.floor((bytes / Math.max(total, 1)) * 100)}%`);
  };
}

export async function yearOf(db: Db, company: string, year: string) {
  const [{ getCompany }, { findFiscalYearByYear }] = await Promise.all([
    import("../../store/repos/companies.js"),
    import("../../store/repos/ledger/fiscalYears.js"),
  ]);
  if (!(await getCompany(db, company))) fail("not_found", { entity: "company" });
  return (await findFiscalYearByYear(db, company, Number(year))) ?? fail("ledger_year_not_found", { year });
}

function sieSubcommands(program: Command): void {
  const sie =
    program.commands.find((c) => c.name() === "sie") ?? program.command("sie").description("SIE 4 files");
  sie
    .command("import <file>")
    .description("Import an SIE 4 file into a company's ledger (one fiscal year, checked, atomic)")
    .requiredOption("--company <id>")
    .option("--replace", "overwrite the fiscal year if it already has data")
    .option("--json", "print the result as JSON")
    .action((file: string, o: { company: string; replace?: boolean; json?: boolean }) =>
      runCommand(!!o.json, () =>
        withStore(async (db) => {
          const [{ getCompany }, { importSie }] = await Promise.all([
            import("../../store/repos/companies.js"),
            import("../../flows/ledger/importSie.js"),
          ]);
          if (!(await getCompany(db, o.company))) fail("not_found", { entity: "company" });
          const size = (await stat(file)).size;
          const r = await importSie(db, {
            companyId: o.company,
            source: createReadStream(file, { highWaterMark: 1 << 20 }),
            sourceName: file.split("/").at(-1) ?? file,
            replace: !!o.replace,
            onProgress: progressBar(size),
          });
          if (process.stderr.isTTY) process.stderr.write("\r");
          const out = {
            fiscalYearId: r.fiscalYearId,
            start: r.start,
            end: r.end,
            replaced: r.replaced,
            counts: r.counts,
            warnings: r.summary.warnings,
          };
          if (o.json) printJson(out);
          else
            printLine(
              `imported ${r.start} – ${r.end}: ${r.counts.vouchers} vouchers, ${r.counts.rows} rows${r.replaced ? " (replaced)" : ""}`,
            );
        }),
      ),
    );
  sie
    .command("export")
    .description("Write a company's fiscal year from the ledger as an SIE 4E file")
    .requiredOption("--company <id>")
    .requiredOption("--year <yyyy>", "the fiscal year, by the calendar year it starts in")
    .option("--out <file>", "where to write (default: standard output)")
    .option("--utf8", "UTF-8 instead of the standard CP437")
    .action((o: { company: string; year: string; out?: string; utf8?: boolean }) =>
      runCommand(false, () =>
        withStore(async (db) => {
          const y = await yearOf(db, o.company, o.year);
          const { exportSie } = await import("../../flows/ledger/exportSie.js");
          const out = o.out ? createWriteStream(o.out) : process.stdout;
          await pipeline(Readable.from(exportSie(db, o.company, y, o.utf8 ? "utf-8" : "cp437")), out);
          if (o.out) printErr(`wrote ${o.out}`);
        }),
      ),
    );
}

function reportCommands(program: Command): void {
  const report = program.command("report").description("Reports from a company's ledger");
  const common = (c: Command) =>
    c
      .requiredOption("--company <id>")
      .requiredOption("--year <yyyy>", "the fiscal year, by the calendar year it starts in")
      .option("--from <date>")
      .option("--to <date>")
      .option("--cost-center <code>")
      .option("--project <code>")
      .option("--json", "print JSON");
  type Opts = {
    company: string;
    year: string;
    from?: string;
    to?: string;
    costCenter?: string;
    project?: string;
    json?: boolean;
  };
  const run = (fn: (db: Db, o: Opts) => Promise<unknown>, human: (r: never) => void) => (o: Opts) =>
    runCommand(!!o.json, () =>
      withStore(async (db) => {
        const r = await fn(db, o);
        if (o.json) printJson(r);
        else human(r as never);
      }),
    );
  const filter = (o: Opts) => ({ from: o.from, to: o.to, costCenter: o.costCenter, project: o.project });
  common(report.command("trial-balance").description("Opening, movement and closing per account")).action(
    run(
      async (db, o) => (await reports()).trialBalance(db, await yearOf(db, o.company, o.year), filter(o)),
      (lines: { account: string; name: string; opening: string; movement: string; closing: string }[]) => {
        for (const l of lines)
          printLine(
            `${l.account.padEnd(6)} ${l.name.padEnd(36).slice(0, 36)} ${l.opening.padStart(16)} ${l.movement.padStart(16)} ${l.closing.padStart(16)}`,
          );
      },
    ),
  );
  common(report.command("income-statement").description("Income statement by BAS groups")).action(
    run(
      async (db, o) => (await reports()).incomeStatement(db, await yearOf(db, o.company, o.year), filter(o)),
      (r: { groups: { name: string; amount: string }[]; result: string }) => {
        for (const g of r.groups) printLine(`${g.name.padEnd(44)} ${g.amount.padStart(16)}`);
        printLine(`${"Resultat".padEnd(44)} ${r.result.padStart(16)}`);
      },
    ),
  );
  common(report.command("balance-sheet").description("Balance sheet by BAS groups")).action(
    run(
      async (db, o) => (await reports()).balanceSheet(db, await yearOf(db, o.company, o.year), filter(o)),
      (r: { totalAssets: string; totalEquityAndLiabilities: string }) => {
        printLine(`Summa tillgångar: ${r.totalAssets}`);
        printLine(`Summa eget kapital och skulder: ${r.totalEquityAndLiabilities}`);
      },
    ),
  );
}

export function registerLedgerCommands(program: Command): void {
  sieSubcommands(program);
  reportCommands(program);
}
