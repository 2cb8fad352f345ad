import { useQuery } from "@tanstack/react-query";
import { useApi } from "../../api/endpoints.js";
import { keys } from "../../api/queries.js";
import type { PartyKind } from "../../api/types.js";
import { ErrorMessage, Loading } from "../../components/Status.js";
import { Link, navigate, useLocation } from "../../router.js";
import type { CompanyPageProps } from "../../SignedInApp.js";
import { PartiesTable } from "./PartiesTable.js";
import { PANEL_ID, RegisterTabs, tabId } from "./RegisterTabs.js";
import { KIND_TEXT, type RegistersView, readRegistersView, registersHref } from "./registersView.js";
import "./registers.css";

const partiesKey = (companyId: string, view: RegistersView) =>
  ["company", companyId, "parties", view] as const;

/** /c/:companyId/registers — the suppliers and customers the Fortnox sync copied, a server page at a time. */
export function RegistersPage({ company }: CompanyPageProps) {
  const api = useApi();
  const { search } = useLocation();
  const view = readRegistersView(search);
  const parties = useQuery({
    queryKey: partiesKey(company.id, view),
    queryFn: () => api.parties(company.id, view),
    // Keep the page on screen while the next of the same register loads; never show suppliers under
    // the Customers tab.
    placeholderData: (previous, query) =>
      (query?.queryKey[3] as RegistersView | undefined)?.kind === view.kind ? previous : undefined,
  });
  const connections = useQuery({
    queryKey: keys.connections(company.id),
    queryFn: () => api.connections(company.id),
  });
  const go = (next: RegistersView) => navigate(registersHref(company.id, next));
  const text = KIND_TEXT[view.kind];
  const result = parties.data;

  return (
    <>
      <h1>Suppliers &amp; customers</h1>
      <p className="muted">
        The suppliers and customers of {company.name}, copied from Fortnox with every sync of the ledger.
      </p>
      {company.demo ? (
        <p className="card notice">
          <strong>Demo company.</strong> Its suppliers and customers come from the Fortnox sandbox built into
          this hub: generated, not a real company's.
        </p>
      ) : null}
      <RegisterTabs kind={view.kind} onKind={(kind: PartyKind) => go({ ...view, kind, page: 1 })} />
      <form
        key={`${view.kind}:${view.q ?? ""}`}
        className="register-search"
        onSubmit={(e) => {
          e.preventDefault();
          const q = String(new FormData(e.currentTarget).get("q") ?? "").trim();
          const { q: _old, ...rest } = view;
          go(q ? { ...rest, q, page: 1 } : { ...rest, page: 1 });
        }}
      >
        <label htmlFor="register-q">Search {text.many}</label>
        <input
          id="register-q"
          name="q"
          type="search"
          defaultValue={view.q ?? ""}
          placeholder="Number, name or org. number"
        />
        <button type="submit">Search</button>
      </form>
      <section id={PANEL_ID} role="tabpanel" aria-labelledby={tabId(view.kind)} className="register-panel">
        <ErrorMessage error={parties.error} />
        {!result && parties.isPending ? <Loading /> : null}
        {result && result.total === 0 && view.q ? (
          <p className="empty" role="status">
            No {text.many} match “{view.q}”.
          </p>
        ) : null}
        {result && result.total === 0 && !view.q ? (
          <EmptyRegister
            companyId={company.id}
            kind={view.kind}
            connected={connections.data?.some((c) => c.system === "fortnox" && c.state === "active")}
          />
        ) : null}
        {result && result.total > 0 && result.items.length === 0 ? (
          // A linked or reloaded URL can point past the end once the register has shrunk.
          <p className="empty" role="status">
            This page is past the end of the {text.many}.{" "}
            <button type="button" onClick={() => go({ ...view, page: 1 })}>
              Go to the first page
            </button>
          </p>
        ) : null}
        {result && result.items.length > 0 ? (
          <PartiesTable view={view} result={result} loading={parties.isFetching} onView={go} />
        ) : null}
      </section>
    </>
  );
}

function EmptyRegister({
  companyId,
  kind,
  connected,
}: {
  companyId: string;
  kind: PartyKind;
  connected: boolean | undefined;
}) {
  const text = KIND_TEXT[kind];
  return (
    <div className="empty" role="status">
      <p className="empty-title">No {text.many} yet.</p>
      <p>
        {connected
          ? `The ${text.many} come from Fortnox with the next sync: sync the Fortnox connection on `
          : `The ${text.many} come from Fortnox: connect Fortnox and sync it on `}
        <Link to={`/c/${encodeURIComponent(companyId)}/connections`}>the Connections page</Link>. An uploaded
        SIE file has no {text.many}.
      </p>
    </div>
  );
}
