import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ErrorMessage } from "../../components/Status.js";
import { useFormat } from "../../format.js";
import { type ActivationLink, connectKeys, useConnectApi } from "./api.js";

/** Links not used yet: the link itself is never shown again, but it can be revoked. */
export function OpenActivationLinks({ companyId }: { companyId: string }) {
  const api = useConnectApi();
  const links = useQuery({
    queryKey: connectKeys.activationLinks(companyId),
    queryFn: () => api.activationLinks(companyId),
  });
  if (links.error) return <ErrorMessage error={links.error} />;
  if (!links.data || links.data.length === 0) return null;
  return (
    <div className="table-wrap">
      <table>
        <caption>Open activation links</caption>
        <thead>
          <tr>
            <th scope="col">Connection</th>
            <th scope="col">Signs in with</th>
            <th scope="col">Expires</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {links.data.map((l) => (
            <LinkRow key={l.id} companyId={companyId} link={l} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function LinkRow({ companyId, link }: { companyId: string; link: ActivationLink }) {
  const api = useConnectApi();
  const format = useFormat();
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: () => api.revokeActivationLink(companyId, link.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: connectKeys.activationLinks(companyId) }),
  });
  return (
    <tr>
      <td>
        {link.displayName}
        {link.connectionId ? <span className="muted"> (re-activation)</span> : null}
      </td>
      <td>{link.serviceAccount ? "Service account" : "A user's own login"}</td>
      <td>
        <time dateTime={link.expiresAt}>{format.instant(link.expiresAt)}</time>
      </td>
      <td>
        <button
          type="button"
          onClick={() => revoke.mutate()}
          disabled={revoke.isPending}
          aria-label={`Revoke the activation link for ${link.displayName}`}
        >
          Revoke
        </button>
        <ErrorMessage error={revoke.error} />
      </td>
    </tr>
  );
}
