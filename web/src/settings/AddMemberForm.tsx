import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useApi } from "../api/endpoints.js";
import { keys } from "../api/queries.js";
import type { Invitation, Role, SessionCompany } from "../api/types.js";
import { CopyButton } from "../components/CopyButton.js";
import { Field, formText, SelectField } from "../components/Field.js";
import { SecretField } from "../components/SecretField.js";
import { ErrorMessage } from "../components/Status.js";
import { useFormat } from "../format.js";
import { ROLES, roleLabel } from "../roles.js";

/** Adds someone who already has an account at once; anyone else gets an invitation link to pass on. */
export function AddMemberForm({ company }: { company: SessionCompany }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const add = useMutation({
    mutationFn: (body: { email: string; role: Role }) => api.addMember(company.id, body),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: keys.members(company.id) });
      queryClient.invalidateQueries({ queryKey: keys.invitations(company.id) });
    },
  });
  const roles = company.role === "owner" ? ROLES : ROLES.filter((r) => r.value !== "owner");

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    add.mutate(
      { email: formText(form, "email").trim(), role: formText(form, "role") as Role },
      { onSuccess: () => form.reset() },
    );
  };

  return (
    <>
      <h3>Add a member</h3>
      <form onSubmit={submit} className="row-form">
        <Field label="E-mail" name="email" type="email" required maxLength={320} />
        <SelectField
          label="Role"
          name="role"
          defaultValue="member"
          options={roles.map((r) => ({ value: r.value, label: `${r.label} — ${r.description}` }))}
        />
        <button type="submit" className="primary" disabled={add.isPending}>
          {add.isPending ? "Adding…" : "Add member"}
        </button>
      </form>
      <ErrorMessage error={add.error} />
      {add.data?.member ? (
        <p role="status" className="success">
          {add.data.member.name} ({add.data.member.email}) was added as{" "}
          {roleLabel(add.data.member.role).toLowerCase()}.
        </p>
      ) : null}
      {add.data?.invitation ? <InvitationLink invitation={add.data.invitation} /> : null}
    </>
  );
}

function InvitationLink({ invitation }: { invitation: Invitation }) {
  const format = useFormat();
  // The server may answer a path or a full URL; the person needs a full one.
  const url = invitation.url ? new URL(invitation.url, window.location.origin).href : null;
  return (
    <div role="status" className="success">
      <p>
        {invitation.email} has no account yet. Send them this invitation link (valid until{" "}
        {format.instant(invitation.expiresAt)}); it is shown only now:
      </p>
      {url ? (
        <div className="secret-row">
          <SecretField label="Invitation link" value={url} />
          <CopyButton text={url} label="Copy invitation link" />
        </div>
      ) : (
        <p className="error">The server did not return the invitation link.</p>
      )}
    </div>
  );
}
