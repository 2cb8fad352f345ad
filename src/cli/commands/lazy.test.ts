/**
 * The CLI loads every command file to build its help, so each one may import only light modules at the
 * top: the store, server, queue, flows, connectors and the SIE reader are imported inside the actions
 * (`await import(…)`). Otherwise `sie inspect` on a small file waits over a second for modules it never
 * uses.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const DIR = fileURLToPath(new URL(".", import.meta.url));
const LIGHT = [
  /^node:/,
  /^commander$/,
  /^\.\.\/output\.js$/,
  /^\.\.\/\.\.\/core\/index\.js$/,
  /^\.\/[a-zA-Z]+\.js$/,
];

describe("command files", () => {
  it("import only light modules at the top; the rest inside their actions", () => {
    const heavy: string[] = [];
    for (const name of readdirSync(DIR).filter((n) => n.endsWith(".ts") && !n.endsWith(".test.ts"))) {
      const text = readFileSync(join(DIR, name), "utf8");
      for (const m of text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+"([^"]+)";/gms)) {
        if (!LIGHT.some((re) => re.test(m[1]!))) heavy.push(`${name}: ${m[1]}`);
      }
    }
    expect(heavy).toEqual([]);
  });
});
