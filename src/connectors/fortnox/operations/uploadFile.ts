import { FortnoxFile } from "../api/files.js";
import type { FortnoxClient } from "../client.js";
import { type FortnoxStoredFile, toStoredFile } from "../mappers/files.js";
import type { FileArea } from "./getFolder.js";
import { parseRecord } from "./read.js";

export interface UploadFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly contentType?: string;
  /** Folder path, or for the inbox a static folder id such as inbox_v (vouchers) or inbox_s. */
  readonly folder?: string;
}

/**
 * Multipart upload with the field `file` (reference §5.7). Not retried on 5xx or network errors: an
 * upload may have landed, so the caller looks the file up in the folder listing before trying again.
 */
export async function uploadFile(
  client: FortnoxClient,
  area: FileArea,
  f: UploadFile,
): Promise<FortnoxStoredFile> {
  const form = new FormData();
  const blob = new Blob([new Uint8Array(f.bytes)], { type: f.contentType ?? "application/octet-stream" });
  form.set("file", blob, f.name);
  const byId = f.folder !== undefined && /^inbox_[a-z]+$/.test(f.folder);
  const query = f.folder === undefined ? undefined : byId ? { folderId: f.folder } : { path: f.folder };
  const answer = (await client.json({
    method: "POST",
    path: `/3/${area}`,
    entity: "file",
    form,
    ...(query ? { query } : {}),
  })) as Record<string, unknown>;
  return toStoredFile(parseRecord(FortnoxFile, answer?.File, "file"));
}
