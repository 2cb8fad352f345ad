/**
 * The fileattachments API for sales-invoice attachments: a bare JSON array of camelCase objects that
 * refer to files by ArchiveFileId, not Id (reference §5.7). Errors use its WebException shape.
 */
import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply } from "fastify";
import { query, type Raw } from "../wire.js";

const PATH = "/api/fileattachments/attachments-v1";

function webException(reply: FastifyReply, status: number, message: string) {
  return reply
    .code(status)
    .send({ error: status === 404 ? "Not Found" : "Bad Request", id: randomUUID(), message });
}

export function registerAttachmentRoutes(app: FastifyInstance) {
  const config = { config: { scope: "invoice" } };
  app.get(PATH, config, async (req, reply) => {
    const q = query(req);
    if (q.entitytype !== "F")
      return webException(reply, 400, "The sandbox supports entitytype=F (invoices) only");
    const ids = new Set(
      String(q.entityid ?? "")
        .split(",")
        .filter(Boolean)
        .map(Number),
    );
    if (ids.size === 0) return webException(reply, 400, "entityid is required");
    return req.fx.tenant.attachments.filter((a) => a.entityType === "F" && ids.has(Number(a.entityId)));
  });
  app.post(PATH, config, async (req, reply) => {
    const t = req.fx.tenant;
    const body = req.body;
    if (!Array.isArray(body) || body.length === 0)
      return webException(reply, 400, "A list of attachments is required");
    const created: Raw[] = [];
    for (const a of body as Raw[]) {
      if (a.entityType !== "F")
        return webException(reply, 400, "The sandbox supports entityType F (invoices) only");
      if (!t.invoices.has(String(a.entityId)))
        return webException(reply, 404, `Invoice ${String(a.entityId)} not found`);
      const file = [...t.files.files.values()].find((f) => f.ArchiveFileId === a.fileId);
      if (!file)
        return webException(reply, 404, `File ${String(a.fileId)} not found (give its ArchiveFileId)`);
      created.push({
        id: randomUUID(),
        entityId: Number(a.entityId),
        entityType: "F",
        fileId: file.ArchiveFileId,
        includeOnSend: a.includeOnSend === true,
      });
    }
    t.attachments.push(...created);
    return reply.code(201).send(created);
  });
}
