import type { FortnoxClient } from "../client.js";
import type { FileArea } from "./getFolder.js";

/** The bytes of an archive or inbox file by its `Id` (not ArchiveFileId, reference §5.7). */
export function downloadFile(client: FortnoxClient, area: FileArea, fileId: string): Promise<Uint8Array> {
  return client.bytes({ path: `/3/${area}/${encodeURIComponent(fileId)}`, entity: "file" });
}
