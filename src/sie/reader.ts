/**
 * The streaming reader: lines → records and whole vouchers, handed to a visitor as they complete.
 * Only syntax and block structure are checked here; semantic checks live in checks/ and are layered on
 * top as another visitor. It never throws on bad input: every problem becomes a diagnostic.
 */
import type { ErrorParams, ObjectRef } from "../core/index.js";
import { diagnostic, type SieErrorCode, voucherName } from "./diagnostics.js";
import type { SieEncoding } from "./encoding.js";
import { FastRowReader } from "./fastRow.js";
import { FastVoucherReader } from "./fastVoucher.js";
import type { FieldContext } from "./fields.js";
import { KsummaAccumulator } from "./ksumma.js";
import { LineSplitter, MAX_LINE } from "./lines.js";
import { parseRecord } from "./records.js";
import { parseRow } from "./rows.js";
import {
  FLAG_STRAY_BRACE,
  FLAG_UNTERMINATED_LIST,
  FLAG_UNTERMINATED_QUOTE,
  LINE_BLANK,
  LINE_CLOSE,
  LINE_OPEN,
  LINE_RECORD,
  LineTokenizer,
} from "./tokenizer.js";
import type { ChecksumStatus, RowLabel, Severity, SieReadResult, SieVisitor } from "./types.js";
import { parseVoucherHeader, type VoucherBuilder } from "./voucher.js";

export interface SieReadOptions {
  /** Decode with this encoding instead of detecting it. */
  readonly encoding?: SieEncoding;
  /** Called after each chunk with the number of bytes read so far. */
  readonly onProgress?: (bytes: number) => void;
  /** false: read #TRANS and #VER lines the generic way too (tests compare both paths). Default true. */
  readonly fastRows?: boolean;
}

/**
 * A visitor that takes #TRANS rows one at a time, as they are read, instead of in `voucher.rows` — for
 * consumers that need only account, objects and amount (`sie inspect`): no row object, bigint or text is
 * made per row. The reader uses it when `leanRows` is true (and the fast paths are on); the vouchers it
 * then passes have empty `rows`, and each voucher's #TRANS rows come through `transRow` before it. The
 * #VER fast path then also leaves out what no check uses: a voucher read by it has text "" and no
 * signature.
 */
export interface LeanRowVisitor extends SieVisitor {
  readonly leanRows: boolean;
  /** `minor`: öre as a safe integer. */
  transRow(account: string, objects: readonly ObjectRef[], minor: number, line: number): void;
  /** A row whose amount is beyond a safe integer (only from the generic path). */
  transRowBig(account: string, objects: readonly ObjectRef[], minor: bigint, line: number): void;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function rowLabelOf(label: string): RowLabel | undefined {
  return label === "#TRANS"
    ? "TRANS"
    : label === "#RTRANS"
      ? "RTRANS"
      : label === "#BTRANS"
        ? "BTRANS"
        : undefined;
}

export class SieReader {
  private readonly lines: LineSplitter;
  private readonly tok = new LineTokenizer();
  private readonly fast: FastRowReader | undefined;
  private readonly fastVer: FastVoucherReader | undefined;
  private readonly ctx: FieldContext;
  private readonly lean: LeanRowVisitor | undefined;
  private lineNo = 0;
  private records = 0;
  private damagedLines = 0;
  private firstDamagedLine = 0;
  private damageGeneration = -1;
  private damageAt = -1;
  /** A #VER waiting for its `{` (state "header") or collecting rows (state "block"). */
  private voucher: VoucherBuilder | undefined;
  private inBlock = false;
  private ksumma: KsummaAccumulator | undefined;
  private ksummaStartLine = 0;
  private checksum: ChecksumStatus = "absent";

  constructor(
    private readonly visitor: SieVisitor,
    options: SieReadOptions = {},
  ) {
    this.lines = new LineSplitter(
      (s, a, b, g) => this.line(s, a, b, g),
      (table) => this.tok.setTable(table),
      options.encoding,
    );
    this.fast = options.fastRows === false ? undefined : new FastRowReader(this.tok);
    this.fastVer = options.fastRows === false ? undefined : new FastVoucherReader(this.tok, this.fast);
    const lean = visitor as Partial<LeanRowVisitor>;
    this.lean =
      options.fastRows !== false && lean.leanRows === true ? (visitor as LeanRowVisitor) : undefined;
    this.ctx = {
      report: (line, code, severity, params) => this.report(line, code, severity, params),
      currency: "SEK",
    };
  }

