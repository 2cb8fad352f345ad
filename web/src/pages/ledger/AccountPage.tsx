import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useApi } from "../../api/endpoints.js";
import type { FiscalYear, ReportQuery } from "../../api/types.js";
import { ErrorMessage, Loading } from "../../components/Status.js";
import { useFormat } from "../../format.js";
import { navigate } from "../../router.js";
import type { CompanyPageProps } from "../../SignedInApp.js";
import { AccountTransactionsTable } from "./AccountTransactionsTable.js";
import { Breadcrumbs } from "./Breadcrumbs.js";
import { FilterSummary } from "./FilterSummary.js";
import { ledgerKeys } from "./keys.js";
import { LedgerPager } from "./LedgerPager.js";
import { period } from "./ledgerFormat.js";
import { accountHref, ledgerHome, queryString, reportHref } from "./ledgerView.js";

interface Props extends CompanyPageProps {
  year: FiscalYear;
  account: string;
  filters: ReportQuery;
  search: URLSearchParams;
}

const PAGE_SIZE = 50;

function pageOf(search: URLSearchParams): number {
  const n = Number(search.get("page"));
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/** /c/:companyId/ledger/:yearId/accounts/:account — the rows of one account, with the same filters. */
export function AccountPage({ company, year, account, filters, search }: Props) {
  const api = useApi();
  const format = useFormat();
  const page = pageOf(search);
  const query = { ...filters, page, pageSize: PAGE_SIZE };
  const tx = useQuery({
    queryKey: ledgerKeys.account(company.id, year.id, account, query),
    queryFn: () => api.accountTransactions(company.id, year.id, account, query),
    placeholderData: keepPreviousData,
  });
  const toPage = (p: number) =>
    navigate(
      `${accountHref(company.id, year.id, account)}${queryString({ ...filters, page: p > 1 ? p : undefined })}`,
    );
  const data = tx.data;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Ledger", to: ledgerHome(company.id) },
          {
            label: period(format, year.start, year.end),
            to: reportHref(company.id, year.id, "trial-balance"),
          },
          { label: "Trial balance", to: reportHref(company.id, year.id, "trial-balance", filters) },
          { label: `Account ${account}` },
        ]}
      />
      <h1>
        Account {account}
        {data?.name ? ` ${data.name}` : ""}
      </h1>
      <FilterSummary year={year} filters={filters} />
      {tx.isPending ? <Loading /> : null}
      <ErrorMessage error={tx.error} />
      {data ? (
        <>
          <dl className="balances" aria-label="Balances of the account">
            <div>
              <dt>Opening balance</dt>
              <dd className="num">{format.amount(data.opening)}</dd>
            </div>
            <div>
              <dt>Movement</dt>
              <dd className="num">{format.amount(data.movement)}</dd>
            </div>
            <div>
              <dt>Closing balance</dt>
              <dd className="num">{format.amount(data.closing)}</dd>
            </div>
          </dl>
          {data.total === 0 ? (
            <p className="empty" role="status">
              No transactions on this account here.
            </p>
          ) : data.items.length === 0 ? (
            // A bookmarked page can point past the end once the year was replaced or the filters changed.
            <p className="empty" role="status">
              This page is past the last transaction.{" "}
              <button type="button" onClick={() => toPage(1)}>
                Go to the first page
              </button>
            </p>
          ) : (
            <>
              <AccountTransactionsTable
                companyId={company.id}
                year={year}
                account={account}
                filters={filters}
                data={data}
                busy={tx.isFetching}
              />
              <LedgerPager
                label="Pages of the account's transactions"
                page={page}
                pageSize={PAGE_SIZE}
                total={data.total}
                onPage={toPage}
              />
            </>
          )}
        </>
      ) : null}
    </>
  );
}
