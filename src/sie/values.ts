/**
 * Field values: amounts into integer öre, SIE dates into LocalDate. Hand-written scanners instead of
 * regexes because they run once or twice per `#TRANS` row.
 */
import { daysInMonth, type LocalDate } from "../core/index.js";

export type AmountProblem = "empty" | "syntax" | "precision";

/** Set by the last successful parseAmount: it used a decimal comma (callers warn). */
export let lastAmountHadComma = false;

/**
 * Parses an SIE amount to öre. Accepts `-12`, `-12.5`, `12.50`, `12,50` (comma: caller warns), `-0`,
 * `+5`, and more decimals when the extra ones are zeros. Never goes through a float: up to 15 digits are
 * accumulated exactly in a number (< 2^53), longer ones through BigInt.
 */
export function parseAmount(s: string): bigint | AmountProblem {
  return parseAmountAt(s, 0, s.length);
}

/** parseAmount on s[from, n) without slicing it out first (the reader's hot path). */
export function parseAmountAt(s: string, from: number, n: number): bigint | AmountProblem {
  if (n === from) return "empty";
  let i = from;
  let negative = false;
  const c0 = s.charCodeAt(from);
  if (c0 === 45 || c0 === 43) {
    negative = c0 === 45;
    i = from + 1;
  }
  let value = 0;
  let digits = 0;
  let decimals = -1;
  let comma = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (decimals >= 0) {
        decimals++;
        if (decimals > 2) {
          if (c !== 48) return "precision";
          continue;
        }
      }
      value = value * 10 + (c - 48);
      digits++;
    } else if ((c === 46 || c === 44) && decimals < 0) {
      decimals = 0;
      comma = c === 44;
    } else {
      return "syntax";
    }
  }
  if (digits === 0) return "syntax";
  lastAmountHadComma = comma;
  const scale = decimals <= 0 ? 2 : 2 - Math.min(decimals, 2);
  if (digits + scale > 15) return slowAmount(s.slice(from, n), negative);
  const minor = value * (scale === 2 ? 100 : scale === 1 ? 10 : 1);
  return BigInt(negative ? -minor : minor);
}

function slowAmount(s: string, negative: boolean): bigint {
  const body = s.replace(/^[+-]/, "").replace(",", ".");
  const [whole = "", frac = ""] = body.split(".");
  const v = BigInt((whole === "" ? "0" : whole) + frac.slice(0, 2).padEnd(2, "0"));
  return negative ? -v : v;
}

/** Öre as the strict SIE amount `-?\d+\.\d{2}`. */
export function formatAmount(minor: bigint): string {
  const negative = minor < 0n;
  const abs = (negative ? -minor : minor).toString().padStart(3, "0");
  return `${negative ? "-" : ""}${abs.slice(0, -2)}.${abs.slice(-2)}`;
}

export type DateStatus = "ok" | "empty" | "invalid" | "tolerated";

export interface ParsedDate {
  readonly date?: LocalDate;
  readonly status: DateStatus;
}

const EMPTY: ParsedDate = { status: "empty" };
const INVALID: ParsedDate = { status: "invalid" };
const cache = new Map<string, ParsedDate>();
// Rows mostly repeat the date of the row before; checking it first skips the map.
let lastRaw = "";
let lastParsed: ParsedDate = EMPTY;

function digitsAt(s: string, from: number, count: number): number {
  let v = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

function build(y: number, m: number, d: number, status: DateStatus): ParsedDate {
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return INVALID;
  const text = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return { date: text as LocalDate, status };
}

function parseUncached(s: string): ParsedDate {
  if (s.length === 8) {
    if (s === "00000000") return EMPTY;
    return build(digitsAt(s, 0, 4), digitsAt(s, 4, 2), digitsAt(s, 6, 2), "ok");
  }
  if (s.length === 10 && s[4] === "-" && s[7] === "-") {
    return build(digitsAt(s, 0, 4), digitsAt(s, 5, 2), digitsAt(s, 8, 2), "tolerated");
  }
  if (s.length === 6) {
    // YYMMDD (Sie4j reads it as 20YY and warns).
    const y = digitsAt(s, 0, 2);
    return y < 0 ? INVALID : build(2000 + y, digitsAt(s, 2, 2), digitsAt(s, 4, 2), "tolerated");
  }
  return INVALID;
}

/** `YYYYMMDD`; also `YYYY-MM-DD` and `YYMMDD` ("tolerated"); `""` and `00000000` are "empty". */
export function parseSieDate(s: string | undefined): ParsedDate {
  if (s === undefined || s === "") return EMPTY;
  if (s === lastRaw) return lastParsed;
  let r = cache.get(s);
  if (r === undefined) {
    r = parseUncached(s);
    // Files hold few distinct dates; the bound only guards memory against garbage input.
    if (cache.size > 50_000) cache.clear();
    cache.set(s, r);
  }
  lastRaw = s;
  lastParsed = r;
  return r;
}

/** `YYYYMMDD`, as SIE writes dates. */
export function formatSieDate(d: LocalDate): string {
  return d.slice(0, 4) + d.slice(5, 7) + d.slice(8, 10);
}
