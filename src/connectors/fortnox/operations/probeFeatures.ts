/**
 * Preflight: one cheap request per feature the hub uses (a list with limit=1), to learn before the first
 * sync which scopes were not granted and which Fortnox modules the company has no licence for
 * (reference §1.5 and §4: 2000663 missing scope, 2001101 missing licence). Each answer is kept, never
 * thrown, so the user sees every missing piece at once.
 */
import { isAppException } from "../../../core/index.js";
import type { FortnoxClient } from "../client.js";

export const PROBES = [
  { feature: "bookkeeping", scope: "bookkeeping", path: "/3/financialyears" },
  { feature: "suppliers", scope: "supplier", path: "/3/suppliers" },
  { feature: "supplier_invoices", scope: "supplierinvoice", path: "/3/supplierinvoices" },
  { feature: "customers", scope: "customer", path: "/3/customers" },
  { feature: "invoices", scope: "invoice", path: "/3/invoices" },
  { feature: "projects", scope: "project", path: "/3/projects" },
  { feature: "cost_centers", scope: "costcenter", path: "/3/costcenters" },
  { feature: "archive", scope: "archive", path: "/3/archive" },
] as const;

export interface FeatureProbe {
  readonly feature: (typeof PROBES)[number]["feature"];
  readonly scope: string;
  readonly ok: boolean;
  /** Our catalogue code when not ok: fortnox_permission_denied (scope) or fortnox_licence_missing. */
  readonly code?: string;
  readonly message?: string;
}

export async function probeFeatures(client: FortnoxClient): Promise<FeatureProbe[]> {
  const out: FeatureProbe[] = [];
  for (const p of PROBES) {
    try {
      await client.json({
        path: p.path,
        entity: p.feature,
        query: p.path === "/3/archive" ? {} : { limit: 1 },
      });
      out.push({ feature: p.feature, scope: p.scope, ok: true });
    } catch (e) {
      if (!isAppException(e) || e.error.category !== "forbidden") throw e;
      out.push({
        feature: p.feature,
        scope: p.scope,
        ok: false,
        code: e.error.code,
        message: e.error.message,
      });
    }
  }
  return out;
}
