/**
 * The fast path for `#TRANS` lines, which are nearly all of a big file: it reads the common shapes
 * straight from the chunk string — account numbers interned, amount and date parsed from the characters
 * without slicing them out — and builds the row without the generic field array. Anything it does not
 * recognise (a row without object list, comma decimals, bad values, extra fields, an open quote) makes
 * it return undefined, and the reader takes the generic path, which reports what is wrong. A property
 * test checks that both paths give the same rows.
 */
import type { LocalDate, ObjectRef } from "../core/index.js";
import { type FieldContext, integer, NO_OBJECTS } from "./fields.js";
import { FLAG_UNTERMINATED_LIST, FLAG_UNTERMINATED_QUOTE, type LineTokenizer, STOP } from "./tokenizer.js";
import type { SieRow } from "./types.js";
import { parseSieDate } from "./values.js";

const SPACE = 32;
const TAB = 9;
const QUOTE = 34;
const OPEN = 123;
const CLOSE = 125;

export function skip(s: string, p: number, end: number): number {
  while (p < end) {
    const c = s.charCodeAt(p);
    if (c !== SPACE && c !== TAB) break;
    p++;
  }
  return p;
}

const MAX_INTERNED = 100_000;

export class FastRowReader {
  private readonly accounts = new Map<number, string>();
  private readonly dates = new Map<number, LocalDate | null>();
  private labelAt = 0;
  /** Where the last part read stopped. */
  private q = 0;
  // Rows of a voucher mostly share one date: remember the last one before asking the map.
  private lastDateKey = -1;
  private lastDate: LocalDate | null = null;

  constructor(private readonly tok: LineTokenizer) {}

  /** Whether s[start, end) is a `#TRANS` line (remembering where its label starts). */
  isTrans(s: string, start: number, end: number): boolean {
    const p = skip(s, start, end);
    this.labelAt = p;
    if (end - p <= 7) return false;
    // "#TRANS" by char codes: a call to startsWith costs more than these compares on the hot path.
    const after = s.charCodeAt(p + 6);
    return (
      s.charCodeAt(p) === 35 &&
      s.charCodeAt(p + 1) === 84 &&
      s.charCodeAt(p + 2) === 82 &&
      s.charCodeAt(p + 3) === 65 &&
      s.charCodeAt(p + 4) === 78 &&
      s.charCodeAt(p + 5) === 83 &&
      (after === SPACE || after === TAB)
    );
  }

  /** Call right after a true `isTrans`. */
  read(s: string, end: number, line: number, ctx: FieldContext): SieRow | undefined {
    const p = this.head(s, end);
    if (p === -1) return undefined;
    const { leanAccount, leanObjects, leanMinor, leanDate } = this;
    return this.tail(s, p, end, line, leanAccount, leanObjects, BigInt(leanMinor), leanDate, ctx);
  }

  /**
   * For consumers that need only account, objects and amount (`sie inspect`): reads the row into
   * `leanAccount`, `leanObjects` and `leanMinor` (exact öre: at most 15 digits) and only validates its
   * trailing fields, so no row object, bigint or text is made. False exactly when `read` would give up.
   * Call right after a true `isTrans`.
   */
  readLean(s: string, end: number): boolean {
    const p = this.head(s, end);
    return p !== -1 && this.skipTail(s, p, end);
  }

  /** Results of the last `head` (that of `readLean`). */
  leanAccount = "";
  leanObjects: readonly ObjectRef[] = NO_OBJECTS;
  leanMinor = 0;
  leanDate: LocalDate | undefined;

  /** Account, objects, amount and date; where the tail starts, or -1 for the generic path. */
  private head(s: string, end: number): number {
    const account = this.account(s, skip(s, this.labelAt + 6, end), end);
    if (account === undefined) return -1;
    const objects = this.objects(s, skip(s, this.q, end), end);
    if (objects === undefined) return -1;
    if (!this.amount(s, skip(s, this.q, end), end)) return -1;
    let p = skip(s, this.q, end);
    let transactionDate: LocalDate | undefined;
    if (p < end) {
      if (s.charCodeAt(p) === QUOTE && s.charCodeAt(p + 1) === QUOTE) this.q = p + 2;
      else {
        const d = this.date(s, p, end);
        if (d === null) return -1;
        transactionDate = d;
      }
      p = skip(s, this.q, end);
    }
    this.leanAccount = account;
    this.leanObjects = objects;
    this.leanDate = transactionDate;
    return p;
  }

  /** What `tail` accepts, without making the values. */
  private skipTail(s: string, p: number, end: number): boolean {
    for (let i = 0; i < 3 && p < end; i++) {
      const c = s.charCodeAt(p);
      if (c === OPEN || c === CLOSE) return false;
      if (c === QUOTE) {
        p = closingQuote(s, p + 1, end);
        if (p === -1) return false;
        p++;
      } else while (p < end && STOP[s.charCodeAt(p)] === 0) p++;
      p = skip(s, p, end);
    }
    return p >= end;
  }

