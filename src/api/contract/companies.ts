import { z } from "zod";
import { Instant, Role, Uuid } from "./common.js";

export const Company = z.object({
  id: Uuid,
  name: z.string(),
  orgNumber: z.string().nullable(),
  /** Connected to the bundled sandboxes (demo data): label it as such everywhere. */
  demo: z.boolean(),
  createdAt: Instant,
});
export type Company = z.infer<typeof Company>;

export const CreateCompanyRequest = z
  .object({ name: z.string().trim().min(1).max(200), orgNumber: z.string().trim().max(20).optional() })
  .strict();
export const UpdateCompanyRequest = CreateCompanyRequest.partial().strict();

export const Member = z.object({
  userId: Uuid,
  email: z.string(),
  name: z.string(),
  role: Role,
  addedAt: Instant,
});
export type Member = z.infer<typeof Member>;

export const Invitation = z.object({
  id: Uuid,
  email: z.string(),
  role: Role,
  expiresAt: Instant,
  /** Only in the response that created it: the link to give the person. */
  url: z.string().optional(),
});
export type Invitation = z.infer<typeof Invitation>;

/** Adds an existing user at once, or invites a new one (the answer then carries the invitation link). */
export const AddMemberRequest = z.object({ email: z.string().email().max(320), role: Role }).strict();
export const AddMemberResponse = z.object({ member: Member.optional(), invitation: Invitation.optional() });

export const UpdateMemberRequest = z.object({ role: Role }).strict();
export const MemberParams = z.object({ companyId: Uuid, userId: Uuid }).strict();
export const InvitationParams = z.object({ companyId: Uuid, invitationId: Uuid }).strict();

export const ApiToken = z.object({
  id: Uuid,
  name: z.string(),
  role: Role,
  prefix: z.string(),
  createdAt: Instant,
  lastUsedAt: Instant.nullable(),
  revokedAt: Instant.nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;
export const CreateApiTokenRequest = z
  .object({ name: z.string().trim().min(1).max(100), role: Role.exclude(["owner"]).default("member") })
  .strict();
/** The secret is shown once, in this response only. */
export const CreatedApiToken = z.object({ token: ApiToken, secret: z.string() });
export const ApiTokenParams = z.object({ companyId: Uuid, tokenId: Uuid }).strict();
