/** Invoice payments and supplier-invoice payments (scope payment). */
import type { FastifyInstance } from "fastify";
import type { SandboxContext } from "../context.js";
import type { TenantState } from "../state/tenant.js";
import { FxError, pagedList, pick, query, type Raw, sinceOf, withUrl } from "../wire.js";

const LIST_FIELDS = [
  "Amount",
  "Booked",
  "Currency",
  "CurrencyRate",
  "CurrencyUnit",
  "InvoiceNumber",
  "Number",
  "PaymentDate",
  "Source",
];

export function registerPaymentRoutes(app: FastifyInstance, ctx: SandboxContext) {
  const config = { config: { scope: "payment" } };
  for (const [path, listKey, singleKey] of [
    ["/3/invoicepayments", "InvoicePayments", "InvoicePayment"],
    ["/3/supplierinvoicepayments", "SupplierInvoicePayments", "SupplierInvoicePayment"],
  ] as const) {
    const reg = (t: TenantState) =>
      path === "/3/invoicepayments" ? t.invoicePayments : t.supplierInvoicePayments;
    const url = (r: Raw) => `${path}/${r.Number}`;
    app.get(path, config, async (req) => {
      const q = query(req);
      const all = reg(req.fx.tenant)
        .list(sinceOf(q))
        .filter((r) => !q.invoicenumber || String(r.InvoiceNumber) === q.invoicenumber);
      return pagedList(q, listKey, all, (r) =>
        withUrl(ctx.baseUrl, url(r), {
          ...pick(r, LIST_FIELDS),
          WriteOffExist: (r.WriteOffs as unknown[]).length > 0,
        }),
      );
    });
    app.get(`${path}/:n`, config, async (req) => {
      const r = reg(req.fx.tenant).get((req.params as { n: string }).n);
      if (!r) throw new FxError(404, 2000423, "Kan inte hitta betalningen.");
      return { [singleKey]: withUrl(ctx.baseUrl, url(r), r) };
    });
  }
}
