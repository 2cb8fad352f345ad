/**
 * The module map of ARCHITECTURE.md as a check: imports only point down
 * core ← sie ← connectors ← store ← jobs ← flows ← app ← api ← cli, connectors never import each other,
 * and the web app imports only the API's published types. `npm run lint` fails on any other direction.
 * (dependency-cruiser cannot parse TypeScript 7, which has no JavaScript compiler API; this does the same
 * job for our rules in a page of code.)
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { ALLOWED, moduleOf } from "./import-rules.js";

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|tsx)$/.test(name)) out.push(p);
  }
  return out;
}

const IMPORT_RE = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

export function violations(root = "."): string[] {
  const found: string[] = [];
  for (const file of [...walk(join(root, "src")), ...walk(join(root, "web/src"))]) {
    const rel = relative(root, file);
    const from = moduleOf(rel);
    if (!from) continue;
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(IMPORT_RE)) {
      const spec = m[1] ?? m[2] ?? "";
      if (!spec.startsWith(".")) continue;
      const target = normalize(join(dirname(rel), spec));
      const to = moduleOf(target);
      if (!to || to === from) continue;
      if (!ALLOWED(from, to, target)) found.push(`${rel}: ${from} may not import ${to} (${spec})`);
    }
  }
  return found;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ""))) {
  const v = violations();
  for (const line of v) process.stderr.write(`${line}\n`);
  process.stdout.write(v.length ? `${v.length} import rule violation(s)\n` : "imports follow the module map\n");
  process.exit(v.length ? 1 : 0);
}
