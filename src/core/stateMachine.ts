/**
 * States and allowed transitions declared as data, checked by one function. Connections, sync runs and
 * outbox items each declare theirs here.
 */

import type { AppError } from "./errors/index.js";
import { appError } from "./errors/index.js";
import { err, ok, type Result } from "./result.js";

export type Transitions<S extends string> = Readonly<Record<S, readonly S[]>>;

export function checkTransition<S extends string>(
  entity: string,
  machine: Transitions<S>,
  from: S,
  to: S,
): Result<S, AppError> {
  if (from === to || machine[from].includes(to)) return ok(to);
  return err(appError("invalid_state_transition", { entity, from, to }));
}

export const CONNECTION_STATES = ["pending", "active", "needs_reauth", "error", "disconnected"] as const;
export type ConnectionState = (typeof CONNECTION_STATES)[number];
export const CONNECTION_TRANSITIONS: Transitions<ConnectionState> = {
  pending: ["active", "error", "disconnected"],
  active: ["needs_reauth", "error", "disconnected"],
  needs_reauth: ["active", "disconnected"],
  error: ["active", "needs_reauth", "disconnected"],
  disconnected: ["pending", "active"],
};

export const RUN_STATES = ["queued", "running", "succeeded", "failed", "cancelled"] as const;
export type RunState = (typeof RUN_STATES)[number];
export const RUN_TRANSITIONS: Transitions<RunState> = {
  queued: ["running", "cancelled", "failed"],
  running: ["succeeded", "failed", "cancelled", "queued"],
  succeeded: [],
  failed: ["queued"],
  cancelled: [],
};

export const OUTBOX_STATES = ["pending", "sending", "uncertain", "done", "failed"] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];
export const OUTBOX_TRANSITIONS: Transitions<OutboxState> = {
  pending: ["sending", "failed"],
  sending: ["done", "uncertain", "failed", "pending"],
  uncertain: ["done", "pending", "failed"],
  done: [],
  failed: ["pending"],
};
