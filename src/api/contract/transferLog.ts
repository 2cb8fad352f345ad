import { z } from "zod";
import { Instant, PageQuery, Uuid } from "./common.js";

export const TransferDirection = z.enum(["inbound", "outbound"]);
export const TransferStatus = z.enum(["ok", "error", "skipped"]);

export const TransferLogEntry = z.object({
  id: Uuid,
  connectionId: Uuid.nullable(),
  runId: Uuid.nullable(),
  direction: TransferDirection,
  entity: z.string(),
  localId: z.string().nullable(),
  externalId: z.string().nullable(),
  status: TransferStatus,
  errorCode: z.string().nullable(),
  message: z.string().nullable(),
  createdAt: Instant,
});
export type TransferLogEntry = z.infer<typeof TransferLogEntry>;

export const TransferLogQuery = z
  .object({
    connectionId: Uuid.optional(),
    runId: Uuid.optional(),
    direction: TransferDirection.optional(),
    entity: z.string().max(100).optional(),
    status: TransferStatus.optional(),
    from: z.string().datetime({ offset: true }).optional(),
    to: z.string().datetime({ offset: true }).optional(),
    ...PageQuery,
  })
  .strict();
export type TransferLogQuery = z.infer<typeof TransferLogQuery>;
