import type { ConnectionState, SystemId } from "./api/types.js";
import type { Tone } from "./components/Status.js";

/** Display names only; what each system can do lives in its connector on the server. */
export const SYSTEMS: ReadonlyArray<{ value: SystemId; label: string }> = [
  { value: "fortnox", label: "Fortnox" },
  { value: "24sevenoffice", label: "24SevenOffice" },
  { value: "severa", label: "Visma Severa" },
  { value: "sie_file", label: "SIE 4 file" },
];

export function systemLabel(id: SystemId): string {
  return SYSTEMS.find((s) => s.value === id)?.label ?? id;
}

export const CONNECTION_STATES: Record<ConnectionState, { label: string; tone: Tone }> = {
  pending: { label: "Pending", tone: "grey" },
  active: { label: "Active", tone: "green" },
  needs_reauth: { label: "Needs re-authorisation", tone: "orange" },
  error: { label: "Error", tone: "red" },
  disconnected: { label: "Disconnected", tone: "grey" },
};
