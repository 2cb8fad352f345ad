/** How a sync run reads on the page: its state, its step, its counts. */
import type { Tone } from "../../components/Status.js";
import type { SyncRun } from "./api.js";

export const RUN_STATES: Record<SyncRun["state"], { label: string; tone: Tone }> = {
  queued: { label: "Queued", tone: "grey" },
  running: { label: "Running", tone: "blue" },
  succeeded: { label: "Succeeded", tone: "green" },
  failed: { label: "Failed", tone: "red" },
  cancelled: { label: "Not started", tone: "grey" },
};

export const isLive = (r: SyncRun) => r.state === "queued" || r.state === "running";

/** The flow reports "financial years", then "ledger" with done/total counted in fiscal years. */
export function stepText(r: SyncRun): string {
  if (r.state === "queued") return "Waiting to start…";
  const { step, done, total } = r.progress;
  if (step === "financial years") return "Reading the fiscal years in Fortnox…";
  if (step === "ledger")
    return total === null
      ? "Importing the ledger…"
      : `Importing the ledger: ${done} of ${total} fiscal years done`;
  return step ? `${step}…` : "Starting…";
}

export const count = (r: SyncRun, key: string) => r.counts[key] ?? 0;
