import { useQueryClient } from "@tanstack/react-query";
import { type ChangeEvent, useEffect, useId, useRef, useState } from "react";
import { ApiError, isUnauthorized } from "../../api/client.js";
import { keys, useSignedInSession } from "../../api/queries.js";
import type { SieDiagnostic, SieImportResult, SieInspection } from "../../api/types.js";
import { ErrorMessage } from "../../components/Status.js";
import { useFormat } from "../../format.js";
import { canAdminister } from "../../roles.js";
import { Link } from "../../router.js";
import type { CompanyPageProps } from "../../SignedInApp.js";
import { DiagnosticsList } from "./DiagnosticsList.js";
import { ImportActions } from "./ImportActions.js";
import { ledgerKeys } from "./keys.js";
import { count, period } from "./ledgerFormat.js";
import { reportHref } from "./ledgerView.js";
import { SieSummaryView } from "./SieSummaryView.js";
import { UploadProgressBar } from "./UploadProgressBar.js";
import { type Upload, type UploadProgress, uploadFile } from "./uploadSie.js";

type Step =
  | { kind: "idle" }
  | { kind: "sending"; action: "inspect" | "import"; progress: UploadProgress; inspection?: SieInspection }
  | { kind: "inspected"; inspection: SieInspection; error?: unknown }
  | { kind: "imported"; result: SieImportResult }
  | { kind: "failed"; error: unknown };

/** The import refused the file: its errors, with their lines, come back in the error's details. */
function importDiagnostics(error: unknown): { errors: SieDiagnostic[]; warnings: SieDiagnostic[] } | null {
  if (!(error instanceof ApiError) || error.code !== "ledger_import_has_errors") return null;
  const d = error.details as { errors?: SieDiagnostic[]; warnings?: SieDiagnostic[] } | undefined;
  return { errors: d?.errors ?? [], warnings: d?.warnings ?? [] };
}

/**
 * Upload in two steps: the file is checked first (what it holds, every error with its line, and
 * which year it would replace), and imported only when the user says so — replacing only when the
 * user confirmed the year that will be overwritten.
 */
export function SieUpload({ company }: CompanyPageProps) {
  const session = useSignedInSession();
  const format = useFormat();
  const queryClient = useQueryClient();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const upload = useRef<{ action: "inspect" | "import"; u: Upload<unknown> } | null>(null);
  const latest = useRef(0);
  const canImport = canAdminister(company.role);
  const base = `/api/companies/${encodeURIComponent(company.id)}/ledger/sie`;

  // Leaving the page cancels a check; an import runs to its end (the server would finish it anyway).
  useEffect(
    () => () => {
      if (upload.current?.action === "inspect") upload.current.u.abort();
    },
    [],
  );

  /**
   * Sends the file; `then` runs only if no newer upload started meanwhile (choosing another file aborts
   * this one, and its "cancelled" must not overwrite the new file's state).
   */
  function send<T>(
    action: "inspect" | "import",
    f: File,
    query: Record<string, string | undefined>,
    then: (outcome: { ok: true; value: T } | { ok: false; error: unknown }) => void,
  ) {
    // While importing, the checked file's summary stays on screen; a new check starts blank.
    const inspection = action === "import" && step.kind === "inspected" ? step.inspection : undefined;
    const generation = ++latest.current;
    const progress = (p: UploadProgress) => {
      if (generation === latest.current) {
        setStep({ kind: "sending", action, progress: p, ...(inspection ? { inspection } : {}) });
      }
    };
    progress({ loaded: 0, total: f.size });
    const u = uploadFile<T>(
      action === "inspect" ? `${base}/inspect` : base,
      query,
      f,
      session.csrfToken,
      progress,
    );
    upload.current = { action, u };
    const settle = (outcome: { ok: true; value: T } | { ok: false; error: unknown }) => {
      // As for every other call (main.tsx): a 401 means the session ended, and the login page shows.
      if (!outcome.ok && isUnauthorized(outcome.error)) queryClient.setQueryData(keys.session, null);
      if (generation !== latest.current) return;
      upload.current = null;
      then(outcome);
    };
    u.done.then(
      (value) => settle({ ok: true, value }),
      (error: unknown) => settle({ ok: false, error }),
    );
  }

  const inspect = (f: File) => {
    send<SieInspection>("inspect", f, {}, (r) =>
      setStep(r.ok ? { kind: "inspected", inspection: r.value } : { kind: "failed", error: r.error }),
    );
  };

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0] ?? null;
    upload.current?.u.abort();
    setFile(f);
    if (f) inspect(f);
    else setStep({ kind: "idle" });
  };

  const runImport = (inspection: SieInspection, replace: boolean) => {
    if (!file) return;
    const query = { name: file.name.slice(0, 255), replace: replace ? "true" : undefined };
    send<SieImportResult>("import", file, query, (r) => {
      if (!r.ok) return setStep({ kind: "inspected", inspection, error: r.error });
      setStep({ kind: "imported", result: r.value });
      void queryClient.invalidateQueries({ queryKey: ledgerKeys.all(company.id) });
    });
  };

  const inspection = step.kind === "inspected" || step.kind === "sending" ? step.inspection : undefined;
  const refused = step.kind === "inspected" ? importDiagnostics(step.error) : null;

  return (
    <section className="card upload" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Upload a SIE file</h2>
      <p className="muted">
        A SIE 4 file (.se) exported from the accounting program, one fiscal year. The file is checked first;
        nothing is imported until you confirm.
      </p>
      <div className="field">
        <label htmlFor={inputId}>SIE file</label>
        <input
          id={inputId}
          type="file"
          accept=".se,.si,.sie,.SE,.SI,text/plain,application/octet-stream"
          onChange={onFile}
          disabled={step.kind === "sending"}
        />
      </div>
      {step.kind === "sending" && file ? (
        <UploadProgressBar
          fileName={file.name}
          action={step.action}
          progress={step.progress}
          onCancel={() => upload.current?.u.abort()}
        />
      ) : null}
      {step.kind === "failed" ? <ErrorMessage error={step.error} /> : null}
      {inspection && file ? <SieSummaryView fileName={file.name} summary={inspection.summary} /> : null}
      {step.kind === "inspected" && canImport ? (
        <ImportActions
          inspection={step.inspection}
          error={refused ? null : step.error}
          onImport={(replace) => runImport(step.inspection, replace)}
        />
      ) : null}
      {step.kind === "inspected" && !canImport ? (
        <p className="muted">
          Only owners and administrators can import SIE files; you can check a file here.
        </p>
      ) : null}
      {refused ? (
        <>
          <ErrorMessage error={step.kind === "inspected" ? step.error : null} />
          <DiagnosticsList title="Errors" items={refused.errors} />
          <DiagnosticsList title="Warnings" items={refused.warnings} />
        </>
      ) : null}
      {step.kind === "imported" ? (
        <p className="success" role="status">
          Imported the fiscal year {period(format, step.result.fiscalYear.start, step.result.fiscalYear.end)}{" "}
          from {step.result.fiscalYear.sourceName}: {count(format, step.result.counts.vouchers)} vouchers,{" "}
          {count(format, step.result.counts.rows)} rows, {count(format, step.result.counts.accounts)} accounts
          {step.result.replaced ? " (the earlier data of this year was replaced)" : ""}.{" "}
          <Link to={reportHref(company.id, step.result.fiscalYear.id, "trial-balance")}>
            Open the trial balance
          </Link>
        </p>
      ) : null}
    </section>
  );
}
