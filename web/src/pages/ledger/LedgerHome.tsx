import { useQuery } from "@tanstack/react-query";
import { useApi } from "../../api/endpoints.js";
import { keys } from "../../api/queries.js";
import type { FiscalYear } from "../../api/types.js";
import { Link } from "../../router.js";
import type { CompanyPageProps } from "../../SignedInApp.js";
import { FiscalYearsTable } from "./FiscalYearsTable.js";
import { SieUpload } from "./SieUpload.js";

interface Props extends CompanyPageProps {
  years: FiscalYear[];
}

/** /c/:companyId/ledger — the fiscal years in the ledger, and the SIE upload. */
export function LedgerHome({ company, years }: Props) {
  const mayUpload = company.role !== "viewer";
  const api = useApi();
  const connections = useQuery({
    queryKey: keys.connections(company.id),
    queryFn: () => api.connections(company.id),
  });
  const fortnox = connections.data?.some((c) => c.system === "fortnox" && c.state === "active") ?? false;
  return (
    <>
      <h1>Ledger</h1>
      <p className="muted">
        The general ledger of {company.name} per fiscal year, with its trial balance, income statement,
        balance sheet and every voucher.
      </p>
      {fortnox ? (
        <p className="card notice">
          Fiscal years from Fortnox are fetched and synced year by year under the Fortnox connection on{" "}
          <Link to={`/c/${company.id}/connections`}>the Connections page</Link>.
        </p>
      ) : null}
      {years.length === 0 ? (
        <div className="empty" role="status">
          <p className="empty-title">No fiscal years yet.</p>
          <p>
            {mayUpload
              ? "Upload a SIE 4 file exported from your accounting program (Fortnox, Visma, …) to read its ledger and reports here."
              : "An owner or administrator can upload a SIE 4 file exported from the accounting program; its ledger and reports then appear here."}
          </p>
        </div>
      ) : (
        <>
          <h2>Fiscal years</h2>
          <FiscalYearsTable companyId={company.id} years={years} />
        </>
      )}
      {mayUpload ? (
        <SieUpload company={company} />
      ) : (
        <p className="muted">Only owners and administrators can import SIE files.</p>
      )}
    </>
  );
}
