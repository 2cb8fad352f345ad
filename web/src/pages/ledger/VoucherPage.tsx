import { useQuery } from "@tanstack/react-query";
import { useApi } from "../../api/endpoints.js";
import type { FiscalYear } from "../../api/types.js";
import { ErrorMessage, Loading } from "../../components/Status.js";
import { useFormat } from "../../format.js";
import type { CompanyPageProps } from "../../SignedInApp.js";
import { Breadcrumbs, type Crumb } from "./Breadcrumbs.js";
import { ledgerKeys } from "./keys.js";
import { period } from "./ledgerFormat.js";
import { accountHref, ledgerHome, readFilters, reportHref } from "./ledgerView.js";
import { VoucherDocuments } from "./VoucherDocuments.js";
import { VoucherRowsTable } from "./VoucherRowsTable.js";

interface Props extends CompanyPageProps {
  year: FiscalYear;
  voucherId: string;
  /** The filters and account the voucher was opened from, for the way back. */
  search: URLSearchParams;
}

/** /c/:companyId/ledger/:yearId/vouchers/:voucherId — one voucher and all its rows. */
export function VoucherPage({ company, year, voucherId, search }: Props) {
  const api = useApi();
  const format = useFormat();
  const voucher = useQuery({
    queryKey: ledgerKeys.voucher(company.id, voucherId),
    queryFn: () => api.voucher(company.id, voucherId),
  });
  const filters = readFilters(search);
  const from = search.get("account");
  const v = voucher.data;
  const title = v ? `Voucher ${v.series} ${v.number}` : "Voucher";
  const crumbs: Crumb[] = [
    { label: "Ledger", to: ledgerHome(company.id) },
    { label: period(format, year.start, year.end), to: reportHref(company.id, year.id, "trial-balance") },
    { label: "Trial balance", to: reportHref(company.id, year.id, "trial-balance", filters) },
  ];
  if (from && /^\d{1,10}$/.test(from)) {
    crumbs.push({ label: `Account ${from}`, to: accountHref(company.id, year.id, from, filters) });
  }
  crumbs.push({ label: title });
  return (
    <>
      <Breadcrumbs items={crumbs} />
      <h1>{title}</h1>
      {voucher.isPending ? <Loading /> : null}
      <ErrorMessage error={voucher.error} />
      {v ? (
        <>
          <dl className="facts card voucher-facts">
            <dt>Date</dt>
            <dd>
              <time dateTime={v.date}>{format.localDate(v.date)}</time>
            </dd>
            <dt>Series</dt>
            <dd>{v.seriesName ? `${v.series} — ${v.seriesName}` : v.series}</dd>
            <dt>Text</dt>
            <dd>{v.text || "—"}</dd>
            <dt>Registered</dt>
            <dd>{v.registrationDate ? format.localDate(v.registrationDate) : "—"}</dd>
            <dt>Signature</dt>
            <dd>{v.signature ?? "—"}</dd>
          </dl>
          <h2>Rows</h2>
          <VoucherRowsTable companyId={company.id} yearId={year.id} voucher={v} filters={filters} />
          <h2>Documents</h2>
          {year.source === "sie" ? (
            <p className="muted">
              This year came from an uploaded SIE file, which carries no documents. A Fortnox sync of the year
              brings the files connected to its vouchers.
            </p>
          ) : (
            <VoucherDocuments companyId={company.id} voucherId={v.id} documents={v.documents} />
          )}
        </>
      ) : null}
    </>
  );
}
