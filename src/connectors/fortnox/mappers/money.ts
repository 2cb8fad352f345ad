/** Exact decimal text → Money; a value with more decimals than the currency holds is a reported error. */
import { AppException, appError, type Money, parseMoney } from "../../../core/index.js";

export function moneyOf(decimal: string, currency: string, entity = "amount"): Money {
  const r = parseMoney(decimal, currency || "SEK");
  if (!r.ok) {
    throw new AppException(
      appError("upstream_response_invalid", { system: "Fortnox", entity, detail: `amount ${decimal}` }),
    );
  }
  return r.value;
}

/** Debit minus credit, exactly. */
export function signedAmount(debit: string, credit: string, currency = "SEK"): Money {
  const d = moneyOf(debit, currency);
  const c = moneyOf(credit, currency);
  return { minor: d.minor - c.minor, currency: d.currency };
}

/** "" → undefined, so optional canonical fields stay absent (exactOptionalPropertyTypes). */
export function opt<K extends string, V>(key: K, value: V | "" | undefined | null): { [P in K]?: V } {
  return value === "" || value === undefined || value === null ? {} : ({ [key]: value } as { [P in K]: V });
}

/**
 * Money as a JSON number for fields the OAS types as number. The decimal text is converted once and the
 * round trip is checked, so the number Fortnox reads has exactly our digits (no float arithmetic).
 */
export function jsonNumber(text: string): number {
  const n = Number(text);
  const normal = text
    .replace(/^(-?)0+(?=\d)/, "$1")
    .replace(/(\.\d*?)0+$/, "$1")
    .replace(/\.$/, "");
  if (!Number.isFinite(n) || String(n) !== normal)
    throw new RangeError(`${text} cannot travel as a JSON number exactly`);
  return n;
}
