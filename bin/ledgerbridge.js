#!/usr/bin/env node
// The package's command. It runs the compiled CLI; `npm ci` builds it (the `prepare` script).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
if (!existsSync(main)) {
  process.stderr.write("ledgerbridge is not built yet: run `npm run build` in the project folder.\n");
  process.exit(1);
}
await import(main);