  /** A bare account; up to 9 digits are interned (tagged with the length: "0123" ≠ "123"). */
  private account(s: string, p: number, end: number): string | undefined {
    let q = p;
    let key = 0;
    let numeric = true;
    while (q < end) {
      const c = s.charCodeAt(q);
      if (STOP[c] !== 0) break;
      const d = c - 48;
      if (d >= 0 && d <= 9) key = key * 10 + d;
      else numeric = false;
      q++;
    }
    this.q = q;
    if (q === p) return undefined;
    if (!numeric || q - p > 9) return this.tok.value(s, p, q);
    key = key * 16 + (q - p);
    let v = this.accounts.get(key);
    if (v === undefined) {
      v = s.slice(p, q);
      if (this.accounts.size >= MAX_INTERNED) this.accounts.clear();
      this.accounts.set(key, v);
    }
    return v;
  }

  /** `{}` or a list of dimension/object pairs; anything odd is left to the generic path. */
  private objects(s: string, p: number, end: number): readonly ObjectRef[] | undefined {
    if (s.charCodeAt(p) !== OPEN) return undefined;
    const inner = skip(s, p + 1, end);
    if (s.charCodeAt(inner) === CLOSE) {
      this.q = inner + 1;
      return NO_OBJECTS;
    }
    const tok = this.tok;
    tok.flags = 0;
    const items = tok.readList(s, p + 1, end);
    if (tok.flags & FLAG_UNTERMINATED_LIST || items.length % 2 !== 0) return undefined;
    const refs: ObjectRef[] = [];
    for (let i = 0; i < items.length; i += 2) {
      const dimension = integer(items[i]);
      if (dimension === undefined) return undefined;
      refs.push({ dimension, code: items[i + 1]! });
    }
    this.q = tok.pos;
    return refs;
  }

  /**
   * `-?digits(.d{0,2})?` parsed while it is scanned. Comma decimals, `+`, zero-padded extra decimals and
   * more than 13 digits (beyond exact doubles once scaled) go the generic way.
   */
  private amount(s: string, p: number, end: number): boolean {
    let i = p;
    const negative = s.charCodeAt(i) === 45;
    if (negative) i++;
    let v = 0;
    let digits = 0;
    let decimals = -1;
    for (; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        if (decimals >= 0 && ++decimals > 2) return false;
        v = v * 10 + (c - 48);
        digits++;
      } else if (c === 46 && decimals < 0) decimals = 0;
      else if (STOP[c] !== 0) break;
      else return false;
    }
    if (digits === 0 || digits > 13) return false;
    this.q = i;
    const minor = v * (decimals <= 0 ? 100 : decimals === 1 ? 10 : 1);
    // -0 stays a plain 0 (BigInt(-0) is 0n as well).
    this.leanMinor = negative && minor !== 0 ? -minor : minor;
    return true;
  }

  /** transtext, kvantitet, sign; more than that goes the generic way (it keeps extras). */
  private tail(
    s: string,
    p: number,
    end: number,
    line: number,
    account: string,
    objects: readonly ObjectRef[],
    minor: bigint,
    transactionDate: LocalDate | undefined,
    ctx: FieldContext,
  ): SieRow | undefined {
    // transtext, kvantitet, sign in locals: an array per row would be garbage a million times over.
    let text: string | undefined;
    let quantity: string | undefined;
    let signature: string | undefined;
    for (let i = 0; i < 3 && p < end; i++) {
      const c = s.charCodeAt(p);
      if (c === OPEN || c === CLOSE) return undefined;
      this.tok.flags = 0;
      const v = c === QUOTE ? this.tok.readQuoted(s, p + 1, end) : this.tok.readBare(s, p, end);
      if (this.tok.flags & FLAG_UNTERMINATED_QUOTE) return undefined;
      if (i === 0) text = v;
      else if (i === 1) quantity = v;
      else signature = v;
      p = skip(s, this.tok.pos, end);
    }
    if (p < end) return undefined;
    return {
      line,
      label: "TRANS",
      account,
      objects,
      amount: { minor, currency: ctx.currency },
      transactionDate,
      text: text === "" ? undefined : text,
      quantity: quantity === "" ? undefined : quantity,
      signature,
      extra: undefined,
    };
  }

  /** `date` for the #VER fast path; `dateEnd` is where it stopped. */
  dateAt(s: string, p: number, end: number): LocalDate | null {
    return this.date(s, p, end);
  }

  get dateEnd(): number {
    return this.q;
  }

  /** An 8-digit valid date, or null for anything else (the generic path reports it). */
  private date(s: string, p: number, end: number): LocalDate | null {
    let q = p;
    let key = 0;
    while (q < end) {
      const c = s.charCodeAt(q);
      if (STOP[c] !== 0) break;
      const d = c - 48;
      if (d < 0 || d > 9) return null;
      key = key * 10 + d;
      q++;
    }
    this.q = q;
    if (q - p !== 8) return null;
    if (key === this.lastDateKey) return this.lastDate;
    let d = this.dates.get(key);
    if (d === undefined) {
      const parsed = parseSieDate(s.slice(p, q));
      d = parsed.status === "ok" ? parsed.date! : null;
      if (this.dates.size >= MAX_INTERNED) this.dates.clear();
      this.dates.set(key, d);
    }
    this.lastDateKey = key;
    this.lastDate = d;
    return d;
  }
}

/** Index of the quote closing a quoted value that starts at `from` (`\"` escapes one), or -1. */
export function closingQuote(s: string, from: number, end: number): number {
  let q = from;
  while (true) {
    q = s.indexOf('"', q);
    if (q === -1 || q >= end) return -1;
    if (q > from && s.charCodeAt(q - 1) === 92) {
      q++;
      continue;
    }
    return q;
  }
}
