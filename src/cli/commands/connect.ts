/** `connect fortnox`. Its modules are imported inside the action, when the command runs. */
import type { Command } from "commander";
import { fail } from "../../core/index.js";
import { printJson, printLine, runCommand } from "../output.js";

interface ConnectOptions {
  company: string;
  baseUrl: string;
  authUrl: string;
  clientId: string;
  clientSecret: string;
  tenantId: string;
  name?: string;
  json?: boolean;
}

export function registerConnectCommands(program: Command): void {
  const connect = program.command("connect").description("Connect a company to an external system");
  connect
    .command("fortnox")
    .description("Connect to Fortnox with a service account (client-credentials grant with the TenantId)")
    .requiredOption("--company <id>", "the company in the hub")
    .option("--base-url <url>", "Fortnox API base URL", "https://api.fortnox.se")
    .option("--auth-url <url>", "where /oauth-v1/auth and /oauth-v1/token are", "https://apps.fortnox.se")
    .requiredOption("--client-id <id>")
    .requiredOption("--client-secret <secret>", "the integration's client secret (stored encrypted)")
    .requiredOption("--tenant-id <tenant>", "the customer's TenantId (Fortnox database number)")
    .option("--name <name>", "display name of the connection", "Fortnox")
    .option("--json", "print the result as JSON")
    .action((o: ConnectOptions) =>
      runCommand(!!o.json, async () => {
        const [{ boot, shutdown }, { loadConfig }, { connectServiceAccount }, { getCompany }] =
          await Promise.all([
            import("../../app/boot.js"),
            import("../../config/load.js"),
            import("../../flows/fortnox/connection.js"),
            import("../../store/repos/companies.js"),
          ]);
        const ctx = await boot(loadConfig(), { work: false, logTo: "stderr" });
        try {
          if (!(await getCompany(ctx.db, o.company))) fail("not_found", { entity: "company" });
          const conn = await connectServiceAccount(ctx, {
            companyId: o.company,
            displayName: o.name ?? "Fortnox",
            settings: {
              apiBaseUrl: o.baseUrl,
              authBaseUrl: o.authUrl,
              clientId: o.clientId,
              tenantId: o.tenantId,
            },
            clientSecret: o.clientSecret,
          });
          if (o.json) printJson({ connectionId: conn.id, state: conn.state });
          else printLine(`connected: ${conn.displayName} (${conn.id}) is ${conn.state}`);
        } finally {
          await shutdown(ctx);
        }
      }),
    );
}
