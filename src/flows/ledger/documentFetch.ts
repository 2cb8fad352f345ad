/**
 * The bytes of documents: fetched in the background after a sync (one job per connection, through the
 * connection's rate limiter, so it never starves a sync of more than its share of requests), and at once
 * when a user opens a document that is not here yet. A failed fetch is tried again later with backoff;
 * after MAX_ATTEMPTS it waits for someone to open it (which always tries).
 */
import { createHash } from "node:crypto";
import type { AppContext } from "../../app/context.js";
import { downloadArchiveFileById, downloadFile, type FortnoxClient } from "../../connectors/fortnox/index.js";
import { type AppError, appError, fail, isAppException } from "../../core/index.js";
import { getConnection } from "../../store/repos/connections.js";
import {
  type DocumentFile,
  documentContent,
  getDocumentFile,
  pendingDocumentFiles,
  recordDocumentFailure,
  storeDocumentContent,
} from "../../store/repos/documents.js";
import { logTransfers } from "../../store/repos/transferLog.js";
import { fortnoxClientFor } from "../fortnox/connection.js";

export const DOCUMENTS_FETCH = "documents.fetch";
export const MAX_ATTEMPTS = 6;
const BATCH = 25;

export interface DocumentsFetchJob {
  readonly companyId: string;
  readonly connectionId: string;
}

/** Queues the background fetch of a connection's missing files (at most one waiting per connection). */
export async function queueDocumentFetch(ctx: AppContext, job: DocumentsFetchJob): Promise<void> {
  await ctx.queue.enqueue(DOCUMENTS_FETCH, job, { singletonKey: job.connectionId });
}

const MAGIC: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], "application/pdf"],
  [[0x89, 0x50, 0x4e, 0x47], "image/png"],
  [[0xff, 0xd8, 0xff], "image/jpeg"],
  [[0x47, 0x49, 0x46, 0x38], "image/gif"],
  [[0x49, 0x49, 0x2a, 0x00], "image/tiff"],
  [[0x4d, 0x4d, 0x00, 0x2a], "image/tiff"],
];
const BY_EXTENSION: Record<string, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  tif: "image/tiff",
  tiff: "image/tiff",
  txt: "text/plain; charset=utf-8",
  xml: "application/xml",
};

/** What the bytes are (by their signature, then the file name): the browser opens PDFs and images inline. */
export function contentTypeOf(bytes: Uint8Array, name: string): string {
  for (const [sig, type] of MAGIC) if (sig.every((b, i) => bytes[i] === b)) return type;
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return (ext && BY_EXTENSION[ext]) || "application/octet-stream";
}

async function download(client: FortnoxClient, f: DocumentFile): Promise<Uint8Array> {
  if (f.idKind === "archive_file") return downloadArchiveFileById(client, f.externalId);
  try {
    return await downloadFile(client, "archive", f.externalId);
  } catch (e) {
    // A file connected straight from the inbox may not have been moved to the archive yet.
    if (isAppException(e) && e.error.code === "fortnox_not_found")
      return downloadFile(client, "inbox", f.externalId);
    throw e;
  }
}

async function fetchOne(ctx: AppContext, client: FortnoxClient, f: DocumentFile): Promise<void> {
  const content = await download(client, f);
  await storeDocumentContent(ctx.db, f.id, {
    content,
    contentType: contentTypeOf(content, f.name),
    sha256: createHash("sha256").update(content).digest("hex"),
  });
}

/** Backoff after the n-th failed attempt: 1, 4, 16, 64, 256 minutes … */
const retryInSeconds = (attempt: number) => 60 * 4 ** Math.max(0, attempt - 1);

const asError = (e: unknown): AppError =>
  isAppException(e)
    ? e.error
    : appError("job_failed", { kind: DOCUMENTS_FETCH, detail: e instanceof Error ? e.message : String(e) });

/** Stop the whole batch (not just this file) when the connection itself cannot be used. */
const STOPPING = new Set(["connection_needs_reauth", "upstream_unauthorized", "upstream_rate_limited"]);

/**
 * Fetches the connection's missing files, batch by batch, until none is due, or until the process stops
 * (the rest is taken up by the next job: after the next sync, or when the files are opened).
 */
export async function fetchPendingDocuments(
  ctx: AppContext,
  job: DocumentsFetchJob,
  stopping?: AbortSignal,
): Promise<void> {
  const connection = await getConnection(ctx.db, job.companyId, job.connectionId);
  if (connection?.state !== "active") return;
  const client = await fortnoxClientFor(ctx, connection, { background: true });
  let fetched = 0;
  const failures: { file: DocumentFile; error: AppError }[] = [];
  for (;;) {
    const batch = await pendingDocumentFiles(ctx.db, job.connectionId, BATCH, MAX_ATTEMPTS);
    if (batch.length === 0) break;
    let stop: AppError | undefined;
    for (const f of batch) {
      if (stopping?.aborted) break;
      try {
        await fetchOne(ctx, client, f);
        fetched++;
      } catch (e) {
        const error = asError(e);
        await recordDocumentFailure(ctx.db, f.id, {
          code: error.code,
          message: error.message,
          retryInSeconds: retryInSeconds(f.attempts + 1),
        });
        failures.push({ file: f, error });
        if (STOPPING.has(error.code)) {
          stop = error;
          break;
        }
      }
    }
    if (stop || stopping?.aborted) break;
  }
  if (fetched === 0 && failures.length === 0) return;
  await logTransfers(ctx.db, [
    {
      companyId: job.companyId,
      connectionId: job.connectionId,
      direction: "inbound",
      entity: "document",
      status: failures.length === 0 ? "ok" : "error",
      message: `${fetched} document files fetched${failures.length ? `, ${failures.length} failed (tried again later)` : ""}.`,
    },
    ...failures.map(({ file, error }) => ({
      companyId: job.companyId,
      connectionId: job.connectionId,
      direction: "inbound" as const,
      entity: "document",
      localId: file.id,
      externalId: file.externalId,
      status: "error" as const,
      message: `${file.name}: ${error.message}`,
      errorCode: error.code,
    })),
  ]);
}

/**
 * The bytes of one document for a user who opens it: from the store, or fetched from the source at
 * once (and kept). A failure is the source's error, with its code, for the person to act on.
 */
export async function openDocument(ctx: AppContext, companyId: string, documentId: string) {
  const here = await documentContent(ctx.db, companyId, documentId);
  if (here) return here;
  const f =
    (await getDocumentFile(ctx.db, companyId, documentId)) ?? fail("not_found", { entity: "document" });
  const connection =
    (await getConnection(ctx.db, companyId, f.connectionId)) ?? fail("not_found", { entity: "connection" });
  if (connection.state === "needs_reauth")
    fail("connection_needs_reauth", { connection: connection.displayName });
  try {
    await fetchOne(ctx, await fortnoxClientFor(ctx, connection), f);
  } catch (e) {
    const error = asError(e);
    await recordDocumentFailure(ctx.db, f.id, {
      code: error.code,
      message: error.message,
      retryInSeconds: retryInSeconds(f.attempts + 1),
    });
    throw e;
  }
  return (await documentContent(ctx.db, companyId, documentId)) ?? fail("not_found", { entity: "document" });
}
