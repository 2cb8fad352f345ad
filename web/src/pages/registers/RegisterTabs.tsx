import { type KeyboardEvent, useRef } from "react";
import type { PartyKind } from "../../api/types.js";
import { KIND_TEXT } from "./registersView.js";

const KINDS: readonly PartyKind[] = ["supplier", "customer"];

export const tabId = (kind: PartyKind) => `register-tab-${kind}`;
export const PANEL_ID = "register-panel";

/** Suppliers | Customers, as ARIA tabs: one tab stop, the arrow keys move between them. */
export function RegisterTabs({ kind, onKind }: { kind: PartyKind; onKind: (kind: PartyKind) => void }) {
  const refs = useRef<Partial<Record<PartyKind, HTMLButtonElement | null>>>({});
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = KINDS[(KINDS.indexOf(kind) + step + KINDS.length) % KINDS.length] ?? kind;
    onKind(next);
    refs.current[next]?.focus();
  };
  return (
    <div className="register-tabs" role="tablist" aria-label="Register" onKeyDown={onKeyDown}>
      {KINDS.map((k) => (
        <button
          key={k}
          ref={(el) => {
            refs.current[k] = el;
          }}
          id={tabId(k)}
          type="button"
          role="tab"
          aria-selected={k === kind}
          aria-controls={PANEL_ID}
          tabIndex={k === kind ? 0 : -1}
          onClick={() => onKind(k)}
        >
          {KIND_TEXT[k].tab}
        </button>
      ))}
    </div>
  );
}
