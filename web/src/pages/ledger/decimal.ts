/**
 * The API's amounts are exact two-decimal strings ("-1234.50"). Sums for table footers are done in
 * integer öre (BigInt) and turned back into the same kind of string, so no float ever touches them.
 */

function toMinor(value: string): bigint {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(value);
  if (!m) throw new Error(`not an amount: ${value}`);
  const minor = BigInt(m[2] ?? "0") * 100n + BigInt(m[3] ?? "0");
  return m[1] ? -minor : minor;
}

function fromMinor(minor: bigint): string {
  const sign = minor < 0n ? "-" : "";
  const abs = minor < 0n ? -minor : minor;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

export function sumAmounts(values: readonly string[]): string {
  return fromMinor(values.reduce((sum, v) => sum + toMinor(v), 0n));
}

export function isNegative(value: string): boolean {
  return toMinor(value) < 0n;
}

export function isZero(value: string): boolean {
  return toMinor(value) === 0n;
}

/** "-12.50" → "12.50": a credit shown in a credit column. */
export function absAmount(value: string): string {
  return value.startsWith("-") ? value.slice(1) : value;
}
