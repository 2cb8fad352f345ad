import type { FiscalYear, ReportQuery } from "../../api/types.js";
import { useFormat } from "../../format.js";
import { period } from "./ledgerFormat.js";

/** One line saying what the figures below cover, so a printed or shared report explains itself. */
export function FilterSummary({
  year,
  filters,
  wholeYear = false,
}: {
  year: FiscalYear;
  filters: ReportQuery;
  wholeYear?: boolean;
}) {
  const format = useFormat();
  const parts = [
    wholeYear
      ? period(format, year.start, year.end)
      : period(format, filters.from ?? year.start, filters.to ?? year.end),
    filters.costCenter ? `cost center ${filters.costCenter}` : null,
    filters.project ? `project ${filters.project}` : null,
    `amounts in ${year.currency}`,
  ];
  return <p className="report-scope">{parts.filter(Boolean).join(" · ")}</p>;
}
