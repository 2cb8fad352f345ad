/**
 * Vouchers generated on demand: voucher i of (seed, company, fiscal year) is a pure function, so a year
 * of a million vouchers costs no memory. Index i maps to series SERIES[i % 5], number floor(i / 5) + 1;
 * dates grow with i. B#k is customer invoice k, C#k its payment, D#k supplier invoice k, E#k its payment.
 */

import { parseStockholm } from "../../stockholmTime.js";
import { type PurchaseModel, purchaseFor, type SalesModel, salesFor } from "./documents.js";
import { rng } from "./prng.js";
import { COST_CENTERS } from "./registers.js";

export const GEN_SERIES = ["A", "B", "C", "D", "E"] as const;

export interface GenRow {
  readonly account: number;
  /** Öre; one of debit/credit is 0. */
  readonly debit: bigint;
  readonly credit: bigint;
  readonly costCenter: string;
  readonly project: string;
  readonly removed: boolean;
}

export interface GenVoucher {
  readonly series: string;
  readonly number: number;
  readonly date: string;
  readonly description: string;
  readonly referenceType: string;
  readonly referenceNumber: string;
  readonly rows: readonly GenRow[];
  readonly modifiedAt: number;
}

export interface YearSpec {
  readonly seed: number;
  readonly company: number;
  readonly fyId: number;
  readonly from: string;
  readonly to: string;
  readonly count: number;
}

const DAY = 86_400_000;
const DAY_NO = new Map<string, number>();
const dayNo = (d: string) => {
  let n = DAY_NO.get(d);
  if (n === undefined) {
    n = Date.parse(`${d}T00:00:00Z`) / DAY;
    if (DAY_NO.size < 20_000) DAY_NO.set(d, n);
  }
  return n;
};
const ISO = new Map<number, string>();
/** Memoised: formatting dates dominated generation time; bounded by the days in the seeded years. */
const isoOf = (n: number) => {
  let s = ISO.get(n);
  if (s === undefined) {
    s = new Date(n * DAY).toISOString().slice(0, 10);
    if (ISO.size < 20_000) ISO.set(n, s);
  }
  return s;
};

export function yearDays(y: YearSpec): number {
  return dayNo(y.to) - dayNo(y.from) + 1;
}

export function seriesCount(y: YearSpec, series: string): number {
  const s = GEN_SERIES.indexOf(series as (typeof GEN_SERIES)[number]);
  return s < 0 || y.count <= s ? 0 : Math.ceil((y.count - s) / 5);
}

export function indexOf(series: string, number: number): number {
  return (number - 1) * 5 + GEN_SERIES.indexOf(series as (typeof GEN_SERIES)[number]);
}

export function dateOf(y: YearSpec, i: number): string {
  return isoOf(dayNo(y.from) + Math.floor((i * yearDays(y)) / y.count));
}

/** The first index whose date is on or after `date` (count when none). */
export function firstIndexFrom(y: YearSpec, date: string): number {
  const d = Math.max(0, dayNo(date) - dayNo(y.from));
  return Math.min(y.count, Math.ceil((d * y.count) / yearDays(y)));
}

/** Generated vouchers were "modified" at 18:00 Stockholm time on their transaction date. */
export function modifiedAtOf(date: string): number {
  let t = MODIFIED_AT.get(date);
  if (t === undefined) {
    t = parseStockholm(`${date} 18:00:00`)!;
    // A pure memo (Intl time-zone math is slow); bounded by the number of distinct dates.
    if (MODIFIED_AT.size < 20_000) MODIFIED_AT.set(date, t);
  }
  return t;
}

const MODIFIED_AT = new Map<string, number>();

const row = (account: number, amount: bigint, cc = "", project = "", removed = false): GenRow => ({
  account,
  debit: amount > 0n ? amount : 0n,
  credit: amount < 0n ? -amount : 0n,
  costCenter: cc,
  project,
  removed,
});

const vat25 = (net: bigint) => (net * 25n + 50n) / 100n;

