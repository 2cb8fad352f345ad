import type { Role } from "./api/types.js";

export const ROLES: ReadonlyArray<{ value: Role; label: string; description: string }> = [
  { value: "owner", label: "Owner", description: "everything, including managing owners" },
  { value: "admin", label: "Administrator", description: "connections, members and API tokens" },
  { value: "member", label: "Member", description: "runs flows and reads everything" },
  { value: "viewer", label: "Viewer", description: "reads everything, changes nothing" },
];

export function roleLabel(role: Role): string {
  return ROLES.find((r) => r.value === role)?.label ?? role;
}

/** Mirrors the server's rule (ROUTES.md: "admin+") so the UI hides what the server would refuse. */
export function canAdminister(role: Role): boolean {
  return role === "owner" || role === "admin";
}
