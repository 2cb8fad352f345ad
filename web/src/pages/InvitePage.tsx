import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useApi } from "../api/endpoints.js";
import { keys } from "../api/queries.js";
import { AuthCard } from "../components/AuthCard.js";
import { Field, formText } from "../components/Field.js";
import { ErrorMessage, Loading } from "../components/Status.js";
import { useFormat } from "../format.js";
import { MIN_PASSWORD_LENGTH } from "../passwords.js";
import { roleLabel } from "../roles.js";
import { navigate } from "../router.js";

/** /invite/:token — the link an administrator copied for someone who has no account yet. */
export function InvitePage({ token }: { token: string }) {
  const api = useApi();
  const format = useFormat();
  const queryClient = useQueryClient();
  const info = useQuery({
    queryKey: keys.invitation(token),
    queryFn: () => api.invitation(token),
    retry: false,
  });
  const accept = useMutation({
    mutationFn: (body: { name: string; password: string }) => api.acceptInvitation(token, body),
    onSuccess: (session) => {
      queryClient.removeQueries({ queryKey: ["company"] });
      queryClient.setQueryData(keys.setup, { needed: false });
      queryClient.setQueryData(keys.session, session);
      // InviteInfo names the company but carries no id, so find it in the new session by name.
      const joined = session.companies.find((c) => c.name === info.data?.companyName) ?? session.companies[0];
      navigate(joined ? `/c/${joined.id}/connections` : "/", { replace: true });
    },
  });

  if (info.isPending)
    return (
      <AuthCard title="Invitation">
        <Loading />
      </AuthCard>
    );
  if (info.isError) {
    return (
      <AuthCard title="Invitation">
        <ErrorMessage error={info.error} />
        <p>Ask the person who invited you for a new link.</p>
      </AuthCard>
    );
  }

  const { companyName, email, role, expiresAt } = info.data;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    accept.mutate({
      name: formText(e.currentTarget, "name"),
      password: formText(e.currentTarget, "password"),
    });
  };

  return (
    <AuthCard
      title={`Join ${companyName}`}
      intro={`You are invited as ${roleLabel(role).toLowerCase()}. The invitation is valid until ${format.instant(expiresAt)}.`}
    >
      <form onSubmit={submit} className="stack">
        <Field label="E-mail" name="email" type="email" value={email} readOnly autoComplete="username" />
        <Field label="Your name" name="name" autoComplete="name" required maxLength={200} />
        <Field
          label="Choose a password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        />
        <ErrorMessage error={accept.error} />
        <button type="submit" className="primary" disabled={accept.isPending}>
          {accept.isPending ? "Joining…" : `Join ${companyName}`}
        </button>
      </form>
    </AuthCard>
  );
}
