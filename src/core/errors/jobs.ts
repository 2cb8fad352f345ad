import type { ErrorSection } from "./types.js";

export const jobErrors = {
  job_already_running: {
    category: "conflict",
    message: "A {kind} for this {scope} is already waiting or running. Wait for it to finish.",
  },
  job_failed: { category: "internal", message: "The {kind} job failed: {detail}" },
  schedule_invalid: {
    category: "invalid_input",
    message: "The schedule {cron} is not a valid cron expression.",
  },
} as const satisfies ErrorSection;
