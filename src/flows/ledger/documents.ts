/**
 * The documents behind a connection's vouchers, as part of a ledger sync: which files are connected to
 * which vouchers — directly (bookkeeping), through the supplier invoice a voucher books, or through the
 * sales invoice it books. Only metadata here; the bytes come in the background (documentFetch.ts).
 *
 * What each sync reads: the voucher file connections of each synced year and every supplier-invoice
 * file connection (both are cheap lists, 500 per request, and neither has a "modified since" filter);
 * supplier and sales invoices only as far as they changed since the last sync (to know which voucher
 * booked each), and the attachments of the sales invoices that changed. Everything read is written in
 * one transaction with the cursors, so a killed sync leaves nothing half-linked and reads it again.
 */
import type { AppContext } from "../../app/context.js";
import {
  type FortnoxClient,
  listInvoiceFileConnections,
  listInvoices,
  listSupplierInvoiceFileConnections,
  listSupplierInvoices,
  listVoucherFileConnections,
} from "../../connectors/fortnox/index.js";
import type { BookedVoucherRef, DocumentRef } from "../../core/index.js";
import type { Sql } from "../../store/db.js";
import {
  type DocumentLink,
  invoiceVoucherMap,
  saveDocumentLinks,
  upsertInvoiceVouchers,
} from "../../store/repos/documents.js";
import { logTransfers } from "../../store/repos/transferLog.js";
import type { RunJobData, RunReporter } from "../runs.js";

/** Attachments are asked for this many sales invoices per request. */
const ATTACHMENT_BATCH = 50;

const SUPPLIER_CURSOR = "documents:supplier_invoices";
const SALES_CURSOR = "documents:sales_invoices";

async function cursorOf(db: Sql, connectionId: string, resource: string): Promise<Date | undefined> {
  const [row] = await db.query<{ cursor: string }>(
    "SELECT cursor FROM sync_cursor WHERE connection_id = $1 AND resource = $2",
    [connectionId, resource],
  );
  return row ? new Date(row.cursor) : undefined;
}

async function saveCursor(db: Sql, companyId: string, connectionId: string, resource: string, at: Date) {
  await db.query(
    `INSERT INTO sync_cursor (company_id, connection_id, resource, cursor) VALUES ($1, $2, $3, $4)
     ON CONFLICT (connection_id, resource) DO UPDATE SET cursor = $4, updated_at = now()`,
    [companyId, connectionId, resource, at.toISOString()],
  );
}

const since = (at: Date | undefined) => (at ? { modifiedSince: at } : {});

/** The voucher of a file connection's `attachedTo.ref`, "D-12@3" (series-number@year). */
function parseVoucherRef(ref: string): BookedVoucherRef | undefined {
  const m = /^(.+)-(\d+)@(.+)$/.exec(ref);
  return m ? { series: m[1]!, number: m[2]!, yearExternalId: m[3]! } : undefined;
}

export interface DocumentSyncResult {
  readonly files: number;
  readonly newFiles: number;
  readonly links: number;
  readonly unlinked: number;
}

export async function syncDocuments(
  ctx: AppContext,
  client: FortnoxClient,
  data: RunJobData,
  r: RunReporter,
  years: readonly { externalId: string }[],
): Promise<DocumentSyncResult> {
  const ref = { companyId: data.companyId, connectionId: data.connectionId! };
  const startedAt = new Date();
  const [supplierSince, salesSince] = await Promise.all([
    cursorOf(ctx.db, ref.connectionId, SUPPLIER_CURSOR),
    cursorOf(ctx.db, ref.connectionId, SALES_CURSOR),
  ]);
  const supplierInvoices = await listSupplierInvoices(client, since(supplierSince));
  const salesInvoices = await listInvoices(client, since(salesSince));
  const voucherFiles: DocumentRef[] = [];
  for (const y of years)
    voucherFiles.push(...(await listVoucherFileConnections(client, { financialYearId: y.externalId })));
  const supplierFiles = await listSupplierInvoiceFileConnections(client);
  const booked = salesInvoices.filter((i) => i.voucher).map((i) => i.number);
  const attachments: DocumentRef[] = [];
  for (let i = 0; i < booked.length; i += ATTACHMENT_BATCH) {
    const documentNumbers = booked.slice(i, i + ATTACHMENT_BATCH);
    attachments.push(...(await listInvoiceFileConnections(client, { documentNumbers })));
  }

  const result = await ctx.db.transaction(async (tx) => {
    await upsertInvoiceVouchers(
      tx,
      ref,
      "supplier_invoice",
      supplierInvoices.map((i) => ({ number: i.externalId, ...(i.voucher ? { voucher: i.voucher } : {}) })),
    );
    await upsertInvoiceVouchers(
      tx,
      ref,
      "sales_invoice",
      salesInvoices.map((i) => ({ number: i.number, ...(i.voucher ? { voucher: i.voucher } : {}) })),
    );
    const supplierVouchers = await invoiceVoucherMap(tx, ref.connectionId, "supplier_invoice");
    const salesVouchers = await invoiceVoucherMap(tx, ref.connectionId, "sales_invoice");
    const links: DocumentLink[] = [];
    let unlinked = 0;
    for (const f of voucherFiles) {
      const voucher = parseVoucherRef(f.attachedTo.ref);
      if (voucher)
        links.push({
          idKind: "file",
          externalId: f.externalId,
          name: f.name,
          voucher,
          via: "voucher",
          viaRef: "",
        });
      else unlinked++;
    }
    const synced = new Set(years.map((y) => y.externalId));
    for (const f of supplierFiles) {
      const voucher = supplierVouchers.get(f.attachedTo.ref);
      // Files of years not synced wait for their year: their bytes would cost requests for nothing.
      if (voucher && !synced.has(voucher.yearExternalId)) continue;
      if (voucher) {
        const link = { idKind: "file" as const, externalId: f.externalId, name: f.name, voucher };
        links.push({ ...link, via: "supplier_invoice", viaRef: f.attachedTo.ref });
      } else unlinked++; // not booked yet: linked by a later sync, once it is
    }
    for (const f of attachments) {
      const voucher = salesVouchers.get(f.attachedTo.ref);
      if (!voucher) continue;
      const name = f.name === f.externalId ? `Attachment to invoice ${f.attachedTo.ref}` : f.name;
      links.push({
        idKind: "archive_file",
        externalId: f.externalId,
        name,
        voucher,
        via: "sales_invoice",
        viaRef: f.attachedTo.ref,
      });
    }
    const saved = await saveDocumentLinks(
      tx,
      ref,
      {
        years: years.map((y) => y.externalId),
        salesInvoices: salesInvoices.map((i) => i.number),
      },
      links,
    );
    await saveCursor(tx, ref.companyId, ref.connectionId, SUPPLIER_CURSOR, startedAt);
    await saveCursor(tx, ref.companyId, ref.connectionId, SALES_CURSOR, startedAt);
    return { ...saved, unlinked };
  });
  r.count("documents", result.files);
  await logTransfers(ctx.db, [
    {
      companyId: ref.companyId,
      connectionId: ref.connectionId,
      runId: data.runId,
      direction: "inbound",
      entity: "document",
      status: "ok",
      message:
        `${result.links} document links to vouchers (${result.files} files, ${result.newFiles} new; the files are fetched in the background)` +
        (result.unlinked > 0 ? `; ${result.unlinked} files belong to invoices not booked yet.` : "."),
    },
  ]);
  return result;
}
