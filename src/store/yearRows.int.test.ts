/**
 * voucher_rows as one partition per fiscal year: rows written before the change move into partitions
 * when the migration runs, and the partitions of deleted years are dropped by maintenance.
 */
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { type Db, openPglite, openPostgres } from "./db.js";
import { listMigrations, migrate } from "./migrate.js";
import { createCompany } from "./repos/companies.js";
import { dropOrphanYearRows } from "./repos/ledger/bulk.js";
import { deleteFiscalYear } from "./repos/ledger/fiscalYears.js";
import { createPostgresDatabase } from "./testing.js";

const PARTITIONING = "20261122T1020_voucher_rows_by_year";

async function freshDatabases(): Promise<{ name: string; db: Db; drop(): Promise<void> }[]> {
  const out: { name: string; db: Db; drop(): Promise<void> }[] = [
    { name: "pglite", db: await openPglite(undefined), drop: async () => {} },
  ];
  if (process.env.DATABASE_URL) {
    const pgdb = await createPostgresDatabase(process.env.DATABASE_URL);
    out.push({ name: "postgres", db: openPostgres(pgdb.url, 3), drop: pgdb.drop });
  }
  return out;
}

const partitions = (db: Db) =>
  db.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
       JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'voucher_rows' ORDER BY 1`,
  );

describe("voucher rows by fiscal year", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it("the migration moves rows written before it into their years' partitions, and maintenance drops a deleted year's", async () => {
    for (const { db, drop } of await freshDatabases()) {
      cleanups.push(async () => {
        await db.close();
        await drop();
      });
      const all = listMigrations();
      await migrate(
        db,
        all.filter((m) => m.version < PARTITIONING),
      );
      const company = (await createCompany(db, { name: "Gammal AB" })).id;
      const years: string[] = [];
      for (const start of ["2024-01-01", "2025-01-01"]) {
        const [y] = await db.query<{ id: string }>(
          `INSERT INTO fiscal_years (id, company_id, start_date, end_date, source) VALUES ($1, $2, $3, $3::date + 364, 'sie') RETURNING id`,
          [randomUUID(), company, start],
        );
        years.push(y!.id);
        const voucher = randomUUID();
        await db.query(
          "INSERT INTO vouchers (id, company_id, fiscal_year_id, series, number, date, text) VALUES ($1, $2, $3, 'A', '1', $4, 'Hyra')",
          [voucher, company, y!.id, start],
        );
        await db.query(
          `INSERT INTO voucher_rows (company_id, fiscal_year_id, voucher_id, row_no, kind, account, amount, date)
           VALUES ($1, $2, $3, 1, 'trans', '5010', 800000, $4), ($1, $2, $3, 2, 'trans', '1930', -800000, $4)`,
          [company, y!.id, voucher, start],
        );
      }
      await migrate(db, all);

      const names = years.map((id) => `voucher_rows_${id.replaceAll("-", "")}`).sort();
      expect((await partitions(db)).map((p) => p.name)).toEqual(names);
      const rows = await db.query<{ fiscal_year_id: string; n: string }>(
        "SELECT fiscal_year_id, count(*)::text AS n FROM voucher_rows GROUP BY 1 ORDER BY 1",
      );
      expect(rows).toEqual([...years].sort().map((id) => ({ fiscal_year_id: id, n: "2" })));
      // A row must belong to a year that has a partition.
      await expect(
        db.query(
          `INSERT INTO voucher_rows (company_id, fiscal_year_id, voucher_id, row_no, kind, account, amount, date)
           VALUES ($1, $2, $2, 1, 'trans', '1930', 1, '2025-01-01')`,
          [company, randomUUID()],
        ),
      ).rejects.toThrow(/partition/);

      await deleteFiscalYear(db, company, years[0]!);
      expect(await dropOrphanYearRows(db)).toBe(1);
      expect((await partitions(db)).map((p) => p.name)).toEqual([
        `voucher_rows_${years[1]!.replaceAll("-", "")}`,
      ]);
      expect(await dropOrphanYearRows(db)).toBe(0);
    }
  });
});
