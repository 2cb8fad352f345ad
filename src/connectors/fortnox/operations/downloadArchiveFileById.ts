import type { FortnoxClient } from "../client.js";

/** The bytes of an archive file named by its ArchiveFileId (`GET /3/archive?fileid=`, reference §5.7). */
export function downloadArchiveFileById(client: FortnoxClient, archiveFileId: string): Promise<Uint8Array> {
  return client.bytes({ path: "/3/archive", entity: "file", query: { fileid: archiveFileId } });
}
