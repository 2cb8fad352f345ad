import type { FiscalYear } from "../../api/types.js";
import { Badge } from "../../components/Status.js";
import { useFormat } from "../../format.js";
import { Link } from "../../router.js";
import { count, period, SOURCE_LABEL } from "./ledgerFormat.js";
import { apiYearPath, reportHref } from "./ledgerView.js";

/** The fiscal years in the ledger, newest first, each with where it came from. */
export function FiscalYearsTable({ companyId, years }: { companyId: string; years: FiscalYear[] }) {
  const format = useFormat();
  return (
    <div className="table-wrap">
      <table className="fiscal-years">
        <caption className="visually-hidden">Fiscal years</caption>
        <thead>
          <tr>
            <th scope="col">Fiscal year</th>
            <th scope="col">Source</th>
            <th scope="col">File or connection</th>
            <th scope="col" className="num">
              Vouchers
            </th>
            <th scope="col" className="num">
              Rows
            </th>
            <th scope="col">Imported</th>
            <th scope="col">Reports</th>
            <th scope="col">Export</th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.id}>
              <th scope="row">
                <Link to={reportHref(companyId, y.id, "trial-balance")}>
                  {period(format, y.start, y.end)}
                </Link>
              </th>
              <td>
                <Badge tone={y.source === "sie" ? "grey" : "blue"}>{SOURCE_LABEL[y.source]}</Badge>
              </td>
              <td>{y.source === "sie" ? (y.sourceName ?? "—") : (y.sourceName ?? "Fortnox connection")}</td>
              <td className="num">{count(format, y.voucherCount)}</td>
              <td className="num">{count(format, y.rowCount)}</td>
              <td>
                <time dateTime={y.importedAt}>{format.instant(y.importedAt)}</time>
              </td>
              <td>
                <span className="inline-links">
                  <Link to={reportHref(companyId, y.id, "trial-balance")}>Trial balance</Link>
                  <Link to={reportHref(companyId, y.id, "income-statement")}>Income statement</Link>
                  <Link to={reportHref(companyId, y.id, "balance-sheet")}>Balance sheet</Link>
                </span>
              </td>
              <td>
                <a href={`${apiYearPath(companyId, y.id)}/sie`} download>
                  SIE 4 file
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
