import type { SieSummary } from "../../api/types.js";
import { Badge } from "../../components/Status.js";
import { useFormat } from "../../format.js";
import { DiagnosticsList } from "./DiagnosticsList.js";
import { count, period } from "./ledgerFormat.js";

const CHECKSUM = {
  valid: "Valid (#KSUMMA)",
  invalid: "Does not match (#KSUMMA)",
  absent: "None in the file",
} as const;

/** What the checked file holds, as the server read it. */
export function SieSummaryView({ fileName, summary }: { fileName: string; summary: SieSummary }) {
  const format = useFormat();
  const s = summary;
  const clean = s.errors.length === 0;
  return (
    <section className="sie-summary" aria-label={`Contents of ${fileName}`}>
      <h3>
        {fileName} {clean ? <Badge tone="green">No errors</Badge> : <Badge tone="red">Has errors</Badge>}
        {s.warnings.length > 0 ? (
          <>
            {" "}
            <Badge tone="orange">
              {s.warnings.length === 1 ? "1 warning" : `${count(format, s.warnings.length)} warnings`}
            </Badge>
          </>
        ) : null}
      </h3>
      <dl className="facts">
        <dt>Company</dt>
        <dd>
          {s.company.name || "—"}
          {s.company.orgNumber ? <span className="muted"> ({s.company.orgNumber})</span> : null}
        </dd>
        <dt>Fiscal years</dt>
        <dd>
          {s.fiscalYears.length === 0
            ? "—"
            : s.fiscalYears.map((y) => (
                <span key={y.index} className="year-line">
                  {period(format, y.start, y.end)}
                  {y.index === 0 ? " — current year" : y.index === -1 ? " — previous year" : ""}
                </span>
              ))}
        </dd>
        <dt>Program</dt>
        <dd>{[s.program.name, s.program.version].filter(Boolean).join(" ") || "—"}</dd>
        <dt>Format</dt>
        <dd>
          SIE {s.sieType}, {s.encoding}
        </dd>
        <dt>Accounts</dt>
        <dd className="num-inline">{count(format, s.counts.accounts)}</dd>
        <dt>Vouchers</dt>
        <dd className="num-inline">{count(format, s.counts.vouchers)}</dd>
        <dt>Transactions</dt>
        <dd className="num-inline">{count(format, s.counts.transactions)}</dd>
        <dt>Total debit</dt>
        <dd className="num-inline">{format.amount(s.totals.debit)}</dd>
        <dt>Total credit</dt>
        <dd className="num-inline">{format.amount(s.totals.credit)}</dd>
        <dt>Checksum</dt>
        <dd>{CHECKSUM[s.checksum]}</dd>
      </dl>
      <DiagnosticsList title="Errors" items={s.errors} />
      <DiagnosticsList title="Warnings" items={s.warnings} />
    </section>
  );
}
