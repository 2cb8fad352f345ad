/** Small display helpers for the ledger pages, on top of the app's locale formatting (format.tsx). */
import type { FiscalYear } from "../../api/types.js";
import type { Format } from "../../format.js";

export function count(format: Format, n: number): string {
  return new Intl.NumberFormat(format.locale).format(n);
}

export function percent(format: Format, part: number, whole: number): string {
  const share = whole > 0 ? Math.min(part / whole, 1) : 0;
  return new Intl.NumberFormat(format.locale, { style: "percent", maximumFractionDigits: 0 }).format(share);
}

export function bytes(format: Format, n: number): string {
  const mb = n / (1024 * 1024);
  if (mb >= 1) return `${new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 }).format(mb)} MB`;
  return `${new Intl.NumberFormat(format.locale, { maximumFractionDigits: 0 }).format(n / 1024)} kB`;
}

export function period(format: Format, start: string, end: string): string {
  return `${format.localDate(start)} – ${format.localDate(end)}`;
}

export const SOURCE_LABEL: Record<FiscalYear["source"], string> = { sie: "SIE file", fortnox: "Fortnox" };

/** "uploaded file x.se, 1 234 vouchers, imported 3 Feb 2026 10:15": what a replace would overwrite. */
export function yearOrigin(format: Format, y: FiscalYear): string {
  const from = y.source === "sie" ? `uploaded file ${y.sourceName ?? "(no name)"}` : "Fortnox";
  return `${from}, ${count(format, y.voucherCount)} vouchers, imported ${format.instant(y.importedAt)}`;
}
