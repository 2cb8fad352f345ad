/**
 * The `ledgerbridge` command. Each area registers its subcommands from its own file in `commands/`.
 */
import { Command } from "commander";
import { registerCommands } from "./commands/index.js";

const program = new Command();
program
  .name("ledgerbridge")
  .description("Ledgerbridge — an integration hub for Nordic accounting systems")
  .version("0.1.0")
  .showHelpAfterError();

registerCommands(program);

await program.parseAsync(process.argv);
