import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useApi } from "../../api/endpoints.js";
import { ErrorMessage, Loading } from "../../components/Status.js";
import { useFormat } from "../../format.js";
import { AmountCell } from "./AmountCell.js";
import { FilterSummary } from "./FilterSummary.js";
import { ledgerKeys } from "./keys.js";
import { accountHref } from "./ledgerView.js";
import type { ReportProps } from "./ReportPage.js";
import { StatementHead, StatementRows } from "./StatementRows.js";

/** Closing balances at the end of the period: assets, then equity and liabilities (both positive). */
export function BalanceSheetReport({ companyId, year, filters }: ReportProps) {
  const api = useApi();
  const format = useFormat();
  const sheet = useQuery({
    queryKey: ledgerKeys.report(companyId, year.id, "balance-sheet", filters),
    queryFn: () => api.balanceSheet(companyId, year.id, filters),
    placeholderData: keepPreviousData,
  });
  if (sheet.isPending) return <Loading />;
  if (sheet.isError) return <ErrorMessage error={sheet.error} />;
  const s = sheet.data;
  const accountTo = (a: string) => accountHref(companyId, year.id, a, filters);
  const balanced = s.totalAssets === s.totalEquityAndLiabilities;
  return (
    <section aria-label="Balance sheet" aria-busy={sheet.isFetching}>
      <FilterSummary year={year} filters={filters} />
      {balanced ? null : (
        <p className="error" role="alert">
          Total assets ({format.amount(s.totalAssets)}) and total equity and liabilities (
          {format.amount(s.totalEquityAndLiabilities)}) differ.
        </p>
      )}
      <div className="statement-columns">
        <div className="table-wrap">
          <h2>Assets</h2>
          <table className="report statement">
            <StatementHead caption="Assets" />
            <StatementRows groups={s.assets} accountTo={accountTo} />
            <tfoot>
              <tr className="result">
                <th scope="row" colSpan={2}>
                  Total assets
                </th>
                <AmountCell value={s.totalAssets} />
              </tr>
            </tfoot>
          </table>
        </div>
        <div className="table-wrap">
          <h2>Equity and liabilities</h2>
          <table className="report statement">
            <StatementHead caption="Equity and liabilities" />
            <StatementRows groups={s.equityAndLiabilities} accountTo={accountTo} />
            <tfoot>
              <tr className="subtotal">
                <th scope="row" colSpan={2}>
                  Result of the period (not yet booked to equity)
                </th>
                <AmountCell value={s.result} />
              </tr>
              <tr className="result">
                <th scope="row" colSpan={2}>
                  Total equity and liabilities
                </th>
                <AmountCell value={s.totalEquityAndLiabilities} />
              </tr>
            </tfoot>
          </table>
        </div>
      </div>
    </section>
  );
}
