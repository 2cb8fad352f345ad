/** Accounts, voucher series and vouchers; all scoped to a financial year by its Id. */
import type { FastifyInstance } from "fastify";
import { yearBalances } from "../balances.js";
import type { SandboxContext } from "../context.js";
import { BAS_CHART, CHART_BY_NUMBER } from "../seed/chart.js";
import type { GenVoucher, YearSpec } from "../seed/vouchers.js";
import { money2 } from "../state/register.js";
import { countVouchers, findVoucher, sliceVouchers } from "../voucherQuery.js";
import {
  FxError,
  invalidParameter,
  meta,
  pagedList,
  pagingOf,
  query,
  type Raw,
  sinceOf,
  start,
  withUrl,
} from "../wire.js";
import { yearOf } from "../years.js";

export const SERIES_NAMES: Record<string, string> = {
  A: "Redovisning",
  B: "Kundfakturor",
  C: "Kundinbetalningar",
  D: "Leverantörsfakturor",
  E: "Leverantörsbetalningar",
};

export function voucherListItem(base: string, y: YearSpec, v: GenVoucher): Raw {
  return withUrl(base, `/3/vouchers/${v.series}/${v.number}?financialyear=${y.fyId}`, {
    ApprovalState: 0,
    Comments: "",
    Description: v.description,
    ReferenceNumber: v.referenceNumber,
    ReferenceType: v.referenceType,
    TransactionDate: v.date,
    VoucherNumber: v.number,
    VoucherSeries: v.series,
    Year: y.fyId,
  });
}

export function voucherSingle(base: string, y: YearSpec, v: GenVoucher): Raw {
  const rows = v.rows.map((r) => ({
    Account: r.account,
    CostCenter: r.costCenter,
    Credit: money2(r.credit),
    Debit: money2(r.debit),
    Description: CHART_BY_NUMBER.get(r.account)?.description ?? "",
    Project: r.project,
    Quantity: 0,
    Removed: r.removed,
    TransactionInformation: "",
  }));
  return { ...voucherListItem(base, y, v), CostCenter: "", Project: "", VoucherRows: rows };
}

export function registerBookkeepingRoutes(app: FastifyInstance, ctx: SandboxContext) {
  registerChartRoutes(app, ctx);
  registerVoucherRoutes(app, ctx);
}

const scope = { config: { scope: "bookkeeping" } };

function registerChartRoutes(app: FastifyInstance, ctx: SandboxContext) {
  app.get("/3/accounts", scope, async (req) => {
    const q = query(req);
    const t = req.fx.tenant;
    const y = yearOf(t, q, ctx.now());
    const opening = (await yearBalances(t, y.fyId, ctx.balanceCache)).opening;
    const all = BAS_CHART.filter((a) => !q.sru || String(a.sru) === q.sru).map((a) =>
      withUrl(ctx.baseUrl, `/3/accounts/${a.number}?financialyear=${y.fyId}`, {
        Active: true,
        BalanceBroughtForward: money2(opening.get(a.number) ?? 0n),
        CostCenter: "",
        CostCenterSettings: "ALLOWED",
        Description: a.description,
        Number: a.number,
        Project: "",
        ProjectSettings: "ALLOWED",
        SRU: a.sru,
        // null, not a string, for accounts without VAT code, as live answers show (reference §3.1).
        VATCode: a.vatCode,
        Year: y.fyId,
      }),
    );
    return pagedList(q, "Accounts", all, (r) => r);
  });

  app.get("/3/voucherseries", scope, async (req) => {
    const q = query(req);
    const y = yearOf(req.fx.tenant, q, ctx.now());
    const all = Object.entries(SERIES_NAMES).map(([Code, Description]) =>
      withUrl(ctx.baseUrl, `/3/voucherseries/${Code}?financialyear=${y.fyId}`, {
        Code,
        Description,
        Manual: Code === "A",
        Year: y.fyId,
      }),
    );
    return { ...pagedList(q, "VoucherSeriesCollection", all, (r) => r) };
  });
}

function registerVoucherRoutes(app: FastifyInstance, ctx: SandboxContext) {
  app.get("/3/vouchers", scope, async (req) => {
    const q = query(req);
    const t = req.fx.tenant;
    const y = yearOf(t, q, ctx.now());
    const since = sinceOf(q);
    const filter = {
      ...(q.voucherseries ? { series: q.voucherseries.toUpperCase() } : {}),
      ...(q.fromdate ? { fromDate: q.fromdate } : {}),
      ...(q.todate ? { toDate: q.todate } : {}),
      ...(since === undefined ? {} : { since, generatedAt: t.generatedAt }),
    };
    const p = pagingOf(q);
    const overlay = t.overlayOf(y.fyId);
    const total = countVouchers(y, overlay, filter);
    // sortorder=descending reverses the default order (series, then number); other sortby values are
    // not emulated for vouchers.
    const descending = q.sortorder === "descending";
    const from = descending ? Math.max(0, total - start(p) - p.limit) : start(p);
    const count = descending ? Math.max(0, Math.min(p.limit, total - start(p))) : p.limit;
    const slice = sliceVouchers(y, overlay, filter, from, count);
    const items = descending ? slice.reverse() : slice;
    // List items carry no rows (reference §5.2): that is what makes SIE the way to read a ledger.
    return {
      MetaInformation: meta(total, p),
      Vouchers: items.map((v) => voucherListItem(ctx.baseUrl, y, v)),
    };
  });

  app.get("/3/vouchers/:series/:number", scope, async (req) => {
    const { series, number } = req.params as { series: string; number: string };
    if (!/^\d+$/.test(number)) throw invalidParameter("VoucherNumber");
    const t = req.fx.tenant;
    const y = yearOf(t, query(req), ctx.now());
    const v = findVoucher(y, t.overlayOf(y.fyId), series.toUpperCase(), Number(number));
    if (!v) throw new FxError(404, 2000434, "Kan inte hitta verifikationen.");
    return { Voucher: voucherSingle(ctx.baseUrl, y, v) };
  });
}
