/** Strict SIE field formatting (reference §1, writer column). */
import { currencyScale, type Money, type ObjectRef } from "../../core/index.js";
import type { AmountInput } from "./types.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: the spec forbids exactly these in texts (§1).
const CONTROL_TEST = /[\u0000-\u001f\u007f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above.
const CONTROL_ALL = /[\u0000-\u001f\u007f]/g;

/**
 * The value a text field will read back as: control characters stripped (the spec forbids them), and a
 * trailing backslash followed by a blank, since `\"` would otherwise read as an escaped quote.
 */
export function cleanText(s: string): string {
  const v = CONTROL_TEST.test(s) ? s.replace(CONTROL_ALL, "") : s;
  return v.endsWith("\\") ? `${v} ` : v;
}

/** A cleaned value in quotes with `"` escaped as `\"`. */
export function quoted(clean: string): string {
  return clean.includes('"') ? `"${clean.replaceAll('"', '\\"')}"` : `"${clean}"`;
}

const PLAIN_ID = /^[0-9]+$/;
const PLAIN_NUMBER = /^-?[0-9]+(\.[0-9]+)?$/;

/** Account numbers and other numeric ids unquoted, anything else quoted. Returns [field, value]. */
export function idField(s: string): [string, string] {
  if (PLAIN_ID.test(s)) return [s, s];
  const c = cleanText(s);
  return [quoted(c), c];
}

export function quantityField(s: string): [string, string] {
  if (PLAIN_NUMBER.test(s)) return [s, s];
  const c = cleanText(s);
  return [quoted(c), c];
}

/** Öre (or Money in any currency scale) → `-?\d+\.\d{2}`. */
export function amountText(a: AmountInput): string {
  const minor = typeof a === "bigint" ? a : toOre(a);
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString();
  const padded = digits.length < 3 ? digits.padStart(3, "0") : digits;
  return `${negative ? "-" : ""}${padded.slice(0, -2)}.${padded.slice(-2)}`;
}

function toOre(m: Money): bigint {
  const scale = currencyScale(m.currency);
  if (scale === 2) return m.minor;
  if (scale < 2) return m.minor * 10n ** BigInt(2 - scale);
  const div = 10n ** BigInt(scale - 2);
  if (m.minor % div !== 0n)
    throw new RangeError(`${m.currency} amount ${m.minor} has more than 2 decimals for SIE`);
  return m.minor / div;
}

/** `{1 "0123" 6 "P1"}`; pushes the item values (dims and codes) onto `values` for #KSUMMA. */
export function objectList(objects: readonly ObjectRef[] | undefined, values: string[] | undefined): string {
  if (objects === undefined || objects.length === 0) return "{}";
  let out = "{";
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i]!;
    const code = cleanText(o.code);
    if (i > 0) out += " ";
    out += `${o.dimension} ${quoted(code)}`;
    values?.push(String(o.dimension), code);
  }
  return `${out}}`;
}
