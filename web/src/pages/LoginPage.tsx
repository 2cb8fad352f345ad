import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useApi } from "../api/endpoints.js";
import { keys } from "../api/queries.js";
import { AuthCard } from "../components/AuthCard.js";
import { Field, formText } from "../components/Field.js";
import { ErrorMessage } from "../components/Status.js";

/** Shown at whatever URL was asked for, so after signing in the user lands right there. */
export function LoginPage() {
  const api = useApi();
  const queryClient = useQueryClient();
  const login = useMutation({
    mutationFn: api.login,
    onSuccess: (session) => {
      queryClient.removeQueries({ queryKey: ["company"] });
      queryClient.setQueryData(keys.session, session);
    },
  });

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    login.mutate({
      email: formText(e.currentTarget, "email"),
      password: formText(e.currentTarget, "password"),
    });
  };

  return (
    <AuthCard title="Log in">
      <form onSubmit={submit} className="stack">
        <Field label="E-mail" name="email" type="email" autoComplete="username" required />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required />
        <ErrorMessage error={login.error} />
        <button type="submit" className="primary" disabled={login.isPending}>
          {login.isPending ? "Logging in…" : "Log in"}
        </button>
      </form>
    </AuthCard>
  );
}
