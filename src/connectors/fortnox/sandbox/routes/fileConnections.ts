/** Voucher and supplier-invoice file connections (scope connectfile), keyed by the file's `Id`. */
import type { FastifyInstance } from "fastify";
import type { SandboxContext } from "../context.js";
import type { TenantState } from "../state/tenant.js";
import { findVoucher } from "../voucherQuery.js";
import { FxError, pagedList, query, type Raw, withUrl } from "../wire.js";
import { yearOf } from "../years.js";
import { bodyOf } from "./invoices.js";

/** Fortnox moves a connected inbox file out of the inbox (reference §5.7). */
function fileForConnection(t: TenantState, fileId: string) {
  const f = t.files.files.get(fileId);
  if (!f) throw new FxError(404, 2000423, "Kan inte hitta filen.");
  if (t.files.folders.get(f.folderId)?.area === "inbox") {
    const target =
      t.files.resolve("archive", "Kopplade filer") ??
      t.files.addFolder("archive", t.files.archiveRoot, "Kopplade filer");
    f.folderId = target.Id;
  }
  return f;
}

const config = { config: { scope: "connectfile" } };
const vUrl = (r: Raw) => `/3/voucherfileconnections/${r.FileId}`;
const sUrl = (r: Raw) => `/3/supplierinvoicefileconnections/${r.FileId}`;

export function registerFileConnectionRoutes(app: FastifyInstance, ctx: SandboxContext) {
  registerVoucherFileConnections(app, ctx);
  registerSupplierInvoiceFileConnections(app, ctx);
}

function registerVoucherFileConnections(app: FastifyInstance, ctx: SandboxContext) {
  app.get("/3/voucherfileconnections", config, async (req) => {
    const q = query(req);
    const all = req.fx.tenant.voucherFileConnections
      .list()
      .filter(
        (r) =>
          (!q.voucherseries || r.VoucherSeries === q.voucherseries) &&
          (!q.vouchernumber || r.VoucherNumber === q.vouchernumber),
      )
      .filter((r) => !q.voucheryear || String(r.VoucherYear) === q.voucheryear);
    return pagedList(q, "VoucherFileConnections", all, (r) => withUrl(ctx.baseUrl, vUrl(r), r));
  });
  app.get("/3/voucherfileconnections/:id", config, async (req) => {
    const r = req.fx.tenant.voucherFileConnections.get((req.params as { id: string }).id);
    if (!r) throw new FxError(404, 2000423, "Kan inte hitta filkopplingen.");
    return { VoucherFileConnection: withUrl(ctx.baseUrl, vUrl(r), r) };
  });
  app.post("/3/voucherfileconnections", config, async (req, reply) => {
    const t = req.fx.tenant;
    const b = bodyOf(req.body, "VoucherFileConnection");
    // The voucher's year comes from ?financialyeardate (Fortnox support via SW #175), else the current year.
    const y = yearOf(t, query(req), ctx.now());
    const series = String(b.VoucherSeries ?? "");
    const v = findVoucher(y, t.overlayOf(y.fyId), series, Number(b.VoucherNumber));
    if (!v) throw new FxError(404, 2000434, "Kan inte hitta verifikationen.");
    const f = fileForConnection(t, String(b.FileId ?? ""));
    const r = {
      FileId: f.Id,
      Name: f.Name,
      VoucherNumber: String(v.number),
      VoucherSeries: series,
      VoucherYear: y.fyId,
      VoucherDescription: v.description,
    };
    t.voucherFileConnections.put(f.Id, r, ctx.now());
    return reply.code(201).send({ VoucherFileConnection: withUrl(ctx.baseUrl, vUrl(r), r) });
  });
}

function registerSupplierInvoiceFileConnections(app: FastifyInstance, ctx: SandboxContext) {
  app.get("/3/supplierinvoicefileconnections", config, async (req) => {
    const q = query(req);
    const all = req.fx.tenant.supplierInvoiceFileConnections
      .list()
      .filter((r) => !q.supplierinvoicenumber || r.SupplierInvoiceNumber === q.supplierinvoicenumber);
    return pagedList(q, "SupplierInvoiceFileConnections", all, (r) => withUrl(ctx.baseUrl, sUrl(r), r));
  });
  app.get("/3/supplierinvoicefileconnections/:id", config, async (req) => {
    const r = req.fx.tenant.supplierInvoiceFileConnections.get((req.params as { id: string }).id);
    if (!r) throw new FxError(404, 2000423, "Kan inte hitta filkopplingen.");
    return { SupplierInvoiceFileConnection: withUrl(ctx.baseUrl, sUrl(r), r) };
  });
  app.post("/3/supplierinvoicefileconnections", config, async (req, reply) => {
    const t = req.fx.tenant;
    const b = bodyOf(req.body, "SupplierInvoiceFileConnection");
    const si = t.supplierInvoices.get(String(b.SupplierInvoiceNumber ?? ""));
    if (!si) throw new FxError(404, 2000423, "Kan inte hitta leverantörsfakturan.");
    const f = fileForConnection(t, String(b.FileId ?? ""));
    const r = {
      FileId: f.Id,
      Name: f.Name,
      SupplierInvoiceNumber: si.GivenNumber,
      SupplierName: si.SupplierName,
    };
    t.supplierInvoiceFileConnections.put(f.Id, r, ctx.now());
    return reply.code(201).send({ SupplierInvoiceFileConnection: withUrl(ctx.baseUrl, sUrl(r), r) });
  });
}
