import { afterAll, describe, expect, it } from "vitest";
import { createCompany } from "../store/repos/companies.js";
import { testEngines } from "../store/testing.js";
import { claimDueSchedules, lastFiring, upsertSchedule, validateCron } from "./scheduler.js";

describe("cron", () => {
  it("finds the last firing in the schedule's zone", () => {
    // 02:00 in Stockholm on 2026-01-15 is 01:00 UTC.
    const since = new Date("2026-01-14T12:00:00Z");
    expect(lastFiring("0 2 * * *", "Europe/Stockholm", since, new Date("2026-01-15T01:30:00Z"))).toEqual(
      new Date("2026-01-15T01:00:00Z"),
    );
    expect(lastFiring("0 2 * * *", "Europe/Stockholm", since, new Date("2026-01-15T00:30:00Z"))).toBeNull();
  });

  it("refuses malformed expressions with a catalogue error", () => {
    expect(() => validateCron("every night")).toThrow(/not a valid cron expression/);
    expect(() => validateCron("0 2 * *")).toThrow(/not a valid cron expression/);
  });
});

for (const engine of testEngines()) {
  describe(`schedules on ${engine.name}`, () => {
    afterAll(() => engine.dispose());

    it("are claimed once when due, by one tick only", async () => {
      const db = await engine.open();
      try {
        const company = await createCompany(db, { name: "Schema AB" });
        await upsertSchedule(db, {
          companyId: company.id,
          connectionId: null,
          kind: "ledger.sync",
          cron: "0 2 * * *",
        });
        const created = new Date();
        expect(await claimDueSchedules(db, created)).toEqual([]);
        const nextNight = new Date(created.getTime() + 25 * 60 * 60 * 1000);
        const [first, second] = await Promise.all([
          claimDueSchedules(db, nextNight),
          claimDueSchedules(db, nextNight),
        ]);
        const claimed = [...(first ?? []), ...(second ?? [])];
        expect(claimed).toHaveLength(1);
        expect(claimed[0]).toMatchObject({ companyId: company.id, kind: "ledger.sync" });
        expect(await claimDueSchedules(db, nextNight)).toEqual([]);
      } finally {
        await db.close();
      }
    });
  });
}
