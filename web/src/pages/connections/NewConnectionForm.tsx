import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useApi } from "../../api/endpoints.js";
import { keys } from "../../api/queries.js";
import type { SystemId } from "../../api/types.js";
import { Field, formText, SelectField } from "../../components/Field.js";
import { ErrorMessage } from "../../components/Status.js";
import { SYSTEMS } from "../../systems.js";

export function NewConnectionForm({ companyId }: { companyId: string }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (body: { system: SystemId; displayName: string }) => api.createConnection(companyId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.connections(companyId) }),
  });

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const system = formText(form, "system") as SystemId;
    create.mutate({ system, displayName: formText(form, "displayName") }, { onSuccess: () => form.reset() });
  };

  return (
    <section className="card" aria-labelledby="new-connection-heading">
      <h2 id="new-connection-heading">Add a connection by hand</h2>
      <p className="muted">
        A connection added here stays pending: a Fortnox one until it is activated (use "Activate" on it, or
        connect Fortnox above); authorising 24SevenOffice and Visma Severa is not built yet.
      </p>
      <form onSubmit={submit} className="row-form">
        <SelectField
          label="System"
          name="system"
          options={SYSTEMS.map((s) => ({ value: s.value, label: s.label }))}
        />
        <Field label="Display name" name="displayName" required maxLength={200} />
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? "Adding…" : "Add connection"}
        </button>
      </form>
      <ErrorMessage error={create.error} />
    </section>
  );
}
