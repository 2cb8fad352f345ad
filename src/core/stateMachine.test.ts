import { describe, expect, it } from "vitest";
import {
  CONNECTION_STATES,
  CONNECTION_TRANSITIONS,
  checkTransition,
  RUN_TRANSITIONS,
} from "./stateMachine.js";

describe("state machines", () => {
  it("allow declared transitions and refuse the rest with a catalogue error", () => {
    expect(checkTransition("connection", CONNECTION_TRANSITIONS, "active", "needs_reauth").ok).toBe(true);
    const r = checkTransition("connection", CONNECTION_TRANSITIONS, "pending", "needs_reauth");
    expect(r).toMatchObject({ ok: false, error: { code: "invalid_state_transition" } });
    expect(r.ok ? "" : r.error.message).toBe("A connection cannot go from pending to needs_reauth.");
    expect(checkTransition("run", RUN_TRANSITIONS, "succeeded", "running").ok).toBe(false);
  });

  it("lets a re-authorised connection come back to active, and any state be disconnected", () => {
    expect(checkTransition("connection", CONNECTION_TRANSITIONS, "needs_reauth", "active").ok).toBe(true);
    for (const s of CONNECTION_STATES) {
      expect(checkTransition("connection", CONNECTION_TRANSITIONS, s, "disconnected").ok).toBe(true);
    }
  });
});
