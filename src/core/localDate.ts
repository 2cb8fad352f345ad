/**
 * Calendar dates for accounting (`YYYY-MM-DD`), with no time and no zone. Arithmetic is done on a day
 * number computed in UTC, so the result never depends on the machine's time zone.
 */
import { err, ok, type Result } from "./result.js";

export type LocalDate = string & { readonly __brand: "LocalDate" };

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

function build(y: number, m: number, d: number): LocalDate | undefined {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` as LocalDate;
}

/** Parses `YYYY-MM-DD`, or the compact `YYYYMMDD` that SIE uses. */
export function parseLocalDate(input: string): Result<LocalDate, { reason: "invalid_date"; input: string }> {
  const m = ISO_RE.exec(input) ?? COMPACT_RE.exec(input);
  const d = m ? build(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  return d ? ok(d) : err({ reason: "invalid_date", input });
}

export function localDate(input: string): LocalDate {
  const r = parseLocalDate(input);
  if (!r.ok) throw new RangeError(`not a valid date: ${input}`);
  return r.value;
}

export function parts(d: LocalDate): { year: number; month: number; day: number } {
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

/** Days since 1970-01-01. */
export function toDayNumber(d: LocalDate): number {
  const { year, month, day } = parts(d);
  const t = new Date(0);
  // setUTCFullYear, not Date.UTC: the latter reads years 0–99 as 1900–1999.
  t.setUTCFullYear(year, month - 1, day);
  return Math.round(t.getTime() / 86_400_000);
}

export function fromDayNumber(n: number): LocalDate {
  const t = new Date(n * 86_400_000);
  const d = build(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  if (!d) throw new RangeError(`day number out of range: ${n}`);
  return d;
}

export function addDays(d: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(d) + days);
}

/** Adds months, clamping the day to the end of the target month (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(d: LocalDate, months: number): LocalDate {
  const { year, month, day } = parts(d);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const result = build(y, m, Math.min(day, daysInMonth(y, m)));
  if (!result) throw new RangeError(`date out of range: ${d} + ${months} months`);
  return result;
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isWithin(d: LocalDate, start: LocalDate, end: LocalDate): boolean {
  return d >= start && d <= end;
}

export function startOfMonth(d: LocalDate): LocalDate {
  return `${d.slice(0, 8)}01` as LocalDate;
}

export function endOfMonth(d: LocalDate): LocalDate {
  const { year, month } = parts(d);
  return build(year, month, daysInMonth(year, month))!;
}

/** `YYYYMMDD`, as SIE writes dates. */
export function toCompact(d: LocalDate): string {
  return d.replaceAll("-", "");
}

/** Today's date in the given IANA zone (Swedish books keep Stockholm's calendar). */
export function today(timeZone = "Europe/Stockholm", now: Date = new Date()): LocalDate {
  const s = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
  return localDate(s);
}
