import { useQuery } from "@tanstack/react-query";
import { useApi } from "../../api/endpoints.js";
import { ErrorMessage, Loading } from "../../components/Status.js";
import { Link, useLocation } from "../../router.js";
import type { CompanyPageProps } from "../../SignedInApp.js";
import "./ledger.css";
import "./upload.css";
import { AccountPage } from "./AccountPage.js";
import { ledgerKeys } from "./keys.js";
import { LedgerHome } from "./LedgerHome.js";
import { ledgerHome, readFilters, readLedgerView } from "./ledgerView.js";
import { ReportPage } from "./ReportPage.js";
import { VoucherPage } from "./VoucherPage.js";

/** /c/:companyId/ledger and the pages below it: years and upload, reports, an account, a voucher. */
export function LedgerPage({ company }: CompanyPageProps) {
  const api = useApi();
  const { path, search } = useLocation();
  const view = readLedgerView(path);
  const years = useQuery({
    queryKey: ledgerKeys.years(company.id),
    queryFn: () => api.fiscalYears(company.id),
    // An empty ledger may be filling from a Fortnox sync right now (the demo company's first start does
    // that): look again now and then, so its years appear without a reload.
    refetchInterval: (query) => (query.state.data?.length === 0 ? 10_000 : false),
  });

  if (years.isPending) {
    return (
      <>
        <h1>Ledger</h1>
        <Loading />
      </>
    );
  }
  if (years.isError) {
    return (
      <>
        <h1>Ledger</h1>
        <ErrorMessage error={years.error} />
      </>
    );
  }
  if (view.kind === "home") return <LedgerHome company={company} years={years.data} />;
  const year = view.kind === "unknown" ? undefined : years.data.find((y) => y.id === view.yearId);
  if (!year) {
    return (
      <>
        <h1>Ledger</h1>
        <p className="empty" role="status">
          {view.kind === "unknown"
            ? "There is no such page in the ledger."
            : "This fiscal year is not in the ledger (any more): it may have been replaced by a newer import."}{" "}
          <Link to={ledgerHome(company.id)}>Show the fiscal years</Link>
        </p>
      </>
    );
  }
  const filters = readFilters(search);
  if (view.kind === "account") {
    return (
      <AccountPage company={company} year={year} account={view.account} filters={filters} search={search} />
    );
  }
  if (view.kind === "voucher") {
    return <VoucherPage company={company} year={year} voucherId={view.voucherId} search={search} />;
  }
  if (view.kind === "unknown") return null;
  return (
    <ReportPage company={company} year={year} years={years.data} report={view.report} filters={filters} />
  );
}
