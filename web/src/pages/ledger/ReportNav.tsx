import { useId } from "react";
import type { FiscalYear, ReportQuery } from "../../api/types.js";
import { useFormat } from "../../format.js";
import { Link, navigate } from "../../router.js";
import { period, SOURCE_LABEL } from "./ledgerFormat.js";
import { apiYearPath, queryString, REPORTS, type ReportSlug, reportHref } from "./ledgerView.js";

interface Props {
  companyId: string;
  year: FiscalYear;
  years: FiscalYear[];
  report: ReportSlug;
  filters: ReportQuery;
}

/** The fiscal year, the report tabs (keeping the filters) and the downloads. */
export function ReportNav({ companyId, year, years, report, filters }: Props) {
  const format = useFormat();
  const yearId = useId();
  return (
    <div className="report-nav">
      <div className="year-bar">
        <div className="field">
          <label htmlFor={yearId}>Fiscal year</label>
          <select
            id={yearId}
            value={year.id}
            // Another year has other dates and objects: its filters start afresh.
            onChange={(e) => navigate(reportHref(companyId, e.target.value, report))}
          >
            {years.map((y) => (
              <option key={y.id} value={y.id}>
                {period(format, y.start, y.end)}
              </option>
            ))}
          </select>
        </div>
        <p className="muted year-source">
          {year.source === "sie" ? `${SOURCE_LABEL.sie} ${year.sourceName ?? ""}` : "Synced from Fortnox"} ·
          imported {format.instant(year.importedAt)}
        </p>
        <p className="downloads">
          <a
            href={`${apiYearPath(companyId, year.id)}/reports/trial-balance.csv${queryString({ ...filters })}`}
            download
          >
            Trial balance (CSV)
          </a>
          <a href={`${apiYearPath(companyId, year.id)}/sie`} download>
            SIE 4 file
          </a>
        </p>
      </div>
      <nav className="tabs" aria-label="Reports">
        <ul>
          {REPORTS.map((r) => (
            <li key={r.slug}>
              <Link
                to={reportHref(companyId, year.id, r.slug, filters)}
                aria-current={r.slug === report ? "page" : undefined}
              >
                {r.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
