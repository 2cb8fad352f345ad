/**
 * Writes the generated docs: `docs/errors.md` from the error catalogue, `docs/config.md` and
 * `.env.example` from the config schema. `npm run docs` runs it; `docs.test.ts` fails when they drift.
 */
import { writeFileSync } from "node:fs";
import { renderConfigDoc, renderEnvExample, renderErrorsDoc } from "../src/docs/render.js";

writeFileSync("docs/errors.md", renderErrorsDoc());
writeFileSync("docs/config.md", renderConfigDoc());
writeFileSync(".env.example", renderEnvExample());
process.stdout.write("wrote docs/errors.md, docs/config.md, .env.example\n");
