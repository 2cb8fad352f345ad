import { Badge } from "../../components/Status.js";
import { useFormat } from "../../format.js";
import { Link } from "../../router.js";
import type { SyncRun } from "./api.js";
import { count, RUN_STATES } from "./runText.js";

interface Props {
  companyId: string;
  connectionId: string;
  runs: SyncRun[];
}

/** Finished syncs, newest first, each with what it did and a link to its entries in the transfer log. */
export function RunTable({ companyId, connectionId, runs }: Props) {
  return (
    <div className="table-wrap">
      <table className="runs">
        <caption className="visually-hidden">Finished syncs</caption>
        <thead>
          <tr>
            <th scope="col">Started</th>
            <th scope="col">State</th>
            <th scope="col" className="num">
              Years imported
            </th>
            <th scope="col" className="num">
              Unchanged
            </th>
            <th scope="col" className="num">
              Kept (uploaded)
            </th>
            <th scope="col" className="num">
              Vouchers
            </th>
            <th scope="col" className="num">
              Rows
            </th>
            <th scope="col" className="num">
              Requests
            </th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => (
            <RunRow key={r.id} companyId={companyId} connectionId={connectionId} run={r} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RunRow({
  companyId,
  connectionId,
  run: r,
}: {
  companyId: string;
  connectionId: string;
  run: SyncRun;
}) {
  const format = useFormat();
  const n = new Intl.NumberFormat(format.locale);
  const state = RUN_STATES[r.state];
  const when = r.startedAt ?? r.createdAt;
  const log = `/c/${encodeURIComponent(companyId)}/transfer-log?${new URLSearchParams({ connection: connectionId, run: r.id })}`;
  const started = r.state !== "cancelled";
  return (
    <tr>
      <td className="started">
        <time dateTime={when}>{format.instant(when)}</time>
        {r.finishedAt && r.startedAt ? (
          <span className="muted duration">took {duration(r.startedAt, r.finishedAt)}</span>
        ) : null}
      </td>
      <td>
        <Badge tone={state.tone}>{state.label}</Badge>
      </td>
      {(["years", "yearsUnchanged", "yearsSkipped", "vouchers", "rows"] as const).map((k) => (
        <td key={k} className="num">
          {started ? n.format(count(r, k)) : "—"}
        </td>
      ))}
      <td className="num">{started ? n.format(r.requestsUsed) : "—"}</td>
      <td>
        {r.errorMessage ? (
          <p className={r.state === "failed" ? "error run-error" : "muted run-error"}>
            {r.errorCode === "job_already_running"
              ? "Another sync of this connection was already waiting, so this one was not started."
              : r.errorMessage}
            {r.errorCode ? <code className="error-code">{r.errorCode}</code> : null}
          </p>
        ) : null}
        {started ? (
          <Link to={log} aria-label={`Transfer log of the sync started ${format.instant(when)}`}>
            Transfer log
          </Link>
        ) : null}
      </td>
    </tr>
  );
}

function duration(from: string, to: string): string {
  const s = Math.max(0, Math.round((new Date(to).getTime() - new Date(from).getTime()) / 1000));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}
