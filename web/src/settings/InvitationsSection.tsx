import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/endpoints.js";
import { keys } from "../api/queries.js";
import type { Invitation } from "../api/types.js";
import { ErrorMessage, Loading } from "../components/Status.js";
import { useFormat } from "../format.js";
import { roleLabel } from "../roles.js";

export function InvitationsSection({ companyId }: { companyId: string }) {
  const api = useApi();
  const invitations = useQuery({
    queryKey: keys.invitations(companyId),
    queryFn: () => api.invitations(companyId),
  });
  return (
    <section className="card" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">Pending invitations</h2>
      {invitations.isPending ? <Loading /> : null}
      <ErrorMessage error={invitations.error} />
      {invitations.data?.length === 0 ? <p className="empty">No pending invitations.</p> : null}
      {invitations.data && invitations.data.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">E-mail</th>
                <th scope="col">Role</th>
                <th scope="col">Valid until</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {invitations.data.map((i) => (
                <InvitationRow key={i.id} companyId={companyId} invitation={i} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

function InvitationRow({ companyId, invitation }: { companyId: string; invitation: Invitation }) {
  const api = useApi();
  const format = useFormat();
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: () => api.revokeInvitation(companyId, invitation.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.invitations(companyId) }),
  });
  return (
    <tr>
      <td>{invitation.email}</td>
      <td>{roleLabel(invitation.role)}</td>
      <td>{format.instant(invitation.expiresAt)}</td>
      <td>
        <button
          type="button"
          onClick={() => revoke.mutate()}
          disabled={revoke.isPending}
          aria-label={`Revoke the invitation of ${invitation.email}`}
        >
          Revoke
        </button>
        <ErrorMessage error={revoke.error} />
      </td>
    </tr>
  );
}
