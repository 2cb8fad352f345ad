import { FortnoxFinancialYear } from "../api/bookkeeping.js";
import type { FortnoxClient } from "../client.js";
import { type FortnoxFiscalYear, toFiscalYear } from "../mappers/bookkeeping.js";
import { listAll } from "./read.js";

/** All financial years, or the one containing `date` (an empty list means none exists yet, §5.2). */
export function listFinancialYears(
  client: FortnoxClient,
  options: { date?: string } = {},
): Promise<FortnoxFiscalYear[]> {
  return listAll(client, {
    path: "/3/financialyears",
    listKey: "FinancialYears",
    entity: "financial year",
    schema: FortnoxFinancialYear,
    idKey: "Id",
    map: toFiscalYear,
    ...(options.date ? { query: { date: options.date } } : {}),
  });
}
