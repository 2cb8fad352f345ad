import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useApi } from "../../api/endpoints.js";
import type { FiscalYear, MonthlyResult } from "../../api/types.js";
import { ErrorMessage, Loading } from "../../components/Status.js";
import { useFormat } from "../../format.js";
import { AmountCell } from "./AmountCell.js";
import { sumAmounts } from "./decimal.js";
import { FilterSummary } from "./FilterSummary.js";
import { ledgerKeys } from "./keys.js";
import { MonthlyChart, monthLabel } from "./MonthlyChart.js";
import type { ReportProps } from "./ReportPage.js";

/** Every month of the fiscal year; a month without vouchers has a result of zero (the API leaves it out). */
function allMonths(year: FiscalYear, data: MonthlyResult): MonthlyResult {
  const byMonth = new Map(data.map((m) => [m.month, m.result]));
  const out: MonthlyResult = [];
  let [y, m] = year.start.split("-").map(Number) as [number, number];
  const last = year.end.slice(0, 7);
  for (let guard = 0; guard < 24; guard++) {
    const month = `${y}-${String(m).padStart(2, "0")}`;
    out.push({ month, result: byMonth.get(month) ?? "0.00" });
    if (month >= last) break;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y += 1;
  }
  // Rows dated outside the year's months (should not happen) are still shown, not dropped.
  for (const d of data) if (!out.some((o) => o.month === d.month)) out.push(d);
  return out.sort((a, b) => a.month.localeCompare(b.month));
}

/** The result (income minus costs) per calendar month: profit positive, loss negative. */
export function MonthlyResultReport({ companyId, year, filters }: ReportProps) {
  const api = useApi();
  const format = useFormat();
  const result = useQuery({
    queryKey: ledgerKeys.report(companyId, year.id, "monthly-result", filters),
    queryFn: () => api.monthlyResult(companyId, year.id, filters),
    placeholderData: keepPreviousData,
  });
  if (result.isPending) return <Loading />;
  if (result.isError) return <ErrorMessage error={result.error} />;
  const months = allMonths(year, result.data);
  return (
    <section aria-label="Monthly result" aria-busy={result.isFetching}>
      <FilterSummary year={year} filters={filters} wholeYear />
      <MonthlyChart months={months} />
      <div className="table-wrap narrow-table">
        <table className="report">
          <caption className="visually-hidden">Result per month</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className="num">
                Result
              </th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{monthLabel(format.locale, m.month)}</th>
                <AmountCell value={m.result} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="result">
              <th scope="row">Year</th>
              <AmountCell value={sumAmounts(months.map((m) => m.result))} />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
