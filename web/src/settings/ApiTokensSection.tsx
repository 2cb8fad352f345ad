import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useApi } from "../api/endpoints.js";
import { keys } from "../api/queries.js";
import type { CreatedApiToken, Role } from "../api/types.js";
import { CopyButton } from "../components/CopyButton.js";
import { Field, formText, SelectField } from "../components/Field.js";
import { SecretField } from "../components/SecretField.js";
import { ErrorMessage, Loading } from "../components/Status.js";
import { ROLES } from "../roles.js";
import { ApiTokenRow } from "./ApiTokenRow.js";

/** Tokens for scripts (`Authorization: Bearer …`). A token can never be an owner. */
const TOKEN_ROLES = ROLES.filter((r) => r.value !== "owner");

export function ApiTokensSection({ companyId }: { companyId: string }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const tokens = useQuery({ queryKey: keys.apiTokens(companyId), queryFn: () => api.apiTokens(companyId) });
  // The secret lives only in this component's state: never in the query cache, gone once dismissed.
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const create = useMutation({
    mutationFn: (body: { name: string; role: Exclude<Role, "owner"> }) => api.createApiToken(companyId, body),
    onSuccess: (answer) => {
      setCreated(answer);
      queryClient.invalidateQueries({ queryKey: keys.apiTokens(companyId) });
    },
  });

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const role = formText(form, "role") as Exclude<Role, "owner">;
    create.mutate({ name: formText(form, "name"), role }, { onSuccess: () => form.reset() });
  };

  return (
    <section className="card" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">API tokens</h2>
      <p className="muted">
        For scripts and other programs: send the token as <code>Authorization: Bearer …</code>.
      </p>
      {created ? <NewSecret created={created} onDone={() => setCreated(null)} /> : null}
      <form onSubmit={submit} className="row-form">
        <Field label="Token name" name="name" required maxLength={100} placeholder="e.g. Nightly export" />
        <SelectField
          label="Token role"
          name="role"
          defaultValue="member"
          options={TOKEN_ROLES.map((r) => ({ value: r.value, label: r.label }))}
        />
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create token"}
        </button>
      </form>
      <ErrorMessage error={create.error} />
      {tokens.isPending ? <Loading /> : null}
      <ErrorMessage error={tokens.error} />
      {tokens.data?.length === 0 ? <p className="empty">No API tokens yet.</p> : null}
      {tokens.data && tokens.data.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Identifier</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.map((t) => (
                <ApiTokenRow key={t.id} companyId={companyId} token={t} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

function NewSecret({ created, onDone }: { created: CreatedApiToken; onDone: () => void }) {
  return (
    <div className="secret-box" role="status" aria-labelledby="new-secret-heading">
      <h3 id="new-secret-heading">Token “{created.token.name}” created</h3>
      <p>
        <strong>Copy it now: you will not see it again.</strong> Ledgerbridge keeps only a hash of it.
      </p>
      <div className="secret-row">
        <SecretField label="New API token" value={created.secret} />
        <CopyButton text={created.secret} label="Copy token" />
      </div>
      <button type="button" onClick={onDone}>
        I have copied it
      </button>
    </div>
  );
}
