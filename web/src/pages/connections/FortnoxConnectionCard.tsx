import { useState } from "react";
import type { Connection } from "../../api/types.js";
import { Badge, SandboxBadge } from "../../components/Status.js";
import { useFormat } from "../../format.js";
import { CONNECTION_STATES } from "../../systems.js";
import { ActivationLinkForm } from "./ActivationLinkForm.js";
import { PreflightPanel } from "./PreflightPanel.js";
import { SyncActions } from "./SyncActions.js";
import { SyncRuns } from "./SyncRuns.js";

interface Props {
  companyId: string;
  companyName: string;
  connection: Connection;
  admin: boolean;
  /** Members and up may start a sync. */
  mayStart: boolean;
}

/** One Fortnox connection: its state, how to re-activate it, its syncs and its access check. */
export function FortnoxConnectionCard({ companyId, companyName, connection: c, admin, mayStart }: Props) {
  const format = useFormat();
  const [reactivating, setReactivating] = useState(false);
  const state = CONNECTION_STATES[c.state];
  const headingId = `connection-${c.id}`;
  const canSync = c.state === "active";
  const reactivate = admin ? () => setReactivating(true) : undefined;

  return (
    <section className="card connection-card" aria-labelledby={headingId}>
      <div className="card-head">
        <h2 id={headingId}>
          {c.displayName}
          {c.sandbox ? <SandboxBadge /> : null}
        </h2>
        <Badge tone={state.tone}>{state.label}</Badge>
      </div>
      <dl className="facts">
        <dt>Last successful sync</dt>
        <dd>
          {c.lastSyncAt ? <time dateTime={c.lastSyncAt}>{format.instant(c.lastSyncAt)}</time> : "Never"}
        </dd>
        <dt>Connected since</dt>
        <dd>
          <time dateTime={c.createdAt}>{format.instant(c.createdAt)}</time>
        </dd>
      </dl>
      {c.state !== "active" ? (
        <div className="attention" role="note">
          <p>
            {c.state === "pending"
              ? "Not activated yet: nothing is synced until someone who administers the company's Fortnox approves access."
              : (c.lastErrorMessage ?? "Fortnox no longer accepts this connection's authorisation.")}
            {c.state !== "pending" && c.lastErrorCode ? (
              <code className="error-code">{c.lastErrorCode}</code>
            ) : null}
          </p>
          {admin && !reactivating ? (
            <button type="button" className="primary" onClick={() => setReactivating(true)}>
              {c.state === "pending" ? "Activate" : "Re-activate"}
            </button>
          ) : null}
          {!admin ? <p className="muted">An owner or administrator can re-activate it.</p> : null}
        </div>
      ) : null}
      {reactivating ? (
        <div className="reactivate">
          <h3>
            {c.state === "pending" ? "Activate" : "Re-activate"} {c.displayName}
          </h3>
          <p className="muted">
            The connection, its ledger and its settings are kept; only the authorisation is renewed.
          </p>
          <ActivationLinkForm companyId={companyId} companyName={companyName} connection={c} />
        </div>
      ) : null}
      {canSync ? <SyncActions companyId={companyId} connectionId={c.id} mayStart={mayStart} /> : null}
      <SyncRuns companyId={companyId} connectionId={c.id} />
      {canSync ? (
        <PreflightPanel companyId={companyId} connectionId={c.id} onReactivate={reactivate} />
      ) : null}
    </section>
  );
}
