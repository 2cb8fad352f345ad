/**
 * Money as integer minor units (öre, cents) with its currency. Never a float: parsing and printing go
 * through decimal strings digit by digit, and arithmetic is on bigint.
 */
import { err, ok, type Result } from "./result.js";

export interface Money {
  readonly minor: bigint;
  readonly currency: string;
}

/** Minor-unit digits per ISO 4217 currency; anything not listed has 2. */
const SCALE: Readonly<Record<string, number>> = { JPY: 0, ISK: 0, KRW: 0, CLP: 0, BHD: 3, KWD: 3, JOD: 3 };

export function currencyScale(currency: string): number {
  return SCALE[currency] ?? 2;
}

export function money(minor: bigint | number, currency = "SEK"): Money {
  if (typeof minor === "number" && !Number.isSafeInteger(minor)) {
    throw new RangeError(`money() needs an integer number of minor units, got ${minor}`);
  }
  return { minor: BigInt(minor), currency };
}

export type DecimalParseError = {
  readonly reason: "empty" | "syntax" | "too_many_decimals";
  readonly input: string;
};

// Blanks used as thousands separators: space, no-break space, narrow no-break space, thin space.
const GROUP_BLANKS = /[ \u00a0\u202f\u2009]/g;
const DECIMAL_RE = /^([+-]?)(\d*)(?:[.,](\d*))?$/;

/**
 * Parses a decimal string into an integer scaled by 10^scale. Accepts "1234.50", "-0.5", "1234,50",
 * "1 234,50", "+7", ".5". Extra decimals are accepted only when they are zeros ("1.500" at scale 2).
 */
export function parseScaled(input: string, scale: number): Result<bigint, DecimalParseError> {
  const text = input.trim().replace(GROUP_BLANKS, "");
  if (text === "" || text === "+" || text === "-") return err({ reason: "empty", input });
  const m = DECIMAL_RE.exec(text);
  if (!m) return err({ reason: "syntax", input });
  const sign = m[1] === "-" ? -1n : 1n;
  const whole = m[2] ?? "";
  let frac = m[3] ?? "";
  if (whole === "" && frac === "") return err({ reason: "syntax", input });
  if (frac.length > scale) {
    if (/[^0]/.test(frac.slice(scale))) return err({ reason: "too_many_decimals", input });
    frac = frac.slice(0, scale);
  }
  const digits = (whole === "" ? "0" : whole) + frac.padEnd(scale, "0");
  return ok(sign * BigInt(digits));
}

export function parseMoney(input: string, currency = "SEK"): Result<Money, DecimalParseError> {
  const r = parseScaled(input, currencyScale(currency));
  return r.ok ? ok({ minor: r.value, currency }) : r;
}

/** Prints an integer scaled by 10^scale as a plain decimal string: "-1234.50". */
export function formatScaled(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString();
  if (scale === 0) return (negative ? "-" : "") + digits;
  const padded = digits.padStart(scale + 1, "0");
  const whole = padded.slice(0, padded.length - scale);
  const frac = padded.slice(padded.length - scale);
  return `${negative ? "-" : ""}${whole}.${frac}`;
}

export function formatMoney(m: Money): string {
  return formatScaled(m.minor, currencyScale(m.currency));
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new Error(`currency mismatch: ${a.currency} and ${b.currency}`);
}

export function add(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { minor: a.minor + b.minor, currency: a.currency };
}

export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { minor: a.minor - b.minor, currency: a.currency };
}

export function negate(a: Money): Money {
  return { minor: -a.minor, currency: a.currency };
}

export function sum(items: readonly Money[], currency = "SEK"): Money {
  let total = 0n;
  for (const m of items) {
    if (m.currency !== currency) throw new Error(`currency mismatch: ${currency} and ${m.currency}`);
    total += m.minor;
  }
  return { minor: total, currency };
}

export function isZero(a: Money): boolean {
  return a.minor === 0n;
}

export function equals(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.minor === b.minor;
}

/**
 * Multiplies by a ratio given as a decimal string (a VAT rate "25", a percentage "2.5"), rounding half
 * away from zero to whole minor units. Used for tolerances and VAT, never for stored amounts.
 */
export function percentOf(a: Money, percent: string): Money {
  const p = parseScaled(percent, 6);
  if (!p.ok) throw new Error(`not a percentage: ${percent}`);
  const num = a.minor * p.value;
  const den = 100n * 1_000_000n;
  const q = num / den;
  const r = num % den;
  const twice = (r < 0n ? -r : r) * 2n;
  const rounded = twice >= den ? q + (num < 0n ? -1n : 1n) : q;
  return { minor: rounded, currency: a.currency };
}
