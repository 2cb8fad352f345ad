/** Small helpers shared by the sandbox's write handlers. */
import type { GenRow } from "../seed/vouchers.js";
import type { Raw } from "../state/register.js";
import { FxError } from "../wire.js";

export const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));
export const today = (now: number) => new Date(now).toISOString().slice(0, 10);
export const addDays = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** 25 % VAT rounded to whole öre, half up. */
export const vat25 = (net: bigint) => (net * 25n + 50n) / 100n;

export function dateField(body: Raw, field: string, fallback: string): string {
  const v = str(body[field]) || fallback;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new FxError(400, 2000359, `Ogiltigt datum i fältet ${field}.`);
  return v;
}

export function rowsOf(body: Raw, field: string): Raw[] {
  const rows = body[field];
  if (!Array.isArray(rows) || rows.length === 0) {
    throw new FxError(400, 2000359, `${field} måste innehålla minst en rad.`);
  }
  return rows as Raw[];
}

/** The fields a caller may set freely on an invoice, copied as text. */
export function references(body: Raw, fields: readonly string[]): Raw {
  return Object.fromEntries(fields.map((f) => [f, str(body[f])]));
}

export function voucherRow(account: number, amount: bigint, costCenter = "", project = ""): GenRow {
  return {
    account,
    debit: amount > 0n ? amount : 0n,
    credit: amount < 0n ? -amount : 0n,
    costCenter,
    project,
    removed: false,
  };
}
