/**
 * The SIE export (`GET /3/sie/{Type}`): CP437 bytes with #FORMAT PC8 and CRLF, as Fortnox writes it
 * (reference §5.5), written by src/sie's streaming writer so a year of a million vouchers never sits in
 * memory: the vouchers are generated one at a time while the writer pulls them.
 */
import type { Account, AccountType, LocalDate, ObjectRef } from "../../../core/index.js";
import { encodeSieSync, type SieExport, type SieVoucherInput } from "../../../sie/index.js";
import type { YearBalances } from "./balances.js";
import { accountType, BAS_CHART } from "./seed/chart.js";
import { COST_CENTERS } from "./seed/registers.js";
import type { GenRow, GenVoucher } from "./seed/vouchers.js";
import type { TenantState } from "./state/tenant.js";
import { allVouchers } from "./voucherQuery.js";

const TYPES: Record<string, AccountType> = { T: "asset", S: "liability", I: "income", K: "expense" };

function accounts(): Account[] {
  return BAS_CHART.map((a) => ({
    number: String(a.number),
    name: a.description,
    type: TYPES[accountType(a.number)]!,
    sru: String(a.sru),
  }));
}

const objectsOf = (r: GenRow): ObjectRef[] => [
  ...(r.costCenter ? [{ dimension: 1, code: r.costCenter }] : []),
  ...(r.project ? [{ dimension: 6, code: r.project }] : []),
];

function* sieVouchers(vouchers: Iterable<GenVoucher>): Generator<SieVoucherInput> {
  for (const v of vouchers) {
    const row = (r: GenRow) => ({
      account: String(r.account),
      amount: r.debit - r.credit,
      objects: objectsOf(r),
    });
    const removed = v.rows.filter((r) => r.removed).map(row);
    yield {
      series: v.series,
      number: String(v.number),
      date: v.date as LocalDate,
      text: v.description,
      registrationDate: v.date as LocalDate,
      rows: v.rows.filter((r) => !r.removed).map(row),
      ...(removed.length > 0 ? { removedRows: removed } : {}),
    };
  }
}

const balances = (m: Map<number, bigint>) =>
  [...m.entries()]
    .sort(([a], [b]) => a - b)
    .map(([account, amount]) => ({ yearIndex: 0, account: String(account), amount }));

function periodBalances(b: YearBalances) {
  return [...b.periods.keys()]
    .sort()
    .flatMap((period) => balances(b.periods.get(period)!).map((x) => ({ ...x, period })));
}

export interface SieRequest {
  readonly fyId: number;
  readonly type: number;
  readonly today: string;
  /** Undocumented but used by clients against the live API: restrict the #VERs (reference §5.5). */
  readonly fromDate?: string;
  readonly toDate?: string;
}

export function sieDocument(t: TenantState, r: SieRequest, b: YearBalances): SieExport {
  const { fyId, type, today } = r;
  const range = {
    ...(r.fromDate ? { fromDate: r.fromDate } : {}),
    ...(r.toDate ? { toDate: r.toDate } : {}),
  };
  const y = t.year(fyId)!;
  const c = t.company;
  return {
    program: { name: "Fortnox", version: "sandbox" },
    generated: { date: today as LocalDate },
    company: {
      name: c.name,
      orgNumber: c.orgNumber,
      address: { contact: "", street: c.address, postal: `${c.zip} ${c.city}`, phone: "" },
    },
    chartType: "BAS2014",
    fiscalYears: [{ index: 0, start: y.from as LocalDate, end: y.to as LocalDate }],
    accounts: accounts(),
    ...(type >= 3
      ? {
          dimensions: [
            { number: 1, name: "Kostnadsställe" },
            { number: 6, name: "Projekt" },
          ],
          objects: [
            ...COST_CENTERS.map(([code, name]) => ({ dimension: 1, code, name })),
            ...t.projects
              .list()
              .map((p) => ({ dimension: 6, code: String(p.ProjectNumber), name: String(p.Description) })),
          ],
        }
      : {}),
    openingBalances: balances(b.opening),
    closingBalances: balances(b.closing),
    results: balances(b.result),
    ...(type >= 2 ? { periodBalances: periodBalances(b) } : {}),
    ...(type >= 4 ? { vouchers: sieVouchers(allVouchers(y, t.overlayOf(fyId), range)) } : {}),
  };
}

/** CP437-encoded chunks of the export, ~64 KB each. */
export function sieChunks(t: TenantState, r: SieRequest, b: YearBalances) {
  return encodeSieSync(sieDocument(t, r, b), { encoding: "cp437", sieType: r.type as 1 | 2 | 3 | 4 });
}
