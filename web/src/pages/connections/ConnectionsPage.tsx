import { useQuery } from "@tanstack/react-query";
import { useApi } from "../../api/endpoints.js";
import { keys } from "../../api/queries.js";
import { ErrorMessage, Loading } from "../../components/Status.js";
import { canAdminister } from "../../roles.js";
import type { CompanyPageProps } from "../../SignedInApp.js";
import { ActivateFortnoxSection } from "./ActivateFortnoxSection.js";
import { ConnectionRow } from "./ConnectionRow.js";
import { FortnoxConnectionCard } from "./FortnoxConnectionCard.js";
import { NewConnectionForm } from "./NewConnectionForm.js";
import "./connections.css";

export function ConnectionsPage({ company }: CompanyPageProps) {
  const api = useApi();
  const connections = useQuery({
    queryKey: keys.connections(company.id),
    queryFn: () => api.connections(company.id),
  });
  const admin = canAdminister(company.role);
  const fortnox = (connections.data ?? []).filter(
    (c) => c.system === "fortnox" && c.state !== "disconnected",
  );

  return (
    <>
      <h1>Connections</h1>
      <p className="muted">The accounting systems and files {company.name} is connected to.</p>
      {company.demo ? (
        <p className="card notice">
          <strong>Demo company.</strong> Its connections go to the sandboxes built into this hub: the data is
          generated, not a real company's books.
        </p>
      ) : null}
      {connections.isPending ? <Loading /> : null}
      <ErrorMessage error={connections.error} />
      {connections.data?.length === 0 ? <p className="empty">No connections yet.</p> : null}
      {connections.data && connections.data.length > 0 ? (
        <div className="table-wrap">
          <table className="connections-table">
            <caption className="visually-hidden">Connections of {company.name}</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">System</th>
                <th scope="col">State</th>
                <th scope="col">Last successful sync</th>
                <th scope="col">Last error</th>
                {admin ? <th scope="col">Actions</th> : null}
              </tr>
            </thead>
            <tbody>
              {connections.data.map((c) => (
                <ConnectionRow key={c.id} companyId={company.id} connection={c} admin={admin} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {fortnox.map((c) => (
        <FortnoxConnectionCard
          key={c.id}
          companyId={company.id}
          companyName={company.name}
          connection={c}
          admin={admin}
          mayStart={company.role !== "viewer"}
        />
      ))}
      {admin ? <ActivateFortnoxSection companyId={company.id} companyName={company.name} /> : null}
      {admin ? (
        <NewConnectionForm companyId={company.id} />
      ) : (
        <p className="muted">Only owners and administrators can add, activate or disconnect connections.</p>
      )}
    </>
  );
}
