import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useApi } from "../../api/endpoints.js";
import type { FiscalYear } from "../../api/types.js";
import { ErrorMessage } from "../../components/Status.js";
import { ledgerKeys } from "../ledger/keys.js";
import { connectKeys, type StartSyncRequest, type SyncRun, useConnectApi } from "./api.js";
import { FortnoxYearsTable } from "./FortnoxYearsTable.js";
import { startYear, uploadedInLastTwo, uploadedInYear, type YearRow, yearRows } from "./fortnoxYears.js";
import { OverwriteDialog } from "./OverwriteDialog.js";

interface Props {
  companyId: string;
  connectionId: string;
  /** Members and up may start a sync; viewers see the years without the buttons. */
  mayStart: boolean;
}

interface Question {
  request: StartSyncRequest;
  uploaded: FiscalYear[];
}

/**
 * Starts a ledger sync: the last two fiscal years, or one year from the list of Fortnox's years. When a
 * year involved came from an uploaded SIE file, the user is asked first whether to overwrite it.
 */
export function SyncActions({ companyId, connectionId, mayStart }: Props) {
  const api = useConnectApi();
  const appApi = useApi();
  const queryClient = useQueryClient();
  const fortnox = useQuery({
    queryKey: connectKeys.financialYears(companyId, connectionId),
    queryFn: () => api.financialYears(companyId, connectionId),
    // Each read is a request to Fortnox: its years change once a year, not every minute.
    staleTime: 5 * 60_000,
    retry: false,
  });
  const ledger = useQuery({
    queryKey: ledgerKeys.years(companyId),
    queryFn: () => appApi.fiscalYears(companyId),
  });
  const [question, setQuestion] = useState<Question | null>(null);
  const start = useMutation({
    mutationFn: (body: StartSyncRequest) => api.startSync(companyId, connectionId, body),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: ["company", companyId, "sync-runs", connectionId] }),
  });

  const ledgerYears = ledger.data ?? [];
  const ask = (request: StartSyncRequest, uploaded: FiscalYear[]) => {
    if (uploaded.length > 0) setQuestion({ request, uploaded });
    else start.mutate(request);
  };
  const syncLastTwo = () => ask({ years: 2 }, uploadedInLastTwo(fortnox.data, ledgerYears));
  const syncYear = (row: YearRow) => {
    const year = startYear(row);
    ask({ year }, uploadedInYear(year, fortnox.data, ledgerYears));
  };
  const answer = (overwriteUploaded: boolean) => {
    if (!question) return;
    start.mutate({ ...question.request, overwriteUploaded });
    setQuestion(null);
  };
  // The years involved must be known before asking: wait for both lists (an error still lets one sync).
  const ready = !fortnox.isPending && !ledger.isPending;
  const busy = start.isPending || !ready;

  return (
    <div className="sync-actions">
      {mayStart ? (
        <div className="sync-buttons">
          <button type="button" className="primary" disabled={busy} onClick={syncLastTwo}>
            Sync the last two fiscal years
          </button>
          <p className="muted">
            Accounts, voucher series, cost centers, projects, suppliers and customers are updated with every
            sync.
          </p>
        </div>
      ) : null}
      <ErrorMessage error={start.error} />
      {start.data && start.variables ? <StartAnswer run={start.data} request={start.variables} /> : null}
      <h3>Fiscal years</h3>
      {fortnox.isPending ? (
        <p className="muted" role="status">
          Reading the fiscal years in Fortnox…
        </p>
      ) : null}
      {fortnox.isError ? (
        <div className="error" role="alert">
          <p>Could not read the fiscal years in Fortnox: {fortnox.error.message}</p>
          <p>Only the years already in the ledger are listed.</p>
        </div>
      ) : null}
      <ErrorMessage error={ledger.error} />
      {ready ? (
        <FortnoxYearsTable
          companyId={companyId}
          rows={yearRows(fortnox.data, ledgerYears)}
          fortnoxKnown={fortnox.isSuccess}
          mayStart={mayStart}
          disabled={busy}
          onSync={syncYear}
        />
      ) : null}
      {question ? (
        <OverwriteDialog
          uploaded={question.uploaded}
          onOverwrite={() => answer(true)}
          onKeep={() => answer(false)}
          onCancel={() => setQuestion(null)}
        />
      ) : null}
    </div>
  );
}

/** What was asked, in words: the user sees their answer to the overwrite question taken. */
function askedText(request: StartSyncRequest): string {
  const what =
    request.year !== undefined ? `the fiscal year starting in ${request.year}` : "the last two fiscal years";
  if (request.overwriteUploaded === undefined) return `Sync of ${what} started.`;
  return request.overwriteUploaded
    ? `Sync of ${what} started, overwriting the uploaded file with Fortnox's data.`
    : `Sync of ${what} started, keeping the uploaded file.`;
}

function StartAnswer({ run, request }: { run: SyncRun; request: StartSyncRequest }) {
  if (run.state === "cancelled" && run.errorCode === "job_already_running") {
    return (
      <p className="notice-inline" role="status">
        A sync of this connection is already queued or running, so no second one was started. Its progress is
        shown below.
      </p>
    );
  }
  if (run.state === "cancelled" || run.state === "failed") {
    return (
      <p className="error" role="alert">
        {run.errorMessage ?? "The sync did not start."}
      </p>
    );
  }
  return (
    <p className="notice-inline" role="status">
      {askedText(request)} Its progress is shown below.
    </p>
  );
}
