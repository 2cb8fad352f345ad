import { describe, expect, it } from "vitest";
import { isAppException } from "../core/index.js";
import { loadConfig } from "./load.js";

describe("loadConfig", () => {
  it("applies defaults", () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(8080);
    expect(c.LEDGERBRIDGE_DATA_DIR).toBe("./.data");
    expect(c.LEDGERBRIDGE_DEMO).toBe(true);
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it("reads values", () => {
    const c = loadConfig({ PORT: "9000", LEDGERBRIDGE_DEMO: "0", DATABASE_URL: "postgres://u@h:5432/db" });
    expect(c).toMatchObject({ PORT: 9000, LEDGERBRIDGE_DEMO: false, DATABASE_URL: "postgres://u@h:5432/db" });
  });

  it("lists every problem at once", () => {
    try {
      loadConfig({ PORT: "eighty", DATABASE_URL: "not a url", LOG_LEVEL: "loud" });
      expect.unreachable();
    } catch (e) {
      expect(isAppException(e)).toBe(true);
      if (!isAppException(e)) return;
      expect(e.error.code).toBe("config_invalid");
      expect(e.error.message).toContain("PORT");
      expect(e.error.message).toContain("DATABASE_URL");
      expect(e.error.message).toContain("LOG_LEVEL");
    }
  });
});
