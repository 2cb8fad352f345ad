import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { keys } from "../../api/queries.js";
import { ErrorMessage, Loading } from "../../components/Status.js";
import { connectKeys, type SyncRun, useConnectApi } from "./api.js";
import { RunProgress } from "./RunProgress.js";
import { RunTable } from "./RunTable.js";
import { isLive } from "./runText.js";

const PAGE_SIZE = 10;

/** The connection's syncs: live progress (polled every second while one is queued or running) and history. */
export function SyncRuns({ companyId, connectionId }: { companyId: string; connectionId: string }) {
  const api = useConnectApi();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const runs = useQuery({
    queryKey: connectKeys.runs(companyId, connectionId, page),
    queryFn: () => api.syncRuns(companyId, { connectionId, page, pageSize: PAGE_SIZE }),
    refetchInterval: (q) => (q.state.data?.items.some(isLive) ? 1000 : false),
  });
  const items = runs.data?.items ?? [];
  const live = items.filter(isLive);
  const finished = items.filter((r) => !isLive(r));

  // A run that just finished moved the connection's "last successful sync", the ledger and the registers.
  // Keyed on the newest finished run rather than on having seen it live: a quick run can start and end
  // between two polls.
  const newestFinished = runs.data ? (finished[0]?.id ?? null) : undefined;
  const shownFinished = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (newestFinished === undefined) return;
    if (shownFinished.current !== undefined && shownFinished.current !== newestFinished) {
      void queryClient.invalidateQueries({ queryKey: keys.connections(companyId) });
      void queryClient.invalidateQueries({ queryKey: ["company", companyId, "ledger"] });
      void queryClient.invalidateQueries({ queryKey: ["company", companyId, "parties"] });
    }
    shownFinished.current = newestFinished;
  }, [newestFinished, companyId, queryClient]);

  const total = runs.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <div className="sync-runs">
      {live.map((r: SyncRun) => (
        <RunProgress key={r.id} run={r} />
      ))}
      <h3>Sync history</h3>
      {runs.isPending ? <Loading /> : null}
      <ErrorMessage error={runs.error} />
      {runs.data && total === 0 ? <p className="empty">No syncs yet.</p> : null}
      {total > 0 && finished.length === 0 ? (
        <p className="muted">No finished syncs on this page yet.</p>
      ) : null}
      {finished.length > 0 ? (
        <RunTable companyId={companyId} connectionId={connectionId} runs={finished} />
      ) : null}
      {pages > 1 ? (
        <nav className="pagination" aria-label="Pages of the sync history">
          <p>
            Page {page} of {pages}
          </p>
          <button type="button" onClick={() => setPage(page - 1)} disabled={page <= 1}>
            Newer
          </button>
          <button type="button" onClick={() => setPage(page + 1)} disabled={page >= pages}>
            Older
          </button>
        </nav>
      ) : null}
    </div>
  );
}
