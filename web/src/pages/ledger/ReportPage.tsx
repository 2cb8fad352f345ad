import type { FiscalYear, ReportQuery } from "../../api/types.js";
import { useFormat } from "../../format.js";
import { navigate } from "../../router.js";
import type { CompanyPageProps } from "../../SignedInApp.js";
import { BalanceSheetReport } from "./BalanceSheetReport.js";
import { Breadcrumbs } from "./Breadcrumbs.js";
import { IncomeStatementReport } from "./IncomeStatementReport.js";
import { period } from "./ledgerFormat.js";
import { ledgerHome, queryString, REPORTS, type ReportSlug, reportHref } from "./ledgerView.js";
import { MonthlyResultReport } from "./MonthlyResultReport.js";
import { ReportFilters } from "./ReportFilters.js";
import { ReportNav } from "./ReportNav.js";
import { TrialBalanceReport } from "./TrialBalanceReport.js";

interface Props extends CompanyPageProps {
  year: FiscalYear;
  years: FiscalYear[];
  report: ReportSlug;
  filters: ReportQuery;
}

export interface ReportProps {
  companyId: string;
  year: FiscalYear;
  filters: ReportQuery;
}

/** /c/:companyId/ledger/:yearId/<report>?from&to&costCenter&project */
export function ReportPage({ company, year, years, report, filters }: Props) {
  const format = useFormat();
  const label = REPORTS.find((r) => r.slug === report)?.label ?? "";
  const props = { companyId: company.id, year, filters };
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Ledger", to: ledgerHome(company.id) },
          { label: period(format, year.start, year.end) },
        ]}
      />
      <h1>{label}</h1>
      <ReportNav companyId={company.id} year={year} years={years} report={report} filters={filters} />
      <ReportFilters
        key={`${year.id}${queryString({ ...filters })}`}
        companyId={company.id}
        year={year}
        filters={filters}
        periodApplies={report !== "monthly-result"}
        onApply={(next) => navigate(reportHref(company.id, year.id, report, next))}
      />
      {report === "trial-balance" ? <TrialBalanceReport {...props} /> : null}
      {report === "income-statement" ? <IncomeStatementReport {...props} /> : null}
      {report === "balance-sheet" ? <BalanceSheetReport {...props} /> : null}
      {report === "monthly-result" ? <MonthlyResultReport {...props} /> : null}
    </>
  );
}
