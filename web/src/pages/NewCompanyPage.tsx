import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useApi } from "../api/endpoints.js";
import { keys, useSignedInSession } from "../api/queries.js";
import { Field, formText } from "../components/Field.js";
import { ErrorMessage } from "../components/Status.js";
import { navigate } from "../router.js";

export function NewCompanyPage() {
  const api = useApi();
  const session = useSignedInSession();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: api.createCompany,
    onSuccess: async (company) => {
      // The company list and the caller's role in it come with the session: reload it before opening
      // the new company, or the page would not find it yet.
      await queryClient.invalidateQueries({ queryKey: keys.session });
      navigate(`/c/${company.id}/connections`);
    },
  });

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const orgNumber = formText(e.currentTarget, "orgNumber").trim();
    create.mutate({ name: formText(e.currentTarget, "name"), ...(orgNumber ? { orgNumber } : {}) });
  };

  return (
    <>
      <h1>New company</h1>
      <p className="muted">
        {session.companies.length === 0
          ? "You are not a member of any company yet. Create one to connect its accounting system."
          : "You become the owner of the new company and can invite others to it."}
      </p>
      <form onSubmit={submit} className="card stack narrow">
        <Field label="Company name" name="name" required maxLength={200} />
        <Field
          label="Organisation number (optional)"
          name="orgNumber"
          maxLength={20}
          hint="For example 556677-8899."
        />
        <ErrorMessage error={create.error} />
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create company"}
        </button>
      </form>
    </>
  );
}
