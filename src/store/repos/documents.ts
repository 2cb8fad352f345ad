/**
 * Documents behind vouchers: the files (metadata first, bytes when fetched) and their links to vouchers,
 * plus which voucher booked each invoice (to link files connected to invoices).
 */
import { randomUUID } from "node:crypto";
import type { BookedVoucherRef } from "../../core/index.js";
import type { Sql } from "../db.js";

export type DocumentIdKind = "file" | "archive_file";
export type DocumentVia = "voucher" | "supplier_invoice" | "sales_invoice";
export type InvoiceKind = "supplier_invoice" | "sales_invoice";

interface ConnectionRef {
  readonly companyId: string;
  readonly connectionId: string;
}

export async function upsertInvoiceVouchers(
  db: Sql,
  ref: ConnectionRef,
  kind: InvoiceKind,
  invoices: readonly { number: string; voucher?: BookedVoucherRef }[],
): Promise<void> {
  if (invoices.length === 0) return;
  await db.query(
    `INSERT INTO invoice_vouchers (company_id, connection_id, kind, number, year_external_id, voucher_series, voucher_number)
     SELECT $1, $2, $3, u.num, u.yr, u.series, u.vno
     FROM unnest($4::text[], $5::text[], $6::text[], $7::text[]) AS u(num, yr, series, vno)
     ON CONFLICT (connection_id, kind, number) DO UPDATE SET year_external_id = excluded.year_external_id,
       voucher_series = excluded.voucher_series, voucher_number = excluded.voucher_number`,
    [
      ref.companyId,
      ref.connectionId,
      kind,
      invoices.map((i) => i.number),
      invoices.map((i) => i.voucher?.yearExternalId ?? null),
      invoices.map((i) => i.voucher?.series ?? null),
      invoices.map((i) => i.voucher?.number ?? null),
    ],
  );
}

/** Booked invoices of a connection: number → the voucher that booked it. */
export async function invoiceVoucherMap(
  db: Sql,
  connectionId: string,
  kind: InvoiceKind,
): Promise<Map<string, BookedVoucherRef>> {
  const rows = await db.query<{ number: string; y: string; s: string; n: string }>(
    `SELECT number, year_external_id AS y, voucher_series AS s, voucher_number AS n FROM invoice_vouchers
     WHERE connection_id = $1 AND kind = $2 AND voucher_number IS NOT NULL`,
    [connectionId, kind],
  );
  return new Map(rows.map((r) => [r.number, { yearExternalId: r.y, series: r.s, number: r.n }]));
}

export interface DocumentLink {
  readonly idKind: DocumentIdKind;
  readonly externalId: string;
  readonly name: string;
  readonly voucher: BookedVoucherRef;
  readonly via: DocumentVia;
  readonly viaRef: string;
}

/** What a sync read in full, so links it no longer saw are removed: the rest is only added to. */
export interface LinkScope {
  /** Years whose voucher and supplier-invoice file connections were all read. */
  readonly years: readonly string[];
  /** Sales invoices whose attachments were read. */
  readonly salesInvoices: readonly string[];
}

/**
 * Records the files and their links, replacing the links within `scope` (a file connection removed in
 * the source disappears here). Files are kept with their bytes whatever happens to their links.
 */
export async function saveDocumentLinks(
  db: Sql,
  ref: ConnectionRef,
  scope: LinkScope,
  links: readonly DocumentLink[],
): Promise<{ files: number; newFiles: number; links: number }> {
  const files = new Map<string, DocumentLink>();
  for (const l of links) files.set(`${l.idKind}:${l.externalId}`, l);
  const list = [...files.values()];
  const saved = await db.query<{ id: string; id_kind: string; external_id: string; inserted: boolean }>(
    `INSERT INTO document_files (id, company_id, connection_id, id_kind, external_id, name)
     SELECT u.id, $1, $2, u.kind, u.eid, u.name FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[]) AS u(id, kind, eid, name)
     ON CONFLICT (connection_id, id_kind, external_id) DO UPDATE SET name = excluded.name
     RETURNING id, id_kind, external_id, (xmax = 0) AS inserted`,
    [
      ref.companyId,
      ref.connectionId,
      list.map(() => randomUUID()),
      list.map((l) => l.idKind),
      list.map((l) => l.externalId),
      list.map((l) => l.name),
    ],
  );
  const idOf = new Map(saved.map((r) => [`${r.id_kind}:${r.external_id}`, r.id]));
  await db.query(
    `DELETE FROM voucher_documents WHERE connection_id = $1
       AND ((via <> 'sales_invoice' AND year_external_id = ANY($2::text[]))
         OR (via = 'sales_invoice' AND via_ref = ANY($3::text[])))`,
    [ref.connectionId, scope.years, scope.salesInvoices],
  );
  if (links.length > 0) {
    await db.query(
      `INSERT INTO voucher_documents (company_id, connection_id, year_external_id, voucher_series, voucher_number, document_id, via, via_ref)
       SELECT $1, $2, u.yr, u.series, u.vno, u.doc, u.via, u.ref
       FROM unnest($3::text[], $4::text[], $5::text[], $6::uuid[], $7::text[], $8::text[]) AS u(yr, series, vno, doc, via, ref)
       ON CONFLICT DO NOTHING`,
      [
        ref.companyId,
        ref.connectionId,
        links.map((l) => l.voucher.yearExternalId),
        links.map((l) => l.voucher.series),
        links.map((l) => l.voucher.number),
        links.map((l) => idOf.get(`${l.idKind}:${l.externalId}`)!),
        links.map((l) => l.via),
        links.map((l) => l.viaRef),
      ],
    );
  }
  return { files: list.length, newFiles: saved.filter((r) => r.inserted).length, links: links.length };
}

