/** Archive and inbox: folder listings, downloads by Id (or ArchiveFileId), multipart uploads (reference §5.7). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { SandboxContext } from "../context.js";
import type { FileStore, StoredFile, StoredFolder } from "../state/files.js";
import { FxError, query, type Raw } from "../wire.js";

type Area = "archive" | "inbox";

async function folderJson(
  ctx: SandboxContext,
  files: FileStore,
  folder: StoredFolder,
  area: Area,
): Promise<Raw> {
  const inFolder = [...files.files.values()].filter((f) => f.folderId === folder.Id);
  const path = files.pathOf(folder);
  const fileRows = [];
  for (const f of inFolder) fileRows.push({ ...(await fileRow(ctx, files, f, area)), Path: path });
  const sub = [...files.folders.values()].filter((f) => f.parentId === folder.Id);
  return {
    Folder: {
      "@url": `${ctx.baseUrl}/3/${area}/${folder.Id}`,
      Id: folder.Id,
      Name: folder.Name,
      Email: "",
      Files: fileRows,
      Folders: sub.map((f) => ({ "@url": `${ctx.baseUrl}/3/${area}/${f.Id}`, Id: f.Id, Name: f.Name })),
    },
  };
}

async function fileRow(ctx: SandboxContext, files: FileStore, f: StoredFile, area: Area): Promise<Raw> {
  const bytes = await files.bytesOf(f);
  const folder = files.folders.get(f.folderId);
  return {
    "@url": `${ctx.baseUrl}/3/${area}/${f.Id}`,
    Id: f.Id,
    ArchiveFileId: f.ArchiveFileId,
    Name: f.Name,
    Path: folder ? files.pathOf(folder) : "",
    Size: bytes.length,
    Comments: f.Comments,
  };
}

async function sendFile(files: FileStore, f: StoredFile, reply: FastifyReply) {
  const bytes = await files.bytesOf(f);
  const type = f.Name.toLowerCase().endsWith(".pdf") ? "application/pdf" : "application/octet-stream";
  return reply.type(type).send(Buffer.from(bytes));
}

async function upload(ctx: SandboxContext, req: FastifyRequest, reply: FastifyReply, area: Area) {
  const q = query(req);
  const files = req.fx.tenant.files;
  const folder = files.resolve(area, q.folderid ?? q.path);
  if (!folder) throw new FxError(404, 2000423, "Kan inte hitta mappen.");
  const form = req.body as FormData | undefined;
  const part = form instanceof FormData ? form.get("file") : null;
  if (!(part instanceof Blob)) throw new FxError(400, 2001392, "Ingen fil i anropet (fältet file saknas).");
  const name = "name" in part && typeof part.name === "string" && part.name ? part.name : "fil";
  const f = files.addFile(folder.Id, name, { bytes: new Uint8Array(await part.arrayBuffer()) });
  return reply.code(201).send({ File: await fileRow(ctx, files, f, area) });
}

export function registerFileRoutes(app: FastifyInstance, ctx: SandboxContext) {
  for (const area of ["archive", "inbox"] as const) {
    const config = { config: { scope: area } };
    app.get(`/3/${area}`, config, async (req, reply) => {
      const q = query(req);
      const files = req.fx.tenant.files;
      if (q.fileid) {
        const f = [...files.files.values()].find((x) => x.ArchiveFileId === q.fileid);
        if (!f) throw new FxError(404, 2000423, "Kan inte hitta filen.");
        return sendFile(files, f, reply);
      }
      const folder = files.resolve(area, q.path);
      if (!folder) throw new FxError(404, 2000423, "Kan inte hitta mappen.");
      return folderJson(ctx, files, folder, area);
    });
    app.get(`/3/${area}/:id`, config, async (req, reply) => {
      const id = (req.params as { id: string }).id;
      const files = req.fx.tenant.files;
      const folder = files.folders.get(id);
      if (folder?.area === area) return folderJson(ctx, files, folder, area);
      const f = files.files.get(id);
      if (!f || files.folders.get(f.folderId)?.area !== area)
        throw new FxError(404, 2000423, "Kan inte hitta filen.");
      return sendFile(files, f, reply);
    });
    app.post(`/3/${area}`, config, async (req, reply) => upload(ctx, req, reply, area));
    // Deleting a file removes its file connections with it (what Fortnox does to them is UNCONFIRMED).
    app.delete(`/3/${area}/:id`, config, async (req, reply) => {
      const id = (req.params as { id: string }).id;
      const t = req.fx.tenant;
      const f = t.files.files.get(id);
      if (!f || t.files.folders.get(f.folderId)?.area !== area)
        throw new FxError(404, 2000423, "Kan inte hitta filen.");
      t.files.files.delete(id);
      t.voucherFileConnections.delete(id);
      t.supplierInvoiceFileConnections.delete(id);
      return reply.code(204).send();
    });
  }
}
