/** Financial-year scoping: `financialyear` is the FY Id, `financialyeardate` a date in it, else the current year (reference §3.2). */

import { formatStockholm } from "../stockholmTime.js";
import type { YearSpec } from "./seed/vouchers.js";
import type { TenantState } from "./state/tenant.js";
import { FxError, invalidParameter, type Query } from "./wire.js";

export function yearOf(t: TenantState, q: Query, now: number): YearSpec {
  if (q.financialyear !== undefined) {
    if (!/^\d+$/.test(q.financialyear)) throw invalidParameter("financialyear");
    const y = t.year(Number(q.financialyear));
    if (!y) throw new FxError(404, 2000729, "Räkenskapsåret hittades inte.");
    return y;
  }
  const date = q.financialyeardate ?? formatStockholm(now).slice(0, 10);
  const y = t.years.find((x) => x.from <= date && date <= x.to);
  if (y) return y;
  if (q.financialyeardate !== undefined)
    throw new FxError(404, 2000729, "Det finns inget räkenskapsår för datumet.");
  return t.years.at(-1)!;
}
