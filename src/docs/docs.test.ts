import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderConfigDoc, renderEnvExample, renderErrorsDoc } from "./render.js";

describe("generated docs are in step with the code (run `npm run docs` to update)", () => {
  it.each([
    ["docs/errors.md", renderErrorsDoc],
    ["docs/config.md", renderConfigDoc],
    [".env.example", renderEnvExample],
  ] as const)("%s", (path, render) => {
    expect(readFileSync(path, "utf8")).toBe(render());
  });

  it("lists every catalogue code with its message", () => {
    const doc = renderErrorsDoc();
    expect(doc).toContain("| `csrf_failed` | forbidden |");
    expect(doc).toContain("| `not_found` | not_found | The {entity} was not found. |");
  });
});
