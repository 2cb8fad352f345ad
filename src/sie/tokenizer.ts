/**
 * Splits one SIE line into a label and fields (reference §1.2). Scans character codes between two
 * indexes of the decoded chunk, so no per-line substring or regex is made; only field values are sliced.
 * Tolerant: runs of blanks and TABs, quoted or bare fields, `\"` escapes (any other backslash is
 * literal), object lists `{dim obj …}` in every observed spacing, brace lines with trailing blanks.
 */

/** A field: a value, or the items of an object list. */
export type Field = string | readonly string[];

export const LINE_BLANK = 0;
export const LINE_OPEN = 1;
export const LINE_CLOSE = 2;
export const LINE_RECORD = 3;
/** A non-empty line that does not start with a `#label`. */
export const LINE_TEXT = 4;

export const FLAG_UNTERMINATED_QUOTE = 1;
export const FLAG_UNTERMINATED_LIST = 2;
export const FLAG_STRAY_BRACE = 4;

const SPACE = 32;
const TAB = 9;
const QUOTE = 34;
const BACKSLASH = 92;
const OPEN = 123;
const CLOSE = 125;
const HASH = 35;

export function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

/** Chars that end a bare token (blank, quote, braces): one table load per char instead of four compares. */
export const STOP = new Uint8Array(65536);
for (const c of [SPACE, TAB, QUOTE, OPEN, CLOSE]) STOP[c] = 1;

/** Values up to this length are checked for chars ≥ 0x80 directly (see `value`). */
const SHORT = 16;

const HIGH = /[\u0080-\u00ff]/g;

/** Index of the first char ≥ 0x80 at or after `from`, or -1. `test` leaves no match array behind. */
function nextHigh(s: string, from: number): number {
  HIGH.lastIndex = from;
  return HIGH.test(s) ? HIGH.lastIndex - 1 : -1;
}

/** Reusable: holds the result of the last `tokenize` call. */
export class LineTokenizer {
  label = "";
  fields: Field[] = [];
  flags = 0;
  /** Where the last readBare/readQuoted/readList stopped. */
  pos = 0;
  /** Single-byte files arrive as raw Latin-1; values holding chars ≥ 0x80 go through this table. */
  private table: Uint16Array | undefined;
  private generation = -1;
  /** Index of the next char ≥ 0x80 in the current string at or after the last query (-1: none). */
  private highAt = -1;
  private highFrom = 0;
  private lastRaw = "";
  private lastTranslated = "";

  setTable(table: Uint16Array | undefined): void {
    this.table = table;
    this.generation = -1;
  }

  /** The value of s[a, b), translated from raw Latin-1 when needed. */
  value(s: string, a: number, b: number): string {
    const v = s.slice(a, b);
    if (this.table === undefined) return v;
    if (b - a <= SHORT) {
      // Short values (ids, dates, object codes) are checked char by char: cheaper than a regex search.
      for (let i = a; i < b; i++) if (s.charCodeAt(i) >= 0x80) return this.translate(v);
      return v;
    }
    // highAt is valid for positions ≥ highFrom; reading a line again (the fast path gave up) goes back.
    if (a < this.highFrom || (this.highAt !== -1 && this.highAt < a)) {
      this.highAt = nextHigh(s, a);
      this.highFrom = a;
    }
    return this.highAt !== -1 && this.highAt < b ? this.translate(v) : v;
  }

  /**
   * Rebuilds a value from its ASCII runs and the table's char for each byte ≥ 0x80. Voucher texts are
   * mostly unique, but rows repeat their voucher's text, so the last result is remembered.
   */
  private translate(v: string): string {
    if (v === this.lastRaw) return this.lastTranslated;
    const out = this.translateUncached(v);
    this.lastRaw = v;
    this.lastTranslated = out;
    return out;
  }

