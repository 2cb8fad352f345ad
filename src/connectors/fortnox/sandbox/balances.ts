/**
 * Year balances for the SIE export: one pass over the year's vouchers, cached per year and overlay size.
 * Opening balances of the first year are seeded; later years open with the previous closing balances,
 * the previous result carried to 2099 (so every year opens balanced).
 */
import { isBalanceAccount } from "./seed/chart.js";
import type { TenantState } from "./state/tenant.js";
import { allVouchers } from "./voucherQuery.js";

export interface YearBalances {
  readonly opening: Map<number, bigint>;
  readonly closing: Map<number, bigint>;
  /** Result accounts' movement for the year. */
  readonly result: Map<number, bigint>;
  /** `YYYYMM` → account → movement. */
  readonly periods: Map<string, Map<number, bigint>>;
}

const SEEDED_OPENING: ReadonlyArray<[number, bigint]> = [
  [1930, 25_000_000n],
  [1220, 8_000_000n],
  [2081, -5_000_000n],
  [2091, -28_000_000n],
];

const add = (m: Map<number, bigint>, k: number, v: bigint) => m.set(k, (m.get(k) ?? 0n) + v);

/** The key changes whenever a voucher is added to this year or an earlier one (their balances carry over). */
function cacheKey(t: TenantState, fyId: number): string {
  const from = t.year(fyId)!.from;
  const sizes = t.years.filter((y) => y.from <= from).map((y) => t.overlayOf(y.fyId).length);
  return `${t.company.tenantId}/${fyId}/${sizes.join(",")}`;
}

/**
 * Balances of a year. Async and yielding every 20 000 vouchers, so a million-voucher pass does not stall
 * the sandbox's other requests; concurrent callers share one computation.
 */
export function yearBalances(
  t: TenantState,
  fyId: number,
  cache: Map<string, Promise<YearBalances>>,
): Promise<YearBalances> {
  if (!t.year(fyId)) throw new Error(`no financial year ${fyId}`);
  const key = cacheKey(t, fyId);
  const hit = cache.get(key);
  if (hit) return hit;
  const computed = computeBalances(t, fyId, cache);
  cache.set(key, computed);
  return computed;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function computeBalances(
  t: TenantState,
  fyId: number,
  cache: Map<string, Promise<YearBalances>>,
): Promise<YearBalances> {
  const opening: Map<number, bigint> = await openingOf(t, fyId, cache);
  const closing = new Map(opening);
  const result = new Map<number, bigint>();
  const periods = new Map<string, Map<number, bigint>>();
  let n = 0;
  for (const v of allVouchers(t.year(fyId)!, t.overlayOf(fyId))) {
    if (++n % 20_000 === 0) await yieldToEventLoop();
    const period = v.date.slice(0, 4) + v.date.slice(5, 7);
    let p = periods.get(period);
    if (!p) {
      p = new Map();
      periods.set(period, p);
    }
    for (const r of v.rows) {
      if (r.removed) continue;
      const amount = r.debit - r.credit;
      add(isBalanceAccount(r.account) ? closing : result, r.account, amount);
      add(p, r.account, amount);
    }
  }
  return { opening, closing, result, periods };
}

async function openingOf(
  t: TenantState,
  fyId: number,
  cache: Map<string, Promise<YearBalances>>,
): Promise<Map<number, bigint>> {
  const previous = t.years.filter((y) => y.fyId !== fyId && y.to < t.year(fyId)!.from).at(-1);
  if (!previous) return new Map(SEEDED_OPENING);
  const prev: YearBalances = await yearBalances(t, previous.fyId, cache);
  const opening = new Map<number, bigint>(prev.closing);
  let res = 0n;
  for (const v of prev.result.values()) res += v;
  add(opening, 2099, res);
  return opening;
}
