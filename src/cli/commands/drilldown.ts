/**
 * The drill-down from the command line, as the web app's pages: `report account` (an account's rows),
 * `voucher show` (one voucher, its rows and its documents) and `document get` (a document's bytes,
 * fetched from the connected system first when they are not here yet). JSON on stdout with --json.
 */
import { createWriteStream } from "node:fs";
import type { Command } from "commander";
import { fail } from "../../core/index.js";
import { printErr, printJson, printLine, runCommand } from "../output.js";
import { withStore, yearOf } from "./ledger.js";

interface AccountOptions {
  company: string;
  year: string;
  account: string;
  from?: string;
  to?: string;
  costCenter?: string;
  project?: string;
  page: string;
  pageSize: string;
  json?: boolean;
}

function accountCommand(program: Command): void {
  const report =
    program.commands.find((c) => c.name() === "report") ??
    program.command("report").description("Reports from a company's ledger");
  report
    .command("account")
    .description("An account's balances and its rows, each with its voucher")
    .requiredOption("--company <id>")
    .requiredOption("--year <yyyy>", "the fiscal year, by the calendar year it starts in")
    .requiredOption("--account <number>")
    .option("--from <date>")
    .option("--to <date>")
    .option("--cost-center <code>")
    .option("--project <code>")
    .option("--page <n>", "page of rows", "1")
    .option("--page-size <n>", "rows per page (at most 500)", "100")
    .option("--json", "print JSON")
    .action((o: AccountOptions) =>
      runCommand(!!o.json, () =>
        withStore(async (db) => {
          const { accountTransactions } = await import("../../flows/ledger/drilldown.js");
          const page = Number(o.page);
          const pageSize = Number(o.pageSize);
          if (
            !Number.isInteger(page) ||
            page < 1 ||
            !Number.isInteger(pageSize) ||
            pageSize < 1 ||
            pageSize > 500
          )
            fail("invalid_input", { detail: "--page must be 1 or more and --page-size from 1 to 500" });
          const y = await yearOf(db, o.company, o.year);
          const r = await accountTransactions(db, y, o.account, {
            ...(o.from ? { from: o.from } : {}),
            ...(o.to ? { to: o.to } : {}),
            ...(o.costCenter ? { costCenter: o.costCenter } : {}),
            ...(o.project ? { project: o.project } : {}),
            page,
            pageSize,
          });
          if (o.json) return printJson(r);
          printLine(
            `${r.account} ${r.name}: opening ${r.opening}, movement ${r.movement}, closing ${r.closing}`,
          );
          for (const t of r.items)
            printLine(
              `${t.date} ${`${t.series} ${t.number}`.padEnd(10)} ${(t.text ?? t.voucherText).padEnd(40).slice(0, 40)} ${t.amount.padStart(16)}`,
            );
          printErr(
            `rows ${(page - 1) * pageSize + 1}–${(page - 1) * pageSize + r.items.length} of ${r.total}`,
          );
        }),
      ),
    );
}

interface VoucherOptions {
  company: string;
  year: string;
  series: string;
  number: string;
  json?: boolean;
}

function voucherCommand(program: Command): void {
  program
    .command("voucher")
    .description("Vouchers of a company's ledger")
    .command("show")
    .description("One voucher: its rows and its documents")
    .requiredOption("--company <id>")
    .requiredOption("--year <yyyy>", "the fiscal year, by the calendar year it starts in")
    .requiredOption("--series <series>")
    .requiredOption("--number <number>")
    .option("--json", "print JSON")
    .action((o: VoucherOptions) =>
      runCommand(!!o.json, () =>
        withStore(async (db) => {
          const { voucherDetail } = await import("../../flows/ledger/drilldown.js");
          const y = await yearOf(db, o.company, o.year);
          const [v] = await db.query<{ id: string }>(
            "SELECT id FROM vouchers WHERE company_id = $1 AND fiscal_year_id = $2 AND series = $3 AND number = $4 ORDER BY date LIMIT 1",
            [o.company, y.id, o.series, o.number],
          );
          if (!v) fail("not_found", { entity: "voucher" });
          const d = await voucherDetail(db, o.company, v.id);
          if (o.json) return printJson(d);
          printLine(`${d.series} ${d.number}  ${d.date}  ${d.text}`);
          for (const r of d.rows)
            printLine(
              `  ${r.account.padEnd(6)} ${r.name.padEnd(36).slice(0, 36)} ${r.amount.padStart(16)}${r.kind === "trans" ? "" : ` (${r.kind})`}`,
            );
          for (const doc of d.documents)
            printLine(`  document ${doc.id}  ${doc.name}${doc.fetched ? "" : " (not fetched yet)"}`);
        }),
      ),
    );
}

interface DocumentOptions {
  company: string;
  id: string;
  out?: string;
}

function documentCommand(program: Command): void {
  program
    .command("document")
    .description("Documents behind vouchers")
    .command("get")
    .description(
      "Write a document's bytes to a file or stdout (fetched from the connected system if not here)",
    )
    .requiredOption("--company <id>")
    .requiredOption("--id <documentId>", "as `voucher show` lists it")
    .option("--out <file>", "write here instead of stdout")
    .action((o: DocumentOptions) =>
      runCommand(false, async () => {
        const [{ boot, shutdown }, { loadConfig }, { openDocument }] = await Promise.all([
          import("../../app/boot.js"),
          import("../../config/load.js"),
          import("../../flows/ledger/documentFetch.js"),
        ]);
        const ctx = await boot(loadConfig(), { work: false, logTo: "stderr" });
        try {
          const doc = await openDocument(ctx, o.company, o.id);
          const out = o.out ? createWriteStream(o.out) : process.stdout;
          await new Promise<void>((resolve, reject) =>
            out.write(doc.content, (e) => (e ? reject(e) : resolve())),
          );
          if (o.out) {
            out.end();
            printErr(`wrote ${o.out} (${doc.contentType}, ${doc.content.length} bytes): ${doc.name}`);
          }
        } finally {
          await shutdown(ctx);
        }
      }),
    );
}

export function registerDrilldownCommands(program: Command): void {
  accountCommand(program);
  voucherCommand(program);
  documentCommand(program);
}
