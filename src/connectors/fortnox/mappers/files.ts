/** Pure mappers for file connections and archive/inbox files. */
import type { DocumentRef } from "../../../core/index.js";
import type {
  FortnoxAttachment,
  FortnoxFile,
  FortnoxSupplierInvoiceFileConnection,
  FortnoxVoucherFileConnection,
} from "../api/files.js";

/** A voucher is identified by series, number and financial-year Id: "D-12@2". */
export function voucherRef(
  series: string,
  number: string,
  fiscalYearId: string | number | undefined,
): string {
  return `${series}-${number}${fiscalYearId === undefined ? "" : `@${fiscalYearId}`}`;
}

export function voucherDocument(raw: FortnoxVoucherFileConnection): DocumentRef {
  return {
    externalId: raw.FileId,
    name: raw.Name || raw.FileId,
    attachedTo: { kind: "voucher", ref: voucherRef(raw.VoucherSeries, raw.VoucherNumber, raw.VoucherYear) },
  };
}

export function supplierInvoiceDocument(raw: FortnoxSupplierInvoiceFileConnection): DocumentRef {
  return {
    externalId: raw.FileId,
    name: raw.Name || raw.FileId,
    attachedTo: { kind: "supplier_invoice", ref: raw.SupplierInvoiceNumber },
  };
}

/** An archive/inbox file: `id` is the Id connections and downloads take, not ArchiveFileId (reference §5.7). */
export interface FortnoxStoredFile {
  readonly id: string;
  readonly archiveFileId: string;
  readonly name: string;
  readonly path: string;
  readonly size?: number;
}

export function toStoredFile(raw: FortnoxFile): FortnoxStoredFile {
  return {
    id: raw.Id,
    archiveFileId: raw.ArchiveFileId,
    name: raw.Name,
    path: raw.Path,
    ...(raw.Size === undefined ? {} : { size: raw.Size }),
  };
}

/** An invoice attachment; its externalId is the file's ArchiveFileId (download with `?fileid=`). */
export function invoiceAttachmentDocument(raw: FortnoxAttachment): DocumentRef {
  return {
    externalId: raw.fileId,
    name: raw.fileId,
    attachedTo: { kind: "sales_invoice", ref: String(raw.entityId) },
  };
}
