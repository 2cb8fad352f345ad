import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useApi } from "../../api/endpoints.js";
import { keys } from "../../api/queries.js";
import type { Connection } from "../../api/types.js";
import { Badge, ErrorMessage, SandboxBadge } from "../../components/Status.js";
import { useFormat } from "../../format.js";
import { CONNECTION_STATES, systemLabel } from "../../systems.js";

interface Props {
  companyId: string;
  connection: Connection;
  admin: boolean;
}

export function ConnectionRow({ companyId, connection: c, admin }: Props) {
  const format = useFormat();
  const state = CONNECTION_STATES[c.state];
  return (
    <tr>
      <td>
        {c.displayName}
        {c.sandbox ? <SandboxBadge /> : null}
      </td>
      <td>{systemLabel(c.system)}</td>
      <td>
        <Badge tone={state.tone}>{state.label}</Badge>
      </td>
      <td>{c.lastSyncAt ? <time dateTime={c.lastSyncAt}>{format.instant(c.lastSyncAt)}</time> : "Never"}</td>
      <td>
        {c.lastErrorMessage || c.lastErrorCode ? (
          <>
            {c.lastErrorMessage}
            {c.lastErrorCode ? <code className="error-code">{c.lastErrorCode}</code> : null}
          </>
        ) : (
          "—"
        )}
      </td>
      {admin ? (
        <td>
          {c.state === "disconnected" ? null : <DisconnectButton companyId={companyId} connection={c} />}
        </td>
      ) : null}
    </tr>
  );
}

/** Two steps instead of window.confirm: the second button says exactly what will happen. */
function DisconnectButton({ companyId, connection }: { companyId: string; connection: Connection }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const disconnect = useMutation({
    mutationFn: () => api.updateConnection(companyId, connection.id, { state: "disconnected" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.connections(companyId) }),
  });
  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        aria-label={`Disconnect ${connection.displayName}`}
      >
        Disconnect
      </button>
    );
  }
  return (
    <div className="inline-actions">
      <button
        type="button"
        className="danger"
        onClick={() => disconnect.mutate()}
        disabled={disconnect.isPending}
      >
        Yes, disconnect {connection.displayName}
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        Cancel
      </button>
      <ErrorMessage error={disconnect.error} />
    </div>
  );
}
