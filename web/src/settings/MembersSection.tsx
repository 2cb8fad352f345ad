import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useApi } from "../api/endpoints.js";
import { keys, useSignedInSession } from "../api/queries.js";
import type { Member, Role, SessionCompany } from "../api/types.js";
import { ErrorMessage, Loading } from "../components/Status.js";
import { useFormat } from "../format.js";
import { canAdminister, ROLES, roleLabel } from "../roles.js";
import { AddMemberForm } from "./AddMemberForm.js";

export function MembersSection({ company }: { company: SessionCompany }) {
  const api = useApi();
  const members = useQuery({ queryKey: keys.members(company.id), queryFn: () => api.members(company.id) });
  const admin = canAdminister(company.role);
  return (
    <section className="card" aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      {members.isPending ? <Loading /> : null}
      <ErrorMessage error={members.error} />
      {members.data ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">E-mail</th>
                <th scope="col">Role</th>
                <th scope="col">Member since</th>
                {admin ? <th scope="col">Actions</th> : null}
              </tr>
            </thead>
            <tbody>
              {members.data.map((m) => (
                <MemberRow key={m.userId} company={company} member={m} admin={admin} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {admin ? <AddMemberForm company={company} /> : null}
    </section>
  );
}

function MemberRow({ company, member, admin }: { company: SessionCompany; member: Member; admin: boolean }) {
  const api = useApi();
  const format = useFormat();
  const session = useSignedInSession();
  const queryClient = useQueryClient();
  const roleId = useId();
  const [confirming, setConfirming] = useState(false);
  const isMe = member.userId === session.user.id;
  const refresh = () => {
    queryClient.invalidateQueries({ queryKey: keys.members(company.id) });
    // My own role or membership lives in the session too (menus, permissions): reload it as well.
    if (isMe) queryClient.invalidateQueries({ queryKey: keys.session });
  };
  const update = useMutation({
    mutationFn: (role: Role) => api.updateMember(company.id, member.userId, role),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: () => api.removeMember(company.id, member.userId),
    onSuccess: refresh,
  });
  // Only an owner may hand out (or take away) the owner role; the server enforces it, the UI follows.
  const roles = company.role === "owner" ? ROLES : ROLES.filter((r) => r.value !== "owner");
  const editable = admin && (company.role === "owner" || member.role !== "owner");

  return (
    <tr>
      <td>
        {member.name}
        {isMe ? <span className="muted"> (you)</span> : null}
      </td>
      <td>{member.email}</td>
      <td>
        {editable ? (
          <>
            <label htmlFor={roleId} className="visually-hidden">
              Role of {member.name}
            </label>
            <select
              id={roleId}
              value={member.role}
              disabled={update.isPending}
              onChange={(e) => update.mutate(e.target.value as Role)}
            >
              {roles.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          </>
        ) : (
          roleLabel(member.role)
        )}
        <ErrorMessage error={update.error} />
      </td>
      <td>{format.instant(member.addedAt)}</td>
      {admin ? (
        <td>
          {!editable ? null : confirming ? (
            <div className="inline-actions">
              <button
                type="button"
                className="danger"
                onClick={() => remove.mutate()}
                disabled={remove.isPending}
              >
                Yes, remove {member.name}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </div>
          ) : (
            <button type="button" onClick={() => setConfirming(true)} aria-label={`Remove ${member.name}`}>
              Remove
            </button>
          )}
          <ErrorMessage error={remove.error} />
        </td>
      ) : null}
    </tr>
  );
}
