import { z } from "zod";
import { Instant, Uuid } from "./common.js";

export const ConnectionState = z.enum(["pending", "active", "needs_reauth", "error", "disconnected"]);
export type ConnectionState = z.infer<typeof ConnectionState>;
export const SystemId = z.enum(["fortnox", "24sevenoffice", "severa", "sie_file"]);

export const Connection = z.object({
  id: Uuid,
  system: SystemId,
  displayName: z.string(),
  state: ConnectionState,
  /** Non-secret settings (base URLs, tenant id …). Secrets are never returned. */
  settings: z.record(z.string(), z.unknown()),
  hasSecret: z.boolean(),
  sandbox: z.boolean(),
  lastSyncAt: Instant.nullable(),
  lastErrorCode: z.string().nullable(),
  lastErrorMessage: z.string().nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Connection = z.infer<typeof Connection>;

export const CreateConnectionRequest = z
  .object({
    system: SystemId,
    displayName: z.string().trim().min(1).max(200),
    settings: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  })
  .strict();
export const UpdateConnectionRequest = z
  .object({
    displayName: z.string().trim().min(1).max(200).optional(),
    state: z.enum(["disconnected"]).optional(),
  })
  .strict();
export const ConnectionParams = z.object({ companyId: Uuid, connectionId: Uuid }).strict();

export const SyncRunState = z.enum(["queued", "running", "succeeded", "failed", "cancelled"]);
export const SyncRun = z.object({
  id: Uuid,
  connectionId: Uuid.nullable(),
  kind: z.string(),
  /** What was asked for, e.g. {"years":2} or {"year":2025,"overwriteUploaded":true}. */
  params: z.record(z.string(), z.unknown()),
  state: SyncRunState,
  progress: z.object({
    step: z.string().nullable(),
    done: z.number().int(),
    total: z.number().int().nullable(),
  }),
  counts: z.record(z.string(), z.number().int()),
  requestsUsed: z.number().int(),
  errorCode: z.string().nullable(),
  errorMessage: z.string().nullable(),
  createdAt: Instant,
  startedAt: Instant.nullable(),
  finishedAt: Instant.nullable(),
});
export type SyncRun = z.infer<typeof SyncRun>;
export const SyncRunParams = z.object({ companyId: Uuid, runId: Uuid }).strict();

export const StartSyncRequest = z
  .object({
    /** The last N financial years (default 2). */
    years: z.number().int().min(1).max(10).optional(),
    /** Only the financial year that starts in this calendar year. */
    year: z.number().int().min(1900).max(2200).optional(),
    /** Replace years whose ledger came from an uploaded SIE file with Fortnox's data. */
    overwriteUploaded: z.boolean().optional(),
  })
  .strict();
