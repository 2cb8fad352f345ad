/** Raw shapes of archive/inbox folders and files, and of file connections (reference §5.7). */
import { z } from "zod";
import { FortnoxId, FortnoxText } from "./common.js";

export const FortnoxFile = z.object({
  Id: z.string(),
  ArchiveFileId: FortnoxText,
  Name: z.string(),
  Path: FortnoxText,
  Size: z.number().int().optional(),
  Comments: FortnoxText,
});
export type FortnoxFile = z.infer<typeof FortnoxFile>;

export const FortnoxFolder = z.object({
  Id: z.string(),
  Name: z.string(),
  Files: z.array(FortnoxFile).default([]),
  Folders: z.array(z.object({ Id: z.string(), Name: z.string() })).default([]),
});
export type FortnoxFolder = z.infer<typeof FortnoxFolder>;

export const FortnoxVoucherFileConnection = z.object({
  FileId: z.string(),
  Name: FortnoxText,
  VoucherSeries: z.string(),
  VoucherNumber: FortnoxId,
  VoucherYear: z.number().int().optional(),
});
export type FortnoxVoucherFileConnection = z.infer<typeof FortnoxVoucherFileConnection>;

export const FortnoxSupplierInvoiceFileConnection = z.object({
  FileId: z.string(),
  Name: FortnoxText,
  SupplierInvoiceNumber: FortnoxId,
});
export type FortnoxSupplierInvoiceFileConnection = z.infer<typeof FortnoxSupplierInvoiceFileConnection>;

/** fileattachments API (invoices, orders, offers): camelCase, refers to files by ArchiveFileId (§5.7). */
export const FortnoxAttachment = z.object({
  id: z.string(),
  entityId: z.number().int(),
  entityType: z.string(),
  fileId: z.string(),
  includeOnSend: z.boolean().optional(),
});
export type FortnoxAttachment = z.infer<typeof FortnoxAttachment>;
