import { useMutation, useQuery } from "@tanstack/react-query";
import { ApiError } from "../../api/client.js";
import { useSession } from "../../api/queries.js";
import { ErrorMessage, Loading } from "../../components/Status.js";
import { useFormat } from "../../format.js";
import { type ActivationInfo, connectKeys, useConnectApi } from "../connections/api.js";
import { groupScopes } from "../connections/fortnoxText.js";
import { PublicCard } from "./PublicCard.js";

/** /activate/:token — what connecting Fortnox means, read before granting access on Fortnox's own page. */
export function ActivatePage({ token }: { token: string }) {
  const api = useConnectApi();
  // Someone signed in in this browser sends the cookie, so the request needs its CSRF token: wait for it.
  const session = useSession();
  const info = useQuery({
    queryKey: connectKeys.activation(token),
    queryFn: () => api.activation(token),
    retry: false,
  });
  const grant = useMutation({
    mutationFn: () => api.authorize(token),
    onSuccess: ({ authorizeUrl }) => window.location.assign(authorizeUrl),
  });

  if (info.isPending)
    return (
      <PublicCard title="Connect Fortnox">
        <Loading />
      </PublicCard>
    );
  if (info.isError) {
    return (
      <PublicCard title="Connect Fortnox">
        <ErrorMessage error={info.error} />
        <p className="muted">
          {info.error instanceof ApiError && info.error.code === "activation_link_invalid"
            ? "Whoever sent it can create a new one in Ledgerbridge: Connections, Activate Fortnox."
            : "Try again in a moment, or ask the person who sent you the link for a new one."}
        </p>
      </PublicCard>
    );
  }
  const a = info.data;
  return (
    <PublicCard
      title={
        a.reactivation ? `Re-activate Fortnox for ${a.companyName}` : `Connect Fortnox to ${a.companyName}`
      }
    >
      {a.sandbox ? (
        <p className="sandbox-notice">
          <strong>This is the Fortnox sandbox (demo data).</strong> You sign in to an emulator built into this
          hub, not to a real Fortnox account.
        </p>
      ) : null}
      <Intro info={a} />
      <h2>What the integration asks for</h2>
      <p className="muted">
        Fortnox grants access per area, to read and to write. Ledgerbridge asks for these, for the company you
        pick in Fortnox:
      </p>
      <ul className="scopes">
        {groupScopes(a.scopes).map((g) => (
          <li key={g.title}>
            <strong>{g.title}</strong>: {g.detail}{" "}
            <span className="scope-codes">({g.scopes.join(", ")})</span>
          </li>
        ))}
      </ul>
      <Account info={a} />
      <ErrorMessage error={grant.error} />
      <button
        type="button"
        className="primary grant"
        onClick={() => grant.mutate()}
        disabled={session.isPending || grant.isPending || grant.isSuccess}
      >
        {grant.isPending || grant.isSuccess ? "Opening Fortnox…" : "Grant access"}
      </button>
      <p className="hint">
        You sign in on Fortnox's own page; Ledgerbridge never sees your Fortnox password. You can remove the
        integration in Fortnox at any time.
      </p>
    </PublicCard>
  );
}

function Intro({ info: a }: { info: ActivationInfo }) {
  const format = useFormat();
  return (
    <p>
      {a.reactivation
        ? `The connection "${a.displayName}" of ${a.companyName} needs Fortnox's approval again. Its data and settings are kept.`
        : `${a.companyName} uses Ledgerbridge to read its bookkeeping from Fortnox, as the connection "${a.displayName}".`}{" "}
      This link works once and is valid until{" "}
      <time dateTime={a.expiresAt}>{format.instant(a.expiresAt)}</time>.
    </p>
  );
}

function Account({ info: a }: { info: ActivationInfo }) {
  return a.serviceAccount ? (
    <p className="account-note">
      <strong>Service account.</strong> Fortnox creates a separate user for the integration, so no one's
      personal login is used. It must be approved by the company's Fortnox system administrator: sign in with
      a Fortnox user who has that role.
    </p>
  ) : (
    <p className="account-note">
      <strong>Your own login.</strong> The integration works with the Fortnox user who approves, within that
      user's permissions. An accounting firm picks the client company in Fortnox after signing in.
    </p>
  );
}
