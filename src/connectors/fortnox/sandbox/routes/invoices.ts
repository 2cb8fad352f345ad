/** Sales invoices (list, single, create, bookkeep) and supplier invoices (list, single, create). */
import type { FastifyInstance } from "fastify";
import type { SandboxContext } from "../context.js";
import { FxError, pagedList, pick, query, type Raw, sinceOf, withUrl } from "../wire.js";
import { bookkeepInvoice, createInvoice } from "./invoiceWrites.js";
import { bookkeepSupplierInvoice, createSupplierInvoice } from "./supplierInvoiceWrites.js";

const INVOICE_LIST_FIELDS = [
  "Balance",
  "Booked",
  "Cancelled",
  "CostCenter",
  "Currency",
  "CurrencyRate",
  "CurrencyUnit",
  "CustomerName",
  "CustomerNumber",
  "DocumentNumber",
  "DueDate",
  "ExternalInvoiceReference1",
  "ExternalInvoiceReference2",
  "FinalPayDate",
  "InvoiceDate",
  "InvoiceType",
  "NoxFinans",
  "OCR",
  "Project",
  "Sent",
  "TermsOfPayment",
  "Total",
  "VoucherNumber",
  "VoucherSeries",
  "VoucherYear",
  "WayOfDelivery",
];

const SUPPLIER_INVOICE_LIST_FIELDS = [
  "Balance",
  "Booked",
  "CostCenter",
  "Credit",
  "Currency",
  "CurrencyRate",
  "CurrencyUnit",
  "DueDate",
  "ExternalInvoiceNumber",
  "ExternalInvoiceSeries",
  "FinalPayDate",
  "GivenNumber",
  "InvoiceDate",
  "InvoiceNumber",
  "Project",
  "SupplierName",
  "SupplierNumber",
  "Total",
  "Vouchers",
];

function invoiceFilter(filter: string | undefined, r: Raw): boolean {
  const unpaid = Number(r.Balance) !== 0 && r.Cancelled !== true;
  switch (filter) {
    case undefined:
      return true;
    case "cancelled":
      return r.Cancelled === true;
    case "fullypaid":
      return Number(r.Balance) === 0 && r.Cancelled !== true;
    case "unpaid":
      return unpaid;
    case "unpaidoverdue":
      return unpaid && String(r.DueDate) < new Date().toISOString().slice(0, 10);
    case "unbooked":
      return r.Booked !== true && r.Cancelled !== true;
    default:
      throw new FxError(400, 2000588, `Ogiltig parameter i anropet. (filter=${filter})`);
  }
}

const inv = { config: { scope: "invoice" } };
const sup = { config: { scope: "supplierinvoice" } };
const invUrl = (r: Raw) => `/3/invoices/${r.DocumentNumber}`;
const supUrl = (r: Raw) => `/3/supplierinvoices/${r.GivenNumber}`;

export function registerInvoiceRoutes(app: FastifyInstance, ctx: SandboxContext) {
  registerSalesInvoiceRoutes(app, ctx);
  registerSupplierInvoiceRoutes(app, ctx);
}

function registerSalesInvoiceRoutes(app: FastifyInstance, ctx: SandboxContext) {
  app.get("/3/invoices", inv, async (req) => {
    const q = query(req);
    const all = req.fx.tenant.invoices
      .list(sinceOf(q))
      .filter((r) => invoiceFilter(q.filter, r))
      .filter((r) => !q.yourordernumber || r.YourOrderNumber === q.yourordernumber)
      .filter(
        (r) =>
          (!q.customernumber || r.CustomerNumber === q.customernumber) &&
          (!q.fromdate || String(r.InvoiceDate) >= q.fromdate) &&
          (!q.todate || String(r.InvoiceDate) <= q.todate),
      );
    return pagedList(q, "Invoices", all, (r) =>
      withUrl(ctx.baseUrl, invUrl(r), pick(r, INVOICE_LIST_FIELDS)),
    );
  });
  app.get("/3/invoices/:n", inv, async (req) => {
    const r = req.fx.tenant.invoices.get((req.params as { n: string }).n);
    if (!r) throw new FxError(404, 2000423, "Kan inte hitta fakturan.");
    return { Invoice: withUrl(ctx.baseUrl, invUrl(r), r) };
  });
  app.post("/3/invoices", inv, async (req, reply) => {
    const r = createInvoice(req.fx.tenant, bodyOf(req.body, "Invoice"), ctx.now());
    return reply.code(201).send({ Invoice: withUrl(ctx.baseUrl, invUrl(r), r) });
  });
  app.put("/3/invoices/:n/bookkeep", inv, async (req) => {
    const r = bookkeepInvoice(req.fx.tenant, (req.params as { n: string }).n, ctx.now());
    return { Invoice: withUrl(ctx.baseUrl, invUrl(r), r) };
  });
}

function registerSupplierInvoiceRoutes(app: FastifyInstance, ctx: SandboxContext) {
  app.get("/3/supplierinvoices", sup, async (req) => {
    const q = query(req);
    const all = req.fx.tenant.supplierInvoices
      .list(sinceOf(q))
      .filter((r) => invoiceFilter(q.filter, r))
      .filter((r) => !q.suppliernumber || r.SupplierNumber === q.suppliernumber);
    // The list says `Cancel` where the single invoice says `Cancelled` (reference §5.4).
    return pagedList(q, "SupplierInvoices", all, (r) =>
      withUrl(ctx.baseUrl, supUrl(r), {
        ...pick(r, SUPPLIER_INVOICE_LIST_FIELDS),
        Cancel: r.Cancelled,
        AuthorizerName: "",
      }),
    );
  });
  app.get("/3/supplierinvoices/:n", sup, async (req) => {
    const r = req.fx.tenant.supplierInvoices.get((req.params as { n: string }).n);
    if (!r) throw new FxError(404, 2000423, "Kan inte hitta leverantörsfakturan.");
    return { SupplierInvoice: withUrl(ctx.baseUrl, supUrl(r), r) };
  });
  app.post("/3/supplierinvoices", sup, async (req, reply) => {
    const r = createSupplierInvoice(req.fx.tenant, bodyOf(req.body, "SupplierInvoice"), ctx.now());
    return reply.code(201).send({ SupplierInvoice: withUrl(ctx.baseUrl, supUrl(r), r) });
  });
  app.put("/3/supplierinvoices/:n/bookkeep", sup, async (req) => {
    const r = bookkeepSupplierInvoice(req.fx.tenant, (req.params as { n: string }).n, ctx.now());
    return { SupplierInvoice: withUrl(ctx.baseUrl, supUrl(r), r) };
  });
}

export function bodyOf(body: unknown, key: string): Raw {
  const inner = (body as Raw | undefined)?.[key];
  if (typeof inner !== "object" || inner === null)
    throw new FxError(400, 2001392, "Felaktig eller tom request body.");
  return inner as Raw;
}
