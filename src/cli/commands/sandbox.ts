/**
 * `ledgerbridge sandbox fortnox`: runs the local Fortnox emulator until stopped. Prints exactly one JSON
 * line to stdout (url, client credentials, tenants) so scripts can read it; nothing else goes to stdout.
 * The sandbox is imported when the command runs, not when the CLI loads.
 */
import type { Command } from "commander";
import { fail } from "../../core/index.js";
import { printErr, printJson, runCommand } from "../output.js";

function integer(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) {
      fail("invalid_input", { detail: `--${name} must be a whole number from ${min} to ${max}` });
    }
    return n;
  };
}

interface FortnoxSandboxFlags {
  port: number;
  host: string;
  seed: number;
  vouchersPerYear: number;
}

export function registerSandboxCommands(program: Command): void {
  const sandbox = program.command("sandbox").description("Run a local emulator of an external system");
  sandbox
    .command("fortnox")
    .description("Serve a seeded emulator of the Fortnox API (/3/…) and its OAuth endpoints (/oauth-v1/…)")
    .option("--port <port>", "TCP port", integer("port", 0, 65535), 9101)
    .option("--host <host>", "interface to listen on", "127.0.0.1")
    .option("--seed <n>", "seed of the generated demo data", integer("seed", 0, 2 ** 31), 1)
    .option(
      "--vouchers-per-year <n>",
      "vouchers per company and year",
      integer("vouchers-per-year", 0, 1_000_000),
      2000,
    )
    .action((flags: FortnoxSandboxFlags) =>
      runCommand(false, async () => {
        const { startFortnoxSandbox } = await import("../../connectors/fortnox/sandbox/index.js");
        const sb = await startFortnoxSandbox({
          port: flags.port,
          host: flags.host,
          seed: flags.seed,
          vouchersPerYear: flags.vouchersPerYear,
        });
        printJson({
          sandbox: "fortnox",
          url: sb.url,
          clientId: sb.clientId,
          clientSecret: sb.clientSecret,
          tenants: sb.tenants,
        });
        printErr(`Fortnox sandbox at ${sb.url}; log in as admin/demo or byra/demo. Ctrl-C stops it.`);
        await new Promise<void>((resolve) => {
          for (const signal of ["SIGINT", "SIGTERM"] as const)
            process.once(signal, () => void sb.close().then(resolve));
        });
      }),
    );
}
