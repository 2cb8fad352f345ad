import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorMessage, Loading } from "../../components/Status.js";
import { connectKeys, type FeatureCheck, useConnectApi } from "./api.js";
import { featureLabel } from "./fortnoxText.js";

interface Props {
  companyId: string;
  connectionId: string;
  /** Offered next to a missing permission (admins only). */
  onReactivate?: (() => void) | undefined;
}

/**
 * Asks Fortnox once per feature whether the integration may use it. Run on request, not on every page
 * view: each check is a Fortnox request counted against the company's rate limit.
 */
export function PreflightPanel({ companyId, connectionId, onReactivate }: Props) {
  const api = useConnectApi();
  const [asked, setAsked] = useState(false);
  const check = useQuery({
    queryKey: connectKeys.preflight(companyId, connectionId),
    queryFn: () => api.preflight(companyId, connectionId),
    enabled: asked,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  return (
    <div className="preflight">
      <h3>Access check</h3>
      <p className="muted">
        Asks Fortnox, one request per feature, what the integration may read and which modules the company has
        a licence for.
      </p>
      <button
        type="button"
        onClick={() => (asked ? check.refetch() : setAsked(true))}
        disabled={check.isFetching}
      >
        {check.isFetching ? "Checking…" : asked ? "Check again" : "Check access"}
      </button>
      {check.isFetching && !check.data ? <Loading label="Asking Fortnox…" /> : null}
      <ErrorMessage error={check.error} />
      {check.data ? (
        <>
          <p>
            Fortnox company: <strong>{check.data.companyName}</strong>
            {check.data.orgNumber ? <> (org. no. {check.data.orgNumber})</> : null}
          </p>
          <ul className="features" aria-label="Features">
            {check.data.features.map((f) => (
              <Feature key={f.feature} check={f} onReactivate={onReactivate} />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

function Feature({
  check: f,
  onReactivate,
}: {
  check: FeatureCheck;
  onReactivate?: (() => void) | undefined;
}) {
  if (f.ok) {
    return (
      <li className="feature-ok">
        <span aria-hidden="true">✓</span> {featureLabel(f.feature)}
        <span className="visually-hidden">: available</span>
      </li>
    );
  }
  return (
    <li className="feature-missing">
      <span aria-hidden="true">✗</span> {featureLabel(f.feature)}: <Advice check={f} />
      {f.code === "fortnox_permission_denied" && onReactivate ? (
        <button type="button" className="link-button" onClick={onReactivate}>
          Re-activate
        </button>
      ) : null}
      {f.message ? (
        <span className="upstream">
          Fortnox: {f.message}
          {f.code ? <code className="error-code">{f.code}</code> : null}
        </span>
      ) : null}
    </li>
  );
}

function Advice({ check: f }: { check: FeatureCheck }) {
  if (f.code === "fortnox_permission_denied")
    return (
      <>
        permission not granted. Re-activate the connection and grant the <code>{f.scope}</code> permission.
      </>
    );
  if (f.code === "fortnox_licence_missing")
    return (
      <>
        the company has no licence for this Fortnox module. It needs to be added to its Fortnox subscription.
      </>
    );
  return <>not available.</>;
}