  private translateUncached(v: string): string {
    const table = this.table!;
    let out = "";
    let run = 0;
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c < 0x80) continue;
      out += v.slice(run, i) + String.fromCharCode(table[c & 0xff]!);
      run = i + 1;
    }
    return out + v.slice(run);
  }

  /** Call before reading from `s` directly; `generation` identifies `s` (see LineSplitter). */
  sync(s: string, generation: number): void {
    if (generation !== this.generation) {
      this.generation = generation;
      this.highAt = this.table === undefined ? -1 : nextHigh(s, 0);
      this.highFrom = 0;
    }
  }

  /** Tokenizes `s[start, end)` and returns one of the LINE_* kinds. `generation` identifies `s`. */
  tokenize(s: string, start: number, end: number, generation: number): number {
    this.sync(s, generation);
    let p = start;
    while (p < end && isBlank(s.charCodeAt(p))) p++;
    if (p === end) return LINE_BLANK;
    const first = s.charCodeAt(p);
    if (first === OPEN || first === CLOSE) {
      let q = p + 1;
      while (q < end && isBlank(s.charCodeAt(q))) q++;
      if (q === end) return first === OPEN ? LINE_OPEN : LINE_CLOSE;
    }
    this.flags = 0;
    // Reused between lines: whoever keeps fields beyond the line copies them (UNKNOWN records, `extra`).
    this.fields.length = 0;
    if (first !== HASH) {
      this.label = "";
      this.readFields(s, p, end);
      return LINE_TEXT;
    }
    let q = p + 1;
    while (q < end && STOP[s.charCodeAt(q)] === 0) q++;
    this.label = this.value(s, p, q);
    this.readFields(s, q, end);
    return LINE_RECORD;
  }

  private readFields(s: string, from: number, end: number): void {
    let p = from;
    const fields = this.fields;
    while (true) {
      while (p < end && isBlank(s.charCodeAt(p))) p++;
      if (p >= end) return;
      const c = s.charCodeAt(p);
      if (c === QUOTE) {
        fields.push(this.readQuoted(s, p + 1, end));
        p = this.pos;
      } else if (c === OPEN) {
        fields.push(this.readList(s, p + 1, end));
        p = this.pos;
      } else if (c === CLOSE) {
        this.flags |= FLAG_STRAY_BRACE;
        p++;
      } else {
        fields.push(this.readBare(s, p, end));
        p = this.pos;
      }
    }
  }

  readBare(s: string, from: number, end: number): string {
    let q = from;
    while (q < end && STOP[s.charCodeAt(q)] === 0) q++;
    this.pos = q;
    return this.value(s, from, q);
  }

  /** `from` is just after the opening quote; leaves `pos` after the closing one. */
  readQuoted(s: string, from: number, end: number): string {
    let q = from;
    let escaped = false;
    while (true) {
      q = s.indexOf('"', q);
      if (q === -1 || q >= end) {
        this.flags |= FLAG_UNTERMINATED_QUOTE;
        this.pos = end;
        const rest = this.value(s, from, end);
        return escaped ? rest.replaceAll('\\"', '"') : rest;
      }
      if (q > from && s.charCodeAt(q - 1) === BACKSLASH) {
        escaped = true;
        q++;
        continue;
      }
      break;
    }
    this.pos = q + 1;
    const value = this.value(s, from, q);
    return escaped ? value.replaceAll('\\"', '"') : value;
  }

  readList(s: string, from: number, end: number): string[] {
    const items: string[] = [];
    let p = from;
    while (true) {
      while (p < end && isBlank(s.charCodeAt(p))) p++;
      if (p >= end) {
        this.flags |= FLAG_UNTERMINATED_LIST;
        this.pos = end;
        return items;
      }
      const c = s.charCodeAt(p);
      if (c === CLOSE) {
        this.pos = p + 1;
        return items;
      }
      if (c === QUOTE) {
        items.push(this.readQuoted(s, p + 1, end));
        p = this.pos;
      } else if (c === OPEN) {
        this.flags |= FLAG_STRAY_BRACE;
        p++;
      } else {
        items.push(this.readBare(s, p, end));
        p = this.pos;
      }
    }
  }
}
