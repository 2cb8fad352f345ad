// Copies non-TypeScript files the server needs at run time (SQL migrations) next to the compiled code.
import { cpSync, existsSync } from "node:fs";

const pairs = [["src/store/migrations", "dist/store/migrations"]];
for (const [from, to] of pairs) {
  if (existsSync(from)) cpSync(from, to, { recursive: true });
}
