import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useApi } from "../../api/endpoints.js";
import { ErrorMessage, Loading } from "../../components/Status.js";
import { AmountCell } from "./AmountCell.js";
import { FilterSummary } from "./FilterSummary.js";
import { ledgerKeys } from "./keys.js";
import { accountHref } from "./ledgerView.js";
import type { ReportProps } from "./ReportPage.js";
import { StatementHead, StatementRows } from "./StatementRows.js";

/** Income positive, costs negative (as the API returns them), grouped by BAS account classes. */
export function IncomeStatementReport({ companyId, year, filters }: ReportProps) {
  const api = useApi();
  const statement = useQuery({
    queryKey: ledgerKeys.report(companyId, year.id, "income-statement", filters),
    queryFn: () => api.incomeStatement(companyId, year.id, filters),
    placeholderData: keepPreviousData,
  });
  if (statement.isPending) return <Loading />;
  if (statement.isError) return <ErrorMessage error={statement.error} />;
  const { groups, result } = statement.data;
  return (
    <section aria-label="Income statement" aria-busy={statement.isFetching}>
      <FilterSummary year={year} filters={filters} />
      <div className="table-wrap">
        <table className="report statement">
          <StatementHead caption="Income statement" />
          <StatementRows groups={groups} accountTo={(a) => accountHref(companyId, year.id, a, filters)} />
          <tfoot>
            <tr className="result">
              <th scope="row" colSpan={2}>
                Result
              </th>
              <AmountCell value={result} />
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="hint">Income is shown positive and costs negative; a positive result is a profit.</p>
    </section>
  );
}
