import { z } from "zod";
import { Instant, Uuid } from "./common.js";

export const CreateActivationLinkRequest = z
  .object({
    system: z.literal("fortnox"),
    displayName: z.string().trim().min(1).max(200).default("Fortnox"),
    /** A service account (the default): approved by the company's Fortnox system administrator. */
    serviceAccount: z.boolean().default(true),
    /** Re-activate this connection (after needs_reauth) instead of creating a new one. */
    connectionId: Uuid.optional(),
  })
  .strict();

export const ActivationLink = z.object({
  id: Uuid,
  system: z.string(),
  displayName: z.string(),
  serviceAccount: z.boolean(),
  connectionId: Uuid.nullable(),
  expiresAt: Instant,
  /** Only in the answer that created it: the link to give to the person who administers Fortnox. */
  url: z.string().optional(),
});

export const ActivationLinkParams = z.object({ companyId: Uuid, linkId: Uuid }).strict();
export const ActivationTokenParams = z.object({ token: z.string().min(10).max(200) }).strict();

/** What the public activation page shows before "Grant access". */
export const ActivationInfo = z.object({
  companyName: z.string(),
  system: z.string(),
  displayName: z.string(),
  serviceAccount: z.boolean(),
  reactivation: z.boolean(),
  scopes: z.array(z.string()),
  /** The integration is the bundled sandbox (demo mode): say so on the page. */
  sandbox: z.boolean(),
  expiresAt: Instant,
});

export const AuthorizeAnswer = z.object({ authorizeUrl: z.string() });

export const FeatureCheck = z.object({
  feature: z.string(),
  scope: z.string(),
  ok: z.boolean(),
  code: z.string().optional(),
  message: z.string().optional(),
});
export const Preflight = z.object({
  companyName: z.string(),
  orgNumber: z.string().nullable(),
  features: z.array(FeatureCheck),
});
