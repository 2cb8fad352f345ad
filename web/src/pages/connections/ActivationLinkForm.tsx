import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import type { Connection } from "../../api/types.js";
import { Field, formText } from "../../components/Field.js";
import { ErrorMessage } from "../../components/Status.js";
import { ActivationLinkBox } from "./ActivationLinkBox.js";
import { connectKeys, useConnectApi } from "./api.js";

interface Props {
  companyId: string;
  companyName: string;
  /** Re-activates this connection (its data and settings are kept) instead of creating a new one. */
  connection?: Connection;
}

/** Creates a single-use activation link: a new Fortnox connection, or the same one again. */
export function ActivationLinkForm({ companyId, companyName, connection }: Props) {
  const api = useConnectApi();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (body: { displayName: string; serviceAccount: boolean }) =>
      api.createActivationLink(companyId, {
        system: "fortnox",
        ...body,
        ...(connection ? { connectionId: connection.id } : {}),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: connectKeys.activationLinks(companyId) }),
  });
  // A re-activation offers the way the connection signed in before: a service account works with the
  // company's TenantId, which only it keeps in its settings.
  const service = connection ? typeof connection.settings.tenantId === "string" : true;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    create.mutate({
      displayName: connection?.displayName ?? formText(form, "displayName"),
      serviceAccount: formText(form, "account") !== "user",
    });
  };

  return (
    <>
      <form onSubmit={submit} className="stack activation-form">
        {connection ? null : (
          <Field
            label="Connection name"
            name="displayName"
            defaultValue="Fortnox"
            required
            maxLength={200}
            hint="How the connection is named in Ledgerbridge."
          />
        )}
        <fieldset>
          <legend>Fortnox signs in the integration with</legend>
          <label className="choice">
            <input type="radio" name="account" value="service" defaultChecked={service} />
            <span>
              <strong>A service account</strong> (recommended)
              <span className="hint">
                Approved by the company's Fortnox system administrator; keeps working when people leave.
              </span>
            </span>
          </label>
          <label className="choice">
            <input type="radio" name="account" value="user" defaultChecked={!service} />
            <span>
              <strong>A user's own login</strong>
              <span className="hint">
                Follows that user's permissions, e.g. an accounting firm picking one of its client companies.
              </span>
            </span>
          </label>
        </fieldset>
        <div>
          <button type="submit" className="primary" disabled={create.isPending}>
            {create.isPending
              ? "Creating the link…"
              : connection
                ? `Create a re-activation link for ${connection.displayName}`
                : "Create activation link"}
          </button>
        </div>
      </form>
      <ErrorMessage error={create.error} />
      {create.data ? <ActivationLinkBox link={create.data} companyName={companyName} /> : null}
    </>
  );
}
