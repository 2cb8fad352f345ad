import type { Sql } from "../../db.js";

/** The cost centers (dimension 1) and projects (dimension 6) of a fiscal year, for report filters. */
export async function costCentersAndProjects(db: Sql, fiscalYearId: string) {
  const rows = await db.query<{ dimension: number; code: string; name: string }>(
    "SELECT dimension, code, name FROM ledger_objects WHERE fiscal_year_id = $1 AND dimension IN (1, 6) ORDER BY dimension, code",
    [fiscalYearId],
  );
  const pick = (d: number) => rows.filter((r) => r.dimension === d).map(({ code, name }) => ({ code, name }));
  return { costCenters: pick(1), projects: pick(6) };
}
