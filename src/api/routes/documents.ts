import type { AppContext } from "../../app/context.js";
import { openDocument } from "../../flows/ledger/documentFetch.js";
import { DocumentParams } from "../contract/index.js";
import { companyAccess } from "../tenancy.js";
import type { Api } from "../types.js";

/** Types the browser shows itself without running anything of the file's; everything else is downloaded. */
const INLINE = /^(application\/pdf|image\/(png|jpeg|gif)|text\/plain)\b/;

/** `filename*` per RFC 6266/5987, so å, ä, ö survive; a plain ASCII fallback for old clients. */
function disposition(name: string, contentType: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const how = INLINE.test(contentType) ? "inline" : "attachment";
  return `${how}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** The bytes of a document behind a voucher, fetched from its source at once when not here yet. */
export function documentRoutes(app: Api, ctx: AppContext): void {
  app.get(
    "/api/companies/:companyId/documents/:documentId/content",
    {
      schema: {
        tags: ["ledger"],
        params: DocumentParams,
        description:
          "The file's bytes with its content type (PDFs and images open in the browser). A file not fetched yet is fetched from the connected system first.",
      },
    },
    async (req, reply) => {
      await companyAccess(ctx, req, req.params.companyId);
      const doc = await openDocument(ctx, req.params.companyId, req.params.documentId);
      // The file is someone else's content on our origin: no sniffing, not kept by shared caches, and
      // anything but a PDF (whose viewer a sandbox would block) is sandboxed.
      if (doc.contentType !== "application/pdf")
        reply.header("content-security-policy", "sandbox; default-src 'none'; img-src 'self'");
      return reply
        .type(doc.contentType)
        .header("content-disposition", disposition(doc.name, doc.contentType))
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "private, max-age=3600")
        .send(Buffer.from(doc.content.buffer, doc.content.byteOffset, doc.content.byteLength));
    },
  );
}
