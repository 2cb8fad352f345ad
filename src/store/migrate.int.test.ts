import { afterAll, describe, expect, it } from "vitest";
import { listMigrations, migrate, schemaVersion } from "./migrate.js";
import { testEngines } from "./testing.js";

for (const engine of testEngines()) {
  describe(`migrations on ${engine.name}`, () => {
    afterAll(() => engine.dispose());

    it("apply once, are idempotent, and report the newest version", async () => {
      const db = await engine.open();
      try {
        const latest = listMigrations().at(-1)!.version;
        expect(await schemaVersion(db)).toBe(latest);
        expect(await migrate(db)).toEqual([]);
        const tables = await db.query<{ table_name: string }>(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
        );
        expect(tables.map((t) => t.table_name)).toEqual(
          expect.arrayContaining([
            "users",
            "companies",
            "memberships",
            "connections",
            "transfer_log",
            "outbox",
          ]),
        );
      } finally {
        await db.close();
      }
    });

    it("roll back a failing migration whole, leaving the schema as it was", async () => {
      const db = await engine.open();
      try {
        const bad = { version: "99999999T0000_broken", sql: "CREATE TABLE half_done (id int); SELECT 1/0;" };
        await expect(migrate(db, [...listMigrations(), bad])).rejects.toThrow(/division by zero/);
        const rows = await db.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'");
        expect(rows).toHaveLength(0);
        expect(await schemaVersion(db)).not.toBe(bad.version);
      } finally {
        await db.close();
      }
    });
  });
}
