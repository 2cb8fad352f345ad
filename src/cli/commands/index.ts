import type { Command } from "commander";
import { registerAdminCommands } from "./admin.js";
import { registerConnectCommands } from "./connect.js";
import { registerDrilldownCommands } from "./drilldown.js";
import { registerLedgerCommands } from "./ledger.js";
import { registerSandboxCommands } from "./sandbox.js";
import { registerServeCommands } from "./serve.js";
import { registerSieCommands } from "./sie.js";
import { registerSyncCommands } from "./sync.js";

/** One line per command file; each file registers its own subcommands. */
export function registerCommands(program: Command): void {
  registerServeCommands(program);
  registerAdminCommands(program);
  registerConnectCommands(program);
  registerSieCommands(program);
  registerLedgerCommands(program);
  registerDrilldownCommands(program);
  registerSyncCommands(program);
  registerSandboxCommands(program);
}
