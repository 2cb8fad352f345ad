import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useApi } from "../api/endpoints.js";
import { keys } from "../api/queries.js";
import { AuthCard } from "../components/AuthCard.js";
import { Field, formText } from "../components/Field.js";
import { ErrorMessage } from "../components/Status.js";
import { MIN_PASSWORD_LENGTH } from "../passwords.js";
import { navigate } from "../router.js";

/** First run: the hub has no users yet; create the first administrator and their company. */
export function SetupPage() {
  const api = useApi();
  const queryClient = useQueryClient();
  const setup = useMutation({
    mutationFn: api.setup,
    onSuccess: (session, variables) => {
      queryClient.setQueryData(keys.setup, { needed: false });
      queryClient.setQueryData(keys.session, session);
      // In demo mode the session also holds the shared demo company: open the one just created.
      const created = session.companies.find((c) => !c.demo && c.name === variables.companyName.trim());
      const target = created ?? session.companies[0];
      navigate(target ? `/c/${target.id}/connections` : "/", { replace: true });
    },
  });

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    setup.mutate({
      name: formText(form, "name"),
      email: formText(form, "email"),
      password: formText(form, "password"),
      companyName: formText(form, "companyName"),
    });
  };

  return (
    <AuthCard
      title="Set up Ledgerbridge"
      intro="Nobody uses this hub yet. Create the first administrator and the first company it keeps books for."
    >
      <form onSubmit={submit} className="stack">
        <fieldset>
          <legend>Administrator</legend>
          <Field label="Your name" name="name" autoComplete="name" required maxLength={200} />
          <Field label="E-mail" name="email" type="email" autoComplete="username" required maxLength={320} />
          <Field
            label="Password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD_LENGTH}
            hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          />
        </fieldset>
        <fieldset>
          <legend>Company</legend>
          <Field
            label="Company name"
            name="companyName"
            required
            maxLength={200}
            hint="You can add more companies later, for example every client of an accounting firm."
          />
        </fieldset>
        <ErrorMessage error={setup.error} />
        <button type="submit" className="primary" disabled={setup.isPending}>
          {setup.isPending ? "Creating…" : "Create administrator and company"}
        </button>
      </form>
    </AuthCard>
  );
}
