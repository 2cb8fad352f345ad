/**
 * The fast path for `#VER` lines (a quarter of a big file's records): up to the six fields of the spec,
 * quoted or bare, with valid `YYYYMMDD` dates, read without the generic field array and record dispatch.
 * Anything else — object lists, open quotes, bad or tolerated dates, extra fields — returns undefined and
 * the reader takes the generic path, which reports what is wrong. A property test compares both paths.
 */
import type { LocalDate } from "../core/index.js";
import { closingQuote, type FastRowReader, skip } from "./fastRow.js";
import { FLAG_UNTERMINATED_QUOTE, type LineTokenizer, STOP } from "./tokenizer.js";
import { parseSieDate } from "./values.js";
import { VoucherBuilder } from "./voucher.js";

const SPACE = 32;
const TAB = 9;
const QUOTE = 34;
const OPEN = 123;
const CLOSE = 125;

export class FastVoucherReader {
  private labelAt = 0;

  /** `dates`: the row reader, whose date cache (by numeric key) the lean path shares. */
  constructor(
    private readonly tok: LineTokenizer,
    private readonly dates?: FastRowReader,
  ) {}

  isVer(s: string, start: number, end: number): boolean {
    const p = skip(s, start, end);
    this.labelAt = p;
    const after = s.charCodeAt(p + 4);
    return (
      end - p > 5 &&
      s.charCodeAt(p + 1) === 86 &&
      s.startsWith("#VER", p) &&
      (after === SPACE || after === TAB)
    );
  }

  /** Call right after a true `isVer`. */
  read(s: string, end: number, line: number): VoucherBuilder | undefined {
    const values = this.fields(s, end);
    if (values === undefined || values.length < 3) return undefined;
    const date = strictDate(values[2]);
    if (date === undefined) return undefined;
    const reg = values[4];
    const registrationDate = reg === undefined || reg === "" ? undefined : strictDate(reg);
    if (registrationDate === undefined && reg !== undefined && reg !== "") return undefined;
    const [series = "", number = "", rawDate = "", text = "", , signature] = values;
    return new VoucherBuilder(
      line,
      series,
      number,
      date,
      rawDate,
      text,
      registrationDate,
      signature,
      undefined,
    );
  }

  /**
   * For lean consumers (see LeanRowVisitor): the same as `read`, but the voucher text and signature are
   * only validated, not made (the voucher gets "" and undefined), so no text is sliced or translated.
   */
  readLean(s: string, end: number, line: number): VoucherBuilder | undefined {
    const tok = this.tok;
    const dates = this.dates;
    let series = "";
    let number = "";
    let rawDate = "";
    let date: LocalDate | undefined;
    let registrationDate: LocalDate | undefined;
    let reg: string | undefined;
    let n = 0;
    let p = skip(s, this.labelAt + 4, end);
    while (p < end) {
      const c = s.charCodeAt(p);
      if (n === 6 || c === OPEN || c === CLOSE) return undefined;
      if ((n === 2 || n === 4) && dates !== undefined) {
        // Dates through the row reader's cache; anything but 8 valid digits goes the generic way.
        const quoted = c === QUOTE;
        if (n === 4 && quoted && s.charCodeAt(p + 1) === QUOTE) p += 2;
        else {
          const from = quoted ? p + 1 : p;
          const d = dates.dateAt(s, from, end);
          if (d === null) return undefined;
          p = dates.dateEnd;
          if (n === 2) {
            rawDate = s.slice(from, p);
            date = d;
          } else registrationDate = d;
          if (quoted) {
            if (s.charCodeAt(p) !== QUOTE) return undefined;
            p++;
          }
        }
      } else if (n === 3 || n === 5) {
        if (c === QUOTE) {
          p = closingQuote(s, p + 1, end);
          if (p === -1) return undefined;
          p++;
        } else while (p < end && STOP[s.charCodeAt(p)] === 0) p++;
      } else {
        tok.flags = 0;
        const v = c === QUOTE ? tok.readQuoted(s, p + 1, end) : tok.readBare(s, p, end);
        if (tok.flags & FLAG_UNTERMINATED_QUOTE) return undefined;
        if (n === 0) series = v;
        else if (n === 1) number = v;
        else if (n === 2) rawDate = v;
        else reg = v;
        p = tok.pos;
      }
      n++;
      p = skip(s, p, end);
    }
    if (n < 3) return undefined;
    if (dates === undefined) {
      date = strictDate(rawDate);
      registrationDate = reg === undefined || reg === "" ? undefined : strictDate(reg);
      if (registrationDate === undefined && reg !== undefined && reg !== "") return undefined;
    }
    if (date === undefined) return undefined;
    return new VoucherBuilder(
      line,
      series,
      number,
      date,
      rawDate,
      "",
      registrationDate,
      undefined,
      undefined,
    );
  }

  /** Up to six plain fields, or undefined when the line needs the generic path. */
  private fields(s: string, end: number): string[] | undefined {
    const tok = this.tok;
    const values: string[] = [];
    let p = skip(s, this.labelAt + 4, end);
    while (p < end) {
      const c = s.charCodeAt(p);
      if (values.length === 6 || c === OPEN || c === CLOSE) return undefined;
      tok.flags = 0;
      values.push(c === QUOTE ? tok.readQuoted(s, p + 1, end) : tok.readBare(s, p, end));
      if (tok.flags & FLAG_UNTERMINATED_QUOTE) return undefined;
      p = skip(s, tok.pos, end);
    }
    return values;
  }
}

function strictDate(raw: string | undefined): LocalDate | undefined {
  if (raw === undefined || raw.length !== 8) return undefined;
  const d = parseSieDate(raw);
  return d.status === "ok" ? d.date : undefined;
}
