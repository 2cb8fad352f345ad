/**
 * `ledgerbridge sie inspect FILE [--json]`: reads an SIE file in one streaming pass and prints its
 * summary with every error and warning. Exit status: 0 no errors, 2 read but with errors, 1 not
 * readable at all. `sie export` and `sie import` are in ledger.ts. The reader is imported when the
 * command runs, so the CLI starts without it (and without the store) for other commands.
 */
import { stat } from "node:fs/promises";
import type { Command } from "commander";
import { AppException, appError } from "../../core/index.js";
import type { SieDiagnostic, SieSummary } from "../../sie/index.js";
import { printJson, printLine, runCommand } from "../output.js";

const PROGRESS_FROM_BYTES = 16 * 1024 * 1024;
const SHOWN_DIAGNOSTICS = 50;

function progress(total: number): ((bytes: number) => void) | undefined {
  if (total < PROGRESS_FROM_BYTES || !process.stderr.isTTY) return undefined;
  let last = 0;
  return (bytes) => {
    const now = Date.now();
    if (now - last < 200 && bytes < total) return;
    last = now;
    process.stderr.write(`\rreading ${Math.floor((bytes / total) * 100)}%`);
    if (bytes >= total) process.stderr.write("\r            \r");
  };
}

function diagnostics(title: string, list: readonly SieDiagnostic[]): void {
  if (list.length === 0) return;
  printLine(`${title} (${list.length}):`);
  for (const d of list.slice(0, SHOWN_DIAGNOSTICS)) printLine(`  line ${d.line}  ${d.code}  ${d.message}`);
  if (list.length > SHOWN_DIAGNOSTICS)
    printLine(`  … and ${list.length - SHOWN_DIAGNOSTICS} more (use --json for all)`);
}

function human(file: string, s: SieSummary): void {
  const type = s.sieType + (s.variant ? ` (${s.variant === "E" ? "4E, export" : "4I, import"})` : "");
  printLine(`File:          ${file} (${s.counts.bytes} bytes, ${s.counts.lines} lines)`);
  printLine(`Encoding:      ${s.encoding}`);
  printLine(`SIE type:      ${type}`);
  printLine(`Program:       ${`${s.program.name} ${s.program.version}`.trim()}`);
  printLine(`Company:       ${s.company.name}${s.company.orgNumber ? ` (${s.company.orgNumber})` : ""}`);
  for (const y of s.fiscalYears)
    printLine(`Fiscal year ${String(y.index).padStart(2)}: ${y.start} – ${y.end}`);
  const c = s.counts;
  printLine(`Accounts:      ${c.accounts}`);
  printLine(
    `Vouchers:      ${c.vouchers} with ${c.transactions} #TRANS rows (#RTRANS ${c.addedRows}, #BTRANS ${c.removedRows})`,
  );
  printLine(`Totals:        debit ${s.totals.debit}, credit ${s.totals.credit}`);
  printLine(`Checksum:      ${s.checksum}`);
  diagnostics("Errors", s.errors);
  diagnostics("Warnings", s.warnings);
  if (s.errors.length === 0) printLine(s.warnings.length === 0 ? "No problems found." : "No errors.");
}

/** 1: nothing SIE in it; 2: read, with errors; 0: clean. */
export function inspectExitCode(s: SieSummary): number {
  if (s.errors.some((e) => e.code === "sie_not_sie")) return 1;
  return s.errors.length > 0 ? 2 : 0;
}

async function inspect(file: string, json: boolean): Promise<number> {
  let size: number;
  try {
    const st = await stat(file);
    if (!st.isFile()) throw new Error("not a regular file");
    size = st.size;
  } catch (e) {
    throw new AppException(appError("sie_unreadable", { detail: `${file}: ${(e as Error).message}` }));
  }
  const onProgress = progress(size);
  const { inspectSieFile } = await import("../../sie/index.js");
  let summary: SieSummary;
  try {
    summary = await inspectSieFile(file, onProgress ? { onProgress } : {});
  } catch (e) {
    // Only I/O fails here (permissions, a file removed while read): the reader itself never throws on content.
    if ((e as NodeJS.ErrnoException).code === undefined) throw e;
    throw new AppException(appError("sie_unreadable", { detail: `${file}: ${(e as Error).message}` }));
  }
  if (json) printJson(summary);
  else human(file, summary);
  return inspectExitCode(summary);
}

export function registerSieCommands(program: Command): void {
  const sie = program.command("sie").description("Read and check SIE 4 files");
  sie
    .command("inspect")
    .description("Summarise an SIE file and list every error and warning with its line")
    .argument("<file>", "the SIE file (.se, .si)")
    .option("--json", "print one JSON object on stdout")
    .action(async (file: string, opts: { json?: boolean }) => {
      await runCommand(opts.json === true, () => inspect(file, opts.json === true));
    });
}
