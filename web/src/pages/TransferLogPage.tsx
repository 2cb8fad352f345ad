import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useApi } from "../api/endpoints.js";
import { keys } from "../api/queries.js";
import { ErrorMessage } from "../components/Status.js";
import { TransferLogFilters } from "../components/TransferLogFilters.js";
import { TransferLogTable } from "../components/TransferLogTable.js";
import { Link, navigate, useLocation } from "../router.js";
import type { CompanyPageProps } from "../SignedInApp.js";
import { type LogView, readView, toQuery, viewHref } from "../transferLogQuery.js";

const noConnections: never[] = [];

export function TransferLogPage({ company }: CompanyPageProps) {
  const api = useApi();
  const { path, search } = useLocation();
  const view = readView(search);
  const query = toQuery(view);
  const log = useQuery({
    queryKey: keys.transferLog(company.id, query),
    queryFn: () => api.transferLog(company.id, query),
    // Keep the current page on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
  const connections = useQuery({
    queryKey: keys.connections(company.id),
    queryFn: () => api.connections(company.id),
  });
  const go = (next: LogView) => navigate(viewHref(path, next));
  // The run filter has no field in the form (it comes from a link on the connections page): keep it.
  const { runId, ...withoutRun } = view.filters;

  return (
    <>
      <h1>Transfer log</h1>
      <p className="muted">Every item sent to or received from a connected system, newest first.</p>
      {runId ? (
        <p className="card notice" role="status">
          Showing the entries of one sync run.{" "}
          <Link to={viewHref(path, { ...view, filters: withoutRun, page: 1 })}>Show every run</Link>
        </p>
      ) : null}
      <TransferLogFilters
        key={search.toString()}
        filters={view.filters}
        connections={connections.data ?? noConnections}
        onApply={(filters) => go({ ...view, filters: runId ? { ...filters, runId } : filters, page: 1 })}
        onClear={() => go({ filters: {}, page: 1, pageSize: view.pageSize })}
      />
      <ErrorMessage error={log.error} />
      <TransferLogTable
        view={view}
        result={log.data}
        loading={log.isFetching}
        connections={connections.data ?? noConnections}
        onView={go}
      />
    </>
  );
}