export function voucherAt(y: YearSpec, i: number): GenVoucher {
  const series = GEN_SERIES[i % 5]!;
  const number = Math.floor(i / 5) + 1;
  const date = dateOf(y, i);
  const r = rng(y.seed, y.company, y.fyId, i);
  const cc = r.pick(COST_CENTERS)[0];
  const project = r.next() < 0.5 ? String(1001 + r.int(0, 7)) : "";
  const base = { series, number, date, modifiedAt: modifiedAtOf(date), referenceNumber: String(number) };
  if (series === "B") return { ...base, ...salesVoucher(salesFor(y, number), cc, project) };
  if (series === "C") return { ...base, ...paymentIn(y, number, r) };
  if (series === "D") return { ...base, ...purchaseVoucher(purchaseFor(y, number), cc, project) };
  if (series === "E") return { ...base, ...paymentOut(y, number, r) };
  return { ...base, ...manualVoucher(r, cc, project, number) };
}

type Body = Pick<GenVoucher, "description" | "referenceType" | "rows">;

function salesVoucher(s: SalesModel, cc: string, project: string): Body {
  if (!s.documentNumber) {
    const rows = [row(1930, s.net + s.vat), row(3001, -s.net, cc, project), row(2611, -s.vat)];
    return { description: "Kontantförsäljning", referenceType: "CASHINVOICE", rows };
  }
  const rows = [row(1510, s.net + s.vat), row(3001, -s.net, cc, project), row(2611, -s.vat)];
  return { description: `Kundfaktura ${s.documentNumber}`, referenceType: "INVOICE", rows };
}

function paymentIn(y: YearSpec, k: number, r: ReturnType<typeof rng>): Body {
  const s = salesFor(y, k);
  if (!s.documentNumber || !s.paid) {
    const interest = BigInt(r.int(100, 50000));
    return {
      description: "Ränteintäkt bank",
      referenceType: "MANUAL",
      rows: [row(1930, interest), row(8310, -interest)],
    };
  }
  const total = s.net + s.vat;
  const rows = [row(1930, total), row(1510, -total)];
  return { description: `Inbetalning faktura ${s.documentNumber}`, referenceType: "INVOICEPAYMENT", rows };
}

function purchaseVoucher(p: PurchaseModel, cc: string, project: string): Body {
  const credit = p.givenNumber ? 2440 : 1930;
  const rows = [row(p.account, p.net, cc, project), row(2641, p.vat), row(credit, -(p.net + p.vat))];
  if (!p.givenNumber) return { description: "Kortköp", referenceType: "MANUAL", rows };
  return { description: `Leverantörsfaktura ${p.givenNumber}`, referenceType: "SUPPLIERINVOICE", rows };
}

function paymentOut(y: YearSpec, k: number, r: ReturnType<typeof rng>): Body {
  const p = purchaseFor(y, k);
  if (!p.givenNumber || !p.paid) {
    const fee = BigInt(r.int(500, 20000));
    return { description: "Bankavgift", referenceType: "MANUAL", rows: [row(6570, fee), row(1930, -fee)] };
  }
  const total = p.net + p.vat;
  const rows = [row(2440, total), row(1930, -total)];
  return {
    description: `Betalning leverantörsfaktura ${p.givenNumber}`,
    referenceType: "SUPPLIERPAYMENT",
    rows,
  };
}

const EXPENSES = [
  [5410, "Förbrukningsinventarier"],
  [5460, "Förbrukningsmaterial"],
  [5611, "Drivmedel"],
  [5800, "Tågresa Göteborg–Stockholm"],
  [6110, "Kontorsmaterial"],
  [6212, "Mobiltelefoni"],
  [6540, "Programvara månadsavgift"],
] as const;

function manualVoucher(r: ReturnType<typeof rng>, cc: string, project: string, k: number): Body {
  if (r.next() < 0.15) {
    const gross = BigInt(r.int(25000, 60000)) * 100n;
    const fee = (gross * 3142n + 5000n) / 10000n;
    const tax = (gross * 30n) / 100n;
    const rows = [
      row(7010, gross, cc),
      row(7510, fee, cc),
      row(2710, -tax),
      row(2731, -fee),
      row(1930, -(gross - tax)),
    ];
    return { description: "Löner", referenceType: "MANUAL", rows };
  }
  const [account, description] = r.pick(EXPENSES);
  const net = BigInt(r.int(5000, 800000));
  const vat = vat25(net);
  const rows = [row(account, net, cc, project), row(2641, vat), row(1930, -(net + vat))];
  // Every 37th manual voucher was corrected: its first cost row struck out (Removed, SIE #BTRANS).
  if (k % 37 === 0) rows.unshift(row(account, net + 10000n, cc, project, true));
  return { description, referenceType: "MANUAL", rows };
}