  write(chunk: Uint8Array): void {
    this.lines.write(chunk);
  }

  end(): SieReadResult {
    this.lines.end();
    if (this.voucher) this.closeVoucher(this.lineNo, true);
    if (this.ksumma && this.checksum === "absent") {
      this.checksum = "invalid";
      this.report(this.ksummaStartLine, "sie_truncated", "error");
    }
    if (this.damagedLines > 0) {
      this.report(this.firstDamagedLine, "sie_damaged_characters", "warning", { count: this.damagedLines });
    }
    if (this.records === 0) this.report(Math.max(this.lineNo, 1), "sie_not_sie", "error");
    const { encoding, asciiOnly, bytes } = this.lines;
    return { encoding, asciiOnly, bytes, lines: this.lineNo, checksum: this.checksum, records: this.records };
  }

  /** Encoding decided so far (final after `end`). */
  get encoding(): SieEncoding {
    return this.lines.encoding;
  }

  private report(line: number, code: SieErrorCode, severity: Severity, params?: ErrorParams): void {
    this.visitor.diagnostic?.(diagnostic(line, code, severity, params));
  }

  private line(s: string, start: number, end: number, generation: number): void {
    const line = ++this.lineNo;
    if (this.fastLine(s, start, end, generation, line)) return;
    const kind = this.tok.tokenize(s, start, end, generation);
    if (kind === LINE_BLANK) return;
    this.noteDamage(s, start, end, generation, line);
    if (end - start >= MAX_LINE) this.report(line, "sie_line_too_long", "error", { limit: MAX_LINE });
    if (kind === LINE_RECORD) this.record(line);
    else if (kind === LINE_OPEN && this.voucher && !this.inBlock) this.inBlock = true;
    else if (kind === LINE_CLOSE && this.voucher && this.inBlock) this.closeVoucher(line, false);
    else if (kind === LINE_OPEN || kind === LINE_CLOSE) {
      this.report(line, "sie_unexpected_brace", "error", { brace: kind === LINE_OPEN ? "{" : "}" });
    } else
      this.report(line, "sie_not_a_record", "error", {
        text: this.tok.value(s, start, Math.min(end, start + 60)),
      });
  }

  /**
   * The shapes that make up nearly all of a big file — bare `{` and `}`, `#TRANS` rows, `#VER` headers —
   * read without the generic tokenizer. False: the line is left to the generic path. Not while a
   * #KSUMMA is being summed, which needs the generic fields.
   */
  private fastLine(s: string, start: number, end: number, generation: number, line: number): boolean {
    if (end - start === 1 && this.voucher) {
      const c = s.charCodeAt(start);
      if (c === 123 && !this.inBlock) this.inBlock = true;
      else if (c === 125 && this.inBlock) this.closeVoucher(line, false);
      else return false;
      return true;
    }
    if (this.ksumma !== undefined) return false;
    if (this.inBlock && this.fast?.isTrans(s, start, end)) {
      this.tok.sync(s, generation);
      if (this.lean !== undefined) {
        const f = this.fast;
        if (!f.readLean(s, end)) return false;
        this.voucher!.leanTrans(f.leanAccount, f.leanMinor, this.ctx);
        this.lean.transRow(f.leanAccount, f.leanObjects, f.leanMinor, line);
        this.records++;
        this.noteDamage(s, start, end, generation, line);
        return true;
      }
      const row = this.fast.read(s, end, line, this.ctx);
      if (row === undefined) return false;
      this.voucher!.add(row, this.ctx);
    } else if (this.voucher === undefined && this.fastVer?.isVer(s, start, end)) {
      this.tok.sync(s, generation);
      const voucher =
        this.lean === undefined ? this.fastVer.read(s, end, line) : this.fastVer.readLean(s, end, line);
      if (voucher === undefined) return false;
      this.voucher = voucher;
      this.inBlock = false;
    } else return false;
    this.records++;
    this.noteDamage(s, start, end, generation, line);
    return true;
  }

  /** Counts lines holding U+FFFD in UTF-8 files; one forward search per chunk string, so linear overall. */
  private noteDamage(s: string, start: number, end: number, generation: number, line: number): void {
    if (this.lines.encoding !== "utf-8") return;
    if (generation !== this.damageGeneration) {
      this.damageGeneration = generation;
      this.damageAt = s.indexOf("\uFFFD");
    }
    if (this.damageAt !== -1 && this.damageAt < start) this.damageAt = s.indexOf("\uFFFD", start);
    if (this.damageAt === -1 || this.damageAt >= end) return;
    if (this.damagedLines++ === 0) this.firstDamagedLine = line;
  }

