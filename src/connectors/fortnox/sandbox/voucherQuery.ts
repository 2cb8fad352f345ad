/**
 * Voucher lists without materialising the year: the generated part is an index range per series
 * (seed/vouchers.ts), the overlay is a short list. Sorted by series, then number (reference §3.1).
 */

import { formatStockholm } from "../stockholmTime.js";
import {
  firstIndexFrom,
  GEN_SERIES,
  type GenVoucher,
  indexOf,
  modifiedAtOf,
  seriesCount,
  voucherAt,
  type YearSpec,
} from "./seed/vouchers.js";

export interface VoucherFilter {
  readonly series?: string;
  readonly fromDate?: string;
  readonly toDate?: string;
  /** Epoch ms: only vouchers modified at or after it. */
  readonly since?: number;
  /**
   * Epoch ms the generated vouchers were created at: one dated later in the year counts as modified then,
   * not on its (future) date, so an unchanged open year reads as unchanged.
   */
  readonly generatedAt?: number;
}

type Segment = { series: string; from: number; to: number } | { series: string; items: GenVoucher[] };

const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The first date whose generated vouchers (modified 18:00 Stockholm) count as modified since `since`. */
function firstDateSince(since: number): string {
  const day = formatStockholm(since).slice(0, 10);
  return modifiedAtOf(day) >= since ? day : nextDay(day);
}

function indexRange(y: YearSpec, f: VoucherFilter): [number, number] {
  let lo = 0;
  let hi = y.count;
  if (f.fromDate) lo = Math.max(lo, firstIndexFrom(y, f.fromDate));
  if (f.since !== undefined && f.generatedAt !== undefined && f.since > f.generatedAt) return [0, 0];
  if (f.since !== undefined) lo = Math.max(lo, firstIndexFrom(y, firstDateSince(f.since)));
  if (f.toDate) hi = Math.min(hi, firstIndexFrom(y, nextDay(f.toDate)));
  return [lo, hi];
}

function matches(v: GenVoucher, f: VoucherFilter): boolean {
  if (f.fromDate && v.date < f.fromDate) return false;
  if (f.toDate && v.date > f.toDate) return false;
  return f.since === undefined || v.modifiedAt >= f.since;
}

function segments(y: YearSpec, overlay: readonly GenVoucher[], f: VoucherFilter): Segment[] {
  const [lo, hi] = indexRange(y, f);
  const names = new Set<string>([...GEN_SERIES, ...overlay.map((v) => v.series)]);
  const out: Segment[] = [];
  for (const series of [...names].sort()) {
    if (f.series && f.series !== series) continue;
    const s = GEN_SERIES.indexOf(series as (typeof GEN_SERIES)[number]);
    if (s >= 0 && hi > lo) {
      const from = Math.max(1, Math.ceil((lo - s) / 5) + 1);
      const to = Math.min(seriesCount(y, series), Math.floor((hi - 1 - s) / 5) + 1);
      if (to >= from) out.push({ series, from, to });
    }
    const items = overlay.filter((v) => v.series === series && matches(v, f));
    if (items.length > 0) out.push({ series, items });
  }
  return out;
}

export function countVouchers(y: YearSpec, overlay: readonly GenVoucher[], f: VoucherFilter): number {
  return segments(y, overlay, f).reduce((n, s) => n + ("items" in s ? s.items.length : s.to - s.from + 1), 0);
}

/** Vouchers at positions [offset, offset + limit) of the sorted, filtered list. */
export function sliceVouchers(
  y: YearSpec,
  overlay: readonly GenVoucher[],
  f: VoucherFilter,
  offset: number,
  limit: number,
) {
  const out: GenVoucher[] = [];
  let skip = offset;
  for (const seg of segments(y, overlay, f)) {
    const size = "items" in seg ? seg.items.length : seg.to - seg.from + 1;
    if (skip >= size) {
      skip -= size;
      continue;
    }
    for (let k = skip; k < size && out.length < limit; k++) {
      out.push("items" in seg ? seg.items[k]! : voucherAt(y, indexOf(seg.series, seg.from + k)));
    }
    skip = 0;
    if (out.length >= limit) break;
  }
  return out;
}

export function findVoucher(y: YearSpec, overlay: readonly GenVoucher[], series: string, n: number) {
  if (n >= 1 && n <= seriesCount(y, series)) return voucherAt(y, indexOf(series, n));
  return overlay.find((v) => v.series === series && v.number === n);
}

export function nextVoucherNumber(y: YearSpec, overlay: readonly GenVoucher[], series: string): number {
  return seriesCount(y, series) + overlay.filter((v) => v.series === series).length + 1;
}

/** Every voucher of the year matching the filter, in order, generated lazily (SIE export, balances). */
export function* allVouchers(
  y: YearSpec,
  overlay: readonly GenVoucher[],
  f: VoucherFilter = {},
): Generator<GenVoucher> {
  for (const seg of segments(y, overlay, f)) {
    if ("items" in seg) yield* seg.items;
    else for (let n = seg.from; n <= seg.to; n++) yield voucherAt(y, indexOf(seg.series, n));
  }
}
