import { Badge } from "../../components/Status.js";
import { useFormat } from "../../format.js";
import { Link } from "../../router.js";
import { count, period } from "../ledger/ledgerFormat.js";
import { reportHref } from "../ledger/ledgerView.js";
import type { YearRow } from "./fortnoxYears.js";

interface Props {
  companyId: string;
  rows: YearRow[];
  /** Whether Fortnox's own list of years was read (else only the ledger's years are listed). */
  fortnoxKnown: boolean;
  mayStart: boolean;
  disabled: boolean;
  onSync: (row: YearRow) => void;
}

/**
 * Fortnox's financial years beside what the ledger has for each: "Fetch data" for a year with nothing in
 * the ledger yet, "Sync" for one that has data (from Fortnox, or an uploaded file — then the user is asked).
 */
export function FortnoxYearsTable({ companyId, rows, fortnoxKnown, mayStart, disabled, onSync }: Props) {
  const format = useFormat();
  if (rows.length === 0) {
    return (
      <p className="empty" role="status">
        {fortnoxKnown
          ? "Fortnox has no fiscal years for this company yet."
          : "No fiscal years in the ledger yet."}
      </p>
    );
  }
  return (
    <div className="table-wrap">
      <table className="fortnox-years">
        <caption className="visually-hidden">Fiscal years in Fortnox and in the ledger</caption>
        <thead>
          <tr>
            <th scope="col">Fiscal year</th>
            <th scope="col">In the ledger</th>
            <th scope="col" className="num">
              Vouchers
            </th>
            {mayStart ? <th scope="col">Action</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const when = period(format, row.start, row.end);
            const offered = row.fortnox !== null || !fortnoxKnown;
            const verb = row.ledger ? "Sync" : "Fetch data";
            return (
              <tr key={row.key}>
                <th scope="row">
                  {row.ledger ? (
                    <Link to={reportHref(companyId, row.ledger.id, "trial-balance")}>{when}</Link>
                  ) : (
                    when
                  )}
                </th>
                <td>
                  <LedgerCell row={row} fortnoxKnown={fortnoxKnown} />
                </td>
                <td className="num">{row.ledger ? count(format, row.ledger.voucherCount) : "—"}</td>
                {mayStart ? (
                  <td>
                    {offered ? (
                      <button
                        type="button"
                        className={row.ledger ? undefined : "primary"}
                        disabled={disabled}
                        aria-label={`${verb} for ${when}`}
                        onClick={() => onSync(row)}
                      >
                        {verb}
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function LedgerCell({ row, fortnoxKnown }: { row: YearRow; fortnoxKnown: boolean }) {
  const format = useFormat();
  const missing = fortnoxKnown && row.fortnox === null ? " · Fortnox has no such year" : "";
  if (!row.ledger) return <span className="muted">Not fetched yet</span>;
  if (row.ledger.source === "sie") {
    return (
      <>
        <Badge tone="grey">Uploaded SIE file</Badge> {row.ledger.sourceName ?? "(no name)"}
        {missing}
      </>
    );
  }
  return (
    <>
      <Badge tone="blue">Fortnox</Badge> synced{" "}
      <time dateTime={row.ledger.importedAt}>{format.instant(row.ledger.importedAt)}</time>
      {missing}
    </>
  );
}