  private flags(line: number): void {
    const f = this.tok.flags;
    if (f & FLAG_UNTERMINATED_QUOTE) this.report(line, "sie_unterminated_quote", "warning");
    if (f & FLAG_UNTERMINATED_LIST) this.report(line, "sie_unterminated_object_list", "warning");
    if (f & FLAG_STRAY_BRACE) this.report(line, "sie_stray_brace", "warning");
  }

  private record(line: number): void {
    this.records++;
    const { label, fields } = this.tok;
    if (this.tok.flags !== 0) this.flags(line);
    if (label === "#KSUMMA") {
      this.ksummaRecord(line);
      return;
    }
    if (this.ksumma && this.checksum === "absent") this.ksumma.addRecord(label, fields);
    if (this.voucher) {
      const rowLabel = this.inBlock ? rowLabelOf(label) : undefined;
      if (rowLabel !== undefined) {
        const row = parseRow(rowLabel, fields, line, this.ctx);
        if (row === undefined) return;
        const lean = row.label === "TRANS" ? this.lean : undefined;
        this.voucher.add(row, this.ctx, lean === undefined);
        if (lean !== undefined) {
          const m = row.amount.minor;
          if (m <= MAX_SAFE && m >= -MAX_SAFE) lean.transRow(row.account, row.objects, Number(m), line);
          else lean.transRowBig(row.account, row.objects, m, line);
        }
        return;
      }
      if (this.inBlock && !isKnownLabel(label)) {
        this.visitor.record?.({ type: "UNKNOWN", line, label: label.slice(1), fields: fields.slice() });
        return;
      }
      this.closeVoucher(line - 1, true);
    }
    if (label === "#VER") {
      this.voucher = parseVoucherHeader(fields, line, this.ctx);
      this.inBlock = false;
      return;
    }
    if (rowLabelOf(label) !== undefined) {
      this.report(line, "sie_row_outside_voucher", "error", { label: label.slice(1) });
      return;
    }
    const r = parseRecord(label.slice(1), fields, line, this.ctx);
    if (r) this.visitor.record?.(r);
  }

  private closeVoucher(endLine: number, unterminated: boolean): void {
    const v = this.voucher!;
    this.voucher = undefined;
    if (unterminated) {
      const voucher = voucherName(v.series, v.number);
      if (this.inBlock) this.report(v.line, "sie_unterminated_voucher", "error", { voucher, endLine });
      else this.report(v.line, "sie_missing_voucher_block", "error", { voucher });
    }
    this.inBlock = false;
    this.visitor.voucher?.(v.finish(endLine, this.ctx));
  }

  private ksummaRecord(line: number): void {
    const r = parseRecord("KSUMMA", this.tok.fields, line, this.ctx);
    if (r?.type !== "KSUMMA") return;
    if (r.checksum === undefined) {
      if (!this.ksumma) {
        this.ksumma = new KsummaAccumulator();
        this.ksummaStartLine = line;
      }
    } else if (!this.ksumma) {
      // A closing value with no start marker: nothing was summed, so it cannot be verified.
      this.report(line, "sie_checksum_mismatch", "error", {
        expected: r.checksum,
        actual: "nothing (no start marker)",
      });
      this.checksum = "invalid";
    } else if (this.checksum === "absent") {
      const actual = this.ksumma.value();
      this.checksum = actual === r.checksum ? "valid" : "invalid";
      if (actual !== r.checksum)
        this.report(line, "sie_checksum_mismatch", "error", { expected: r.checksum, actual });
    }
    this.visitor.record?.(r);
  }
}

const KNOWN = new Set(
  "FLAGGA PROGRAM FORMAT GEN SIETYP PROSA FTYP FNR ORGNR BKOD ADRESS FNAMN RAR TAXAR OMFATTN KPTYP VALUTA KONTO KTYP ENHET SRU DIM UNDERDIM OBJEKT IB UB OIB OUB RES PSALDO PBUDGET VER KSUMMA"
    .split(" ")
    .map((l) => `#${l}`),
);

function isKnownLabel(label: string): boolean {
  return KNOWN.has(label) || KNOWN.has(label.toUpperCase());
}
