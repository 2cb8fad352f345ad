import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  endOfMonth,
  fromDayNumber,
  localDate,
  parseLocalDate,
  toCompact,
  toDayNumber,
  today,
} from "./localDate.js";

describe("LocalDate", () => {
  it("reads ISO and SIE's compact form", () => {
    expect(parseLocalDate("2024-02-29")).toEqual({ ok: true, value: "2024-02-29" });
    expect(parseLocalDate("20240229")).toEqual({ ok: true, value: "2024-02-29" });
  });

  it.each([
    "2023-02-29",
    "2024-13-01",
    "2024-00-10",
    "2024-04-31",
    "20241301",
    "2024-1-01",
    "",
    "1900-02-29",
  ])("refuses %j", (s) => {
    expect(parseLocalDate(s).ok).toBe(false);
  });

  it("adds months clamping to the month's end", () => {
    expect(addMonths(localDate("2024-01-31"), 1)).toBe("2024-02-29");
    expect(addMonths(localDate("2023-01-31"), 1)).toBe("2023-02-28");
    expect(addMonths(localDate("2024-11-15"), 2)).toBe("2025-01-15");
    expect(addMonths(localDate("2024-01-15"), -1)).toBe("2023-12-15");
  });

  it("knows month ends and compact form", () => {
    expect(endOfMonth(localDate("2024-02-10"))).toBe("2024-02-29");
    expect(toCompact(localDate("2024-02-10"))).toBe("20240210");
  });

  it("day numbers and dates are inverse, and order is kept (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -718_000, max: 2_900_000 }),
        fc.integer({ min: -1000, max: 1000 }),
        (n, k) => {
          const d = fromDayNumber(n);
          expect(toDayNumber(d)).toBe(n);
          const e = addDays(d, k);
          expect(Math.sign(e.localeCompare(d))).toBe(Math.sign(k));
        },
      ),
    );
  });

  it("gives today's date in Stockholm, not in UTC", () => {
    // 23:30 UTC on 31 December is already 1 January in Stockholm.
    expect(today("Europe/Stockholm", new Date("2024-12-31T23:30:00Z"))).toBe("2025-01-01");
    expect(today("UTC", new Date("2024-12-31T23:30:00Z"))).toBe("2024-12-31");
  });
});
