import { useFormat } from "../../format.js";
import type { SyncRun } from "./api.js";
import { stepText } from "./runText.js";

/** A queued or running sync: the bar counts fiscal years, the requests are Fortnox calls so far. */
export function RunProgress({ run }: { run: SyncRun }) {
  const format = useFormat();
  const n = new Intl.NumberFormat(format.locale);
  const { done, total } = run.progress;
  return (
    <div className="run-progress">
      <p role="status">
        <strong>{run.state === "queued" ? "Sync queued" : "Syncing"}</strong> · {stepText(run)}
      </p>
      {total ? (
        <progress aria-label="Fiscal years synced" max={total} value={done} />
      ) : (
        <progress aria-label="Fiscal years synced" />
      )}
      <p className="muted">
        {n.format(run.requestsUsed)} requests to Fortnox so far
        {run.startedAt ? (
          <>
            {" "}
            · started <time dateTime={run.startedAt}>{format.instant(run.startedAt)}</time>
          </>
        ) : null}
      </p>
    </div>
  );
}
