import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useApi } from "../../api/endpoints.js";
import { ErrorMessage, Loading } from "../../components/Status.js";
import { useFormat } from "../../format.js";
import { Link } from "../../router.js";
import { AmountCell } from "./AmountCell.js";
import { isZero, sumAmounts } from "./decimal.js";
import { FilterSummary } from "./FilterSummary.js";
import { ledgerKeys } from "./keys.js";
import { accountHref } from "./ledgerView.js";
import type { ReportProps } from "./ReportPage.js";

/** Opening balance, movement in the period and closing balance per account; debit positive, credit negative. */
export function TrialBalanceReport({ companyId, year, filters }: ReportProps) {
  const api = useApi();
  const format = useFormat();
  const lines = useQuery({
    queryKey: ledgerKeys.report(companyId, year.id, "trial-balance", filters),
    queryFn: () => api.trialBalance(companyId, year.id, filters),
    placeholderData: keepPreviousData,
  });
  if (lines.isPending) return <Loading />;
  if (lines.isError) return <ErrorMessage error={lines.error} />;
  const rows = lines.data;
  const opening = sumAmounts(rows.map((r) => r.opening));
  // Over the whole company the opening balances (#IB) sum to zero; per cost center or project they need not.
  const unbalanced = !filters.costCenter && !filters.project && !isZero(opening);
  return (
    <section aria-label="Trial balance" aria-busy={lines.isFetching}>
      <FilterSummary year={year} filters={filters} />
      {unbalanced ? (
        <p className="warning" role="alert">
          The opening balances of the year sum to {format.amount(opening)} instead of {format.amount("0.00")},
          so this trial balance does not balance either. The accounting program's opening balances (#IB in a
          SIE file) need correcting.
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="empty" role="status">
          No account has a balance or a movement here.
        </p>
      ) : (
        <div className="table-wrap">
          <table className="report trial-balance">
            <caption className="visually-hidden">Trial balance</caption>
            <thead>
              <tr>
                <th scope="col">Account</th>
                <th scope="col">Name</th>
                <th scope="col" className="num">
                  Opening balance
                </th>
                <th scope="col" className="num">
                  Movement
                </th>
                <th scope="col" className="num">
                  Closing balance
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.account}>
                  <td className="account">
                    <Link
                      to={accountHref(companyId, year.id, r.account, filters)}
                      aria-label={`Transactions of account ${r.account} ${r.name}`}
                    >
                      {r.account}
                    </Link>
                  </td>
                  <td>{r.name}</td>
                  <AmountCell value={r.opening} />
                  <AmountCell value={r.movement} />
                  <AmountCell value={r.closing} />
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  Total
                </th>
                <AmountCell value={opening} />
                <AmountCell value={sumAmounts(rows.map((r) => r.movement))} />
                <AmountCell value={sumAmounts(rows.map((r) => r.closing))} />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
