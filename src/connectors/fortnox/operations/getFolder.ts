import { FortnoxFolder } from "../api/files.js";
import type { FortnoxClient } from "../client.js";
import { type FortnoxStoredFile, toStoredFile } from "../mappers/files.js";
import { getOne } from "./read.js";

export type FileArea = "archive" | "inbox";

export interface FolderListing {
  readonly id: string;
  readonly name: string;
  readonly files: readonly FortnoxStoredFile[];
  readonly folders: readonly { readonly id: string; readonly name: string }[];
}

/**
 * Lists an archive or inbox folder: the root, a path ("Leverantörsfakturor 2025"), or for the inbox one
 * of the static folders (inbox_s, inbox_v …, reference §5.7). File metadata exists only in listings.
 */
export async function getFolder(
  client: FortnoxClient,
  area: FileArea,
  folder?: string,
): Promise<FolderListing> {
  const isId = area === "inbox" && folder !== undefined && /^inbox_[a-z]+$/.test(folder);
  const raw = await getOne(client, {
    path: isId ? `/3/inbox/${folder}` : `/3/${area}`,
    key: "Folder",
    entity: `${area} folder`,
    schema: FortnoxFolder,
    ...(folder && !isId ? { query: { path: folder } } : {}),
  });
  return {
    id: raw.Id,
    name: raw.Name,
    files: raw.Files.map(toStoredFile),
    folders: raw.Folders.map((f) => ({ id: f.Id, name: f.Name })),
  };
}
