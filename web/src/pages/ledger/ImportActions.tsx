import { ApiError } from "../../api/client.js";
import type { SieInspection } from "../../api/types.js";
import { ErrorMessage } from "../../components/Status.js";
import { useFormat } from "../../format.js";
import { count, period, yearOrigin } from "./ledgerFormat.js";

interface Props {
  inspection: SieInspection;
  error: unknown;
  onImport: (replace: boolean) => void;
}

/** What the checked file allows: import, replace an existing year after confirmation, or nothing. */
export function ImportActions({ inspection, error, onImport }: Props) {
  const format = useFormat();
  const { summary, existingYear } = inspection;
  const year0 = summary.fiscalYears.find((y) => y.index === 0);

  if (summary.errors.length > 0) {
    return (
      <p className="error" role="alert">
        The file has {count(format, summary.errors.length)} {summary.errors.length === 1 ? "error" : "errors"}
        , so it cannot be imported. Correct them in the accounting program and export the file again.
      </p>
    );
  }
  if (!year0) {
    return (
      <p className="error" role="alert">
        The file declares no current fiscal year (#RAR 0), so it cannot be imported.
      </p>
    );
  }
  const raced = error instanceof ApiError && error.code === "ledger_year_exists";
  if (existingYear && (existingYear.start !== year0.start || existingYear.end !== year0.end)) {
    return (
      <p className="error" role="alert">
        The file's fiscal year {period(format, year0.start, year0.end)} overlaps the fiscal year{" "}
        {period(format, existingYear.start, existingYear.end)} that is already here, so it cannot be imported.
      </p>
    );
  }
  if (existingYear || raced) {
    return (
      <div className="replace-notice" role="alert">
        {existingYear ? (
          <p>
            <strong>
              This replaces the fiscal year {period(format, existingYear.start, existingYear.end)} (
              {yearOrigin(format, existingYear)}).
            </strong>{" "}
            Its vouchers and balances are deleted and the file's are imported in their place.
          </p>
        ) : (
          <ErrorMessage error={error} />
        )}
        <button type="button" className="danger" onClick={() => onImport(true)}>
          Replace the fiscal year
        </button>
      </div>
    );
  }
  return (
    <div className="import-actions">
      <ErrorMessage error={error} />
      <button type="button" className="primary" onClick={() => onImport(false)}>
        Import the fiscal year {period(format, year0.start, year0.end)}
      </button>
    </div>
  );
}
