/**
 * The business documents behind the generated vouchers: customer invoice k of a year is voucher B#k and
 * is paid by C#k; supplier invoice k is D#k and paid by E#k. Only the first INVOICES_PER_YEAR of each
 * year are invoices (the rest are cash sales and card purchases), so the registers stay small at any
 * voucher volume. Every fifth invoice is still unpaid.
 */
import { rng } from "./prng.js";
import { ARTICLES } from "./registers.js";
import type { YearSpec } from "./vouchers.js";

export const INVOICES_PER_YEAR = 40;

export interface SalesModel {
  /** Set for invoices; cash sales have none. */
  readonly documentNumber?: string;
  readonly customerNumber: string;
  readonly articleNumber: string;
  readonly unit: string;
  readonly hours: number;
  /** Öre. */
  readonly price: bigint;
  readonly material: bigint;
  readonly net: bigint;
  readonly vat: bigint;
  readonly paid: boolean;
}

export interface PurchaseModel {
  readonly givenNumber?: string;
  readonly supplierNumber: string;
  readonly invoiceNumber: string;
  readonly account: number;
  readonly net: bigint;
  readonly vat: bigint;
  readonly paid: boolean;
}

const vat25 = (net: bigint) => (net * 25n + 50n) / 100n;

export function invoicesInYear(y: YearSpec): number {
  const bCount = y.count <= 1 ? 0 : Math.ceil((y.count - 1) / 5);
  return Math.min(INVOICES_PER_YEAR, bCount);
}

function docNumber(y: YearSpec, k: number): string | undefined {
  const m = invoicesInYear(y);
  return k <= m ? String((y.fyId - 1) * INVOICES_PER_YEAR + k) : undefined;
}

export function salesFor(y: YearSpec, k: number): SalesModel {
  const r = rng(y.seed, y.company, y.fyId, "sales", k);
  const [, unit, price] = ARTICLES[r.int(0, 2)]!;
  const articleIndex = ARTICLES.findIndex((a) => a[2] === price);
  const hours = r.int(1, 40);
  const material = r.next() < 0.6 ? BigInt(r.int(0, 2_000_000)) : 0n;
  const net = BigInt(hours) * BigInt(price) + material;
  const documentNumber = docNumber(y, k);
  return {
    ...(documentNumber ? { documentNumber } : {}),
    customerNumber: String(1 + r.int(0, 23)),
    articleNumber: String(101 + articleIndex),
    unit,
    hours,
    price: BigInt(price),
    material,
    net,
    vat: vat25(net),
    paid: k % 5 !== 0,
  };
}

const PURCHASE_ACCOUNTS = [4010, 5010, 5460, 6212, 6540, 5611] as const;

export function purchaseFor(y: YearSpec, k: number): PurchaseModel {
  const r = rng(y.seed, y.company, y.fyId, "purchase", k);
  const net = BigInt(r.int(20_000, 4_000_000));
  const givenNumber = docNumber(y, k);
  return {
    ...(givenNumber ? { givenNumber } : {}),
    supplierNumber: String(1 + r.int(0, 11)),
    invoiceNumber: `${r.int(10000, 99999)}`,
    account: r.pick(PURCHASE_ACCOUNTS),
    net,
    vat: vat25(net),
    paid: k % 5 !== 0,
  };
}
