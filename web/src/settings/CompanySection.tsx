import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useApi } from "../api/endpoints.js";
import { keys } from "../api/queries.js";
import type { Company, SessionCompany } from "../api/types.js";
import { Field, formText } from "../components/Field.js";
import { ErrorMessage, Loading } from "../components/Status.js";
import { canAdminister } from "../roles.js";

/** Name and organisation number; administrators can correct them. */
export function CompanySection({ company }: { company: SessionCompany }) {
  const api = useApi();
  const details = useQuery({ queryKey: keys.company(company.id), queryFn: () => api.company(company.id) });
  return (
    <section className="card" aria-labelledby="company-heading">
      <h2 id="company-heading">Company</h2>
      {details.isPending ? <Loading /> : null}
      <ErrorMessage error={details.error} />
      {details.data ? (
        canAdminister(company.role) ? (
          <CompanyForm company={details.data} />
        ) : (
          <dl className="facts">
            <dt>Name</dt>
            <dd>{details.data.name}</dd>
            <dt>Organisation number</dt>
            <dd>{details.data.orgNumber ?? "—"}</dd>
          </dl>
        )
      ) : null}
    </section>
  );
}

function CompanyForm({ company }: { company: Company }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (body: { name: string; orgNumber?: string }) => api.updateCompany(company.id, body),
    onSuccess: async (updated) => {
      queryClient.setQueryData(keys.company(company.id), updated);
      // The name in the switcher comes with the session.
      await queryClient.invalidateQueries({ queryKey: keys.session });
    },
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const orgNumber = formText(e.currentTarget, "orgNumber").trim();
    // The request cannot send null; an empty string is sent only to clear a number that was set.
    const unchangedEmpty = orgNumber === "" && company.orgNumber === null;
    save.mutate({ name: formText(e.currentTarget, "name"), ...(unchangedEmpty ? {} : { orgNumber }) });
  };
  return (
    <form onSubmit={submit} className="row-form">
      <Field
        label="Company name"
        name="name"
        defaultValue={company.name}
        required
        maxLength={200}
        size={36}
      />
      <Field
        label="Organisation number"
        name="orgNumber"
        defaultValue={company.orgNumber ?? ""}
        maxLength={20}
      />
      <button type="submit" className="primary" disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save company"}
      </button>
      {save.isSuccess && !save.isPending ? (
        <span role="status" className="muted">
          Saved.
        </span>
      ) : null}
      <ErrorMessage error={save.error} />
    </form>
  );
}
