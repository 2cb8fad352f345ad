/**
 * Archive and inbox: folder trees of files with two ids each — `Id` (used by file connections and
 * downloads) and `ArchiveFileId` (used by the attachments API), reference §5.7.
 */
import { hash32 } from "../seed/prng.js";

export interface StoredFile {
  readonly Id: string;
  readonly ArchiveFileId: string;
  readonly Name: string;
  readonly Comments: string;
  folderId: string;
  bytes?: Uint8Array;
  /** Seeded PDFs are rendered when first needed. */
  readonly render?: () => Promise<Uint8Array>;
}

export interface StoredFolder {
  readonly Id: string;
  readonly Name: string;
  readonly parentId?: string;
  readonly area: "archive" | "inbox";
}

/** The nine static inbox folders (reference §5.7). */
export const INBOX_FOLDERS = [
  ["inbox_a", "Anläggningsregister"],
  ["inbox_d", "Dagskassor"],
  ["inbox_s", "Leverantörsfakturor"],
  ["inbox_v", "Verifikationer"],
  ["inbox_b", "Bankfiler"],
  ["inbox_l", "Lön"],
  ["inbox_kf", "Kundfakturor"],
  ["inbox_o", "Order"],
  ["inbox_of", "Offerter"],
] as const;

export function guid(...parts: readonly (number | string)[]): string {
  const h = [0, 1, 2, 3]
    .map((k) =>
      hash32(...parts, k)
        .toString(16)
        .padStart(8, "0"),
    )
    .join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export class FileStore {
  readonly folders = new Map<string, StoredFolder>();
  readonly files = new Map<string, StoredFile>();
  readonly archiveRoot: string;
  readonly inboxRoot: string;

  constructor(private readonly salt: string) {
    this.archiveRoot = guid(salt, "archive-root");
    this.inboxRoot = guid(salt, "inbox-root");
    this.folders.set(this.archiveRoot, { Id: this.archiveRoot, Name: "root", area: "archive" });
    this.folders.set(this.inboxRoot, { Id: this.inboxRoot, Name: "inbox", area: "inbox" });
    for (const [Id, Name] of INBOX_FOLDERS)
      this.folders.set(Id, { Id, Name, parentId: this.inboxRoot, area: "inbox" });
  }

  addFolder(area: "archive" | "inbox", parentId: string, Name: string): StoredFolder {
    const Id = guid(this.salt, "folder", parentId, Name);
    const folder = { Id, Name, parentId, area };
    this.folders.set(Id, folder);
    return folder;
  }

  addFile(
    folderId: string,
    Name: string,
    content: { bytes?: Uint8Array; render?: () => Promise<Uint8Array> },
  ) {
    const n = this.files.size;
    const file: StoredFile = {
      Id: guid(this.salt, "file", n, Name),
      ArchiveFileId: guid(this.salt, "archivefile", n, Name),
      Name,
      Comments: "",
      folderId,
      ...content,
    };
    this.files.set(file.Id, file);
    return file;
  }

  async bytesOf(file: StoredFile): Promise<Uint8Array> {
    if (!file.bytes && file.render) file.bytes = await file.render();
    return file.bytes ?? new Uint8Array();
  }

  /** A folder by id, by static inbox name, or by a path of names below the area's root. */
  resolve(area: "archive" | "inbox", ref: string | undefined): StoredFolder | undefined {
    const root = area === "archive" ? this.archiveRoot : this.inboxRoot;
    if (!ref || ref === "root" || ref === "/") return this.folders.get(root);
    const direct = this.folders.get(ref);
    if (direct) return direct.area === area ? direct : undefined;
    let current = this.folders.get(root);
    for (const name of ref.split("/").filter(Boolean)) {
      current = [...this.folders.values()].find((f) => f.parentId === current?.Id && f.Name === name);
      if (!current) return undefined;
    }
    return current;
  }

  pathOf(folder: StoredFolder): string {
    const names: string[] = [];
    for (let f: StoredFolder | undefined = folder; f?.parentId; f = this.folders.get(f.parentId))
      names.unshift(f.Name);
    return names.join("/");
  }
}
