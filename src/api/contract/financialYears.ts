import { z } from "zod";
import { DateString } from "./ledger.js";

/**
 * A financial year as the connected Fortnox has it (not necessarily in our ledger yet): what the web app
 * offers to fetch or sync, one year at a time.
 */
export const FortnoxFinancialYear = z.object({
  /** Fortnox's id of the year (`FinancialYear.Id`). */
  externalId: z.string(),
  start: DateString,
  end: DateString,
});
export type FortnoxFinancialYear = z.infer<typeof FortnoxFinancialYear>;

/** Newest first. */
export const FortnoxFinancialYearList = z.array(FortnoxFinancialYear);
