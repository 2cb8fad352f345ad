import { z } from "zod";
import { Instant, Role, Uuid } from "./common.js";

export const SetupStatus = z.object({ needed: z.boolean() });

export const SetupRequest = z
  .object({
    email: z.string().email().max(320),
    name: z.string().min(1).max(200),
    password: z.string().min(1).max(1000),
    companyName: z.string().min(1).max(200),
  })
  .strict();

export const LoginRequest = z
  .object({ email: z.string().min(1).max(320), password: z.string().min(1).max(1000) })
  .strict();

export const SessionCompany = z.object({ id: Uuid, name: z.string(), role: Role, demo: z.boolean() });

export const Session = z.object({
  user: z.object({ id: Uuid, email: z.string(), name: z.string(), isAdmin: z.boolean() }),
  companies: z.array(SessionCompany),
  /** Send back as the `x-csrf-token` header on every state-changing request made with the session cookie. */
  csrfToken: z.string(),
});
export type Session = z.infer<typeof Session>;

export const AcceptInviteRequest = z
  .object({ name: z.string().min(1).max(200), password: z.string().min(1).max(1000) })
  .strict();

export const InviteInfo = z.object({
  email: z.string(),
  companyName: z.string(),
  role: Role,
  expiresAt: Instant,
});
