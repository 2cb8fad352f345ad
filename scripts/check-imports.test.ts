import { describe, expect, it } from "vitest";
import { violations } from "./check-imports.js";
import { ALLOWED, moduleOf } from "./import-rules.js";

describe("import rules", () => {
  it("place files in modules", () => {
    expect(moduleOf("src/core/money.ts")).toBe("core");
    expect(moduleOf("src/connectors/fortnox/client.ts")).toBe("connectors/fortnox");
    expect(moduleOf("src/api/contract/auth.ts")).toBe("api/contract");
    expect(moduleOf("web/src/App.tsx")).toBe("web");
  });

  it("allow only downward imports", () => {
    expect(ALLOWED("api", "store", "")).toBe(true);
    expect(ALLOWED("store", "api", "")).toBe(false);
    expect(ALLOWED("core", "store", "")).toBe(false);
    expect(ALLOWED("connectors/fortnox", "connectors/severa", "")).toBe(false);
    expect(ALLOWED("connectors/fortnox", "sie", "")).toBe(true);
    expect(ALLOWED("web", "api/contract", "")).toBe(true);
    expect(ALLOWED("web", "store", "")).toBe(false);
    expect(ALLOWED("flows", "api", "")).toBe(false);
  });

  it("hold for the whole tree", () => {
    expect(violations()).toEqual([]);
  });
});