export interface VoucherDocument {
  readonly id: string;
  readonly name: string;
  /** How the file reaches the voucher: connected to it, and/or to the invoice it books. */
  readonly attachedTo: { via: DocumentVia; ref: string }[];
  readonly contentType: string | null;
  readonly size: number | null;
  readonly fetched: boolean;
  readonly lastError: string | null;
}

const VIA_ORDER: Record<DocumentVia, number> = { voucher: 0, supplier_invoice: 1, sales_invoice: 2 };

/** The documents of one voucher of the company (through its fiscal year's connection), by name. */
export async function documentsOfVoucher(
  db: Sql,
  companyId: string,
  voucherId: string,
): Promise<VoucherDocument[]> {
  const rows = await db.query<{
    id: string;
    name: string;
    via: DocumentVia;
    via_ref: string;
    content_type: string | null;
    size: number | null;
    fetched: boolean;
    last_error: string | null;
  }>(
    `SELECT f.id, f.name, d.via, d.via_ref, f.content_type, f.size, f.fetched_at IS NOT NULL AS fetched, f.last_error
     FROM vouchers v
     JOIN fiscal_years y ON y.id = v.fiscal_year_id
     JOIN voucher_documents d ON d.connection_id = y.connection_id AND d.year_external_id = y.external_id
       AND d.voucher_series = v.series AND d.voucher_number = v.number
     JOIN document_files f ON f.id = d.document_id
     WHERE v.company_id = $1 AND v.id = $2 AND d.company_id = $1`,
    [companyId, voucherId],
  );
  const byId = new Map<string, VoucherDocument>();
  for (const r of rows) {
    const doc =
      byId.get(r.id) ??
      byId
        .set(r.id, {
          id: r.id,
          name: r.name,
          attachedTo: [],
          contentType: r.content_type,
          size: r.size === null ? null : Number(r.size),
          fetched: r.fetched,
          lastError: r.last_error,
        })
        .get(r.id)!;
    doc.attachedTo.push({ via: r.via, ref: r.via_ref });
  }
  const docs = [...byId.values()];
  for (const d of docs) d.attachedTo.sort((a, b) => VIA_ORDER[a.via] - VIA_ORDER[b.via]);
  return docs.sort((a, b) => a.name.localeCompare(b.name, "sv") || a.id.localeCompare(b.id));
}

export interface DocumentFile {
  readonly id: string;
  readonly companyId: string;
  readonly connectionId: string;
  readonly idKind: DocumentIdKind;
  readonly externalId: string;
  readonly name: string;
  readonly contentType: string | null;
  readonly attempts: number;
}

const FILE_COLUMNS = `id, company_id AS "companyId", connection_id AS "connectionId", id_kind AS "idKind",
  external_id AS "externalId", name, content_type AS "contentType", attempts`;

export async function getDocumentFile(
  db: Sql,
  companyId: string,
  id: string,
): Promise<DocumentFile | undefined> {
  const [row] = await db.query<DocumentFile>(
    `SELECT ${FILE_COLUMNS} FROM document_files WHERE company_id = $1 AND id = $2`,
    [companyId, id],
  );
  return row;
}

export async function documentContent(
  db: Sql,
  companyId: string,
  id: string,
): Promise<{ content: Uint8Array; contentType: string; name: string } | undefined> {
  const [row] = await db.query<{ content: Uint8Array | null; content_type: string | null; name: string }>(
    "SELECT content, content_type, name FROM document_files WHERE company_id = $1 AND id = $2",
    [companyId, id],
  );
  if (!row?.content) return undefined;
  return {
    content: row.content,
    contentType: row.content_type ?? "application/octet-stream",
    name: row.name,
  };
}

/** Files of a connection still without bytes and due for an attempt, oldest first. */
export async function pendingDocumentFiles(
  db: Sql,
  connectionId: string,
  limit: number,
  maxAttempts: number,
): Promise<DocumentFile[]> {
  return db.query<DocumentFile>(
    `SELECT ${FILE_COLUMNS} FROM document_files
     WHERE connection_id = $1 AND fetched_at IS NULL AND next_attempt_at <= now() AND attempts < $3
     ORDER BY next_attempt_at, created_at, id LIMIT $2`,
    [connectionId, limit, maxAttempts],
  );
}

export async function countPendingDocumentFiles(db: Sql, connectionId: string): Promise<number> {
  const [row] = await db.query<{ n: string }>(
    "SELECT count(*) AS n FROM document_files WHERE connection_id = $1 AND fetched_at IS NULL",
    [connectionId],
  );
  return Number(row?.n ?? 0);
}

export async function storeDocumentContent(
  db: Sql,
  id: string,
  file: { content: Uint8Array; contentType: string; sha256: string },
): Promise<void> {
  await db.query(
    `UPDATE document_files SET content = $2, content_type = $3, size = $4, sha256 = $5, fetched_at = now(),
       last_error = NULL, last_error_code = NULL WHERE id = $1`,
    [id, file.content, file.contentType, file.content.length, file.sha256],
  );
}

export async function recordDocumentFailure(
  db: Sql,
  id: string,
  failure: { code: string; message: string; retryInSeconds: number },
): Promise<void> {
  await db.query(
    `UPDATE document_files SET attempts = attempts + 1, last_error = $2, last_error_code = $3,
       next_attempt_at = now() + make_interval(secs => $4) WHERE id = $1`,
    [id, failure.message, failure.code, failure.retryInSeconds],
  );
}
