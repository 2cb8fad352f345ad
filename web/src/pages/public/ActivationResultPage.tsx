import { useSession } from "../../api/queries.js";
import { Link, useLocation } from "../../router.js";
import { PublicCard } from "./PublicCard.js";

/** /activation-result — where the hub sends the browser back from Fortnox, with the outcome in the query. */
export function ActivationResultPage() {
  const { search } = useLocation();
  if (search.get("status") === "ok") {
    return <Connected companyId={search.get("company") ?? ""} name={search.get("name") ?? ""} />;
  }
  const message = search.get("message");
  const code = search.get("code");
  return (
    <PublicCard title="Fortnox was not connected">
      <p className="error" role="alert">
        {message ?? "The activation did not finish."}
        {code ? <code className="error-code">{code}</code> : null}
      </p>
      <h2>What to do</h2>
      <ul>
        <li>
          Open the activation link again and try once more: after a failed attempt it still works until it
          expires.
        </li>
        <li>
          If the link says it is used or expired, ask the person who sent it for a new one (Connections,
          Activate Fortnox).
        </li>
        <li>A service account must be approved by a Fortnox user with the system administrator role.</li>
      </ul>
    </PublicCard>
  );
}

function Connected({ companyId, name }: { companyId: string; name: string }) {
  const session = useSession();
  const member = session.data?.companies.some((c) => c.id === companyId) ?? false;
  return (
    <PublicCard title={name ? `Fortnox is connected to ${name}` : "Fortnox is connected"}>
      <p className="success" role="status">
        Access was granted. Ledgerbridge syncs the last two fiscal years every night; the first sync can be
        started at once on the connections page.
      </p>
      {member ? (
        <p>
          <Link to={`/c/${encodeURIComponent(companyId)}/connections`} className="button-link">
            Open the connections of {name}
          </Link>
        </p>
      ) : session.isPending ? null : (
        <p className="muted">
          Nothing more is needed from you: you can close this page. Ledgerbridge users of{" "}
          {name || "the company"} see the connection on its connections page.
        </p>
      )}
    </PublicCard>
  );
}
