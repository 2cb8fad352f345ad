import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useApi } from "../api/endpoints.js";
import { keys } from "../api/queries.js";
import type { ApiToken } from "../api/types.js";
import { Badge, ErrorMessage } from "../components/Status.js";
import { useFormat } from "../format.js";
import { roleLabel } from "../roles.js";

export function ApiTokenRow({ companyId, token }: { companyId: string; token: ApiToken }) {
  const api = useApi();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation({
    mutationFn: () => api.revokeApiToken(companyId, token.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.apiTokens(companyId) }),
  });
  return (
    <tr>
      <td>{token.name}</td>
      <td>{roleLabel(token.role)}</td>
      <td>
        {/* A short, non-secret part of the token, so the user can tell which token a script uses. */}
        <code>{token.prefix}</code>
      </td>
      <td>{format.instant(token.createdAt)}</td>
      <td>{token.lastUsedAt ? format.instant(token.lastUsedAt) : "Never"}</td>
      <td>
        {token.revokedAt ? (
          <Badge tone="grey">Revoked {format.instant(token.revokedAt)}</Badge>
        ) : confirming ? (
          <div className="inline-actions">
            <button
              type="button"
              className="danger"
              onClick={() => revoke.mutate()}
              disabled={revoke.isPending}
            >
              Yes, revoke {token.name}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        ) : (
          <>
            <Badge tone="green">Active</Badge>{" "}
            <button type="button" onClick={() => setConfirming(true)} aria-label={`Revoke ${token.name}`}>
              Revoke
            </button>
          </>
        )}
        <ErrorMessage error={revoke.error} />
      </td>
    </tr>
  );
}
