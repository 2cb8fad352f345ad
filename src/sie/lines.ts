/**
 * Bytes → decoded lines, chunk by chunk, in bounded memory. The encoding is decided once per file
 * (reference §9.2 step 5): chunks of pure ASCII are decoded as they come, since every candidate
 * encoding reads them alike; from the first chunk with a byte ≥ 0x80 the bytes are held back until a
 * window of WINDOW bytes (or the end of the file) is there to decide on.
 * Each chunk is cut after its last line end and the rest carried over as bytes, so every decoded string
 * holds whole lines and is a flat string (a concatenated one reads several times slower char by char),
 * and no UTF-8 sequence is ever split. Line ends: LF, CRLF, or a lone CR.
 */
import { isAscii } from "node:buffer";
import { detectEncoding, type SieEncoding, singleByteTable } from "./encoding.js";

const WINDOW = 1 << 20;
/** A "line" longer than this is cut (garbage input must not grow memory without bound). */
export const MAX_LINE = 1 << 22;
const LF = 10;
const CR = 13;
const EMPTY = new Uint8Array(0);

/**
 * Receives each line as a range of a decoded string, to avoid slicing every line. For single-byte
 * encodings the string is raw Latin-1 and `table` (see `onTable`) translates values holding chars ≥ 0x80.
 */
export type LineSink = (s: string, start: number, end: number, generation: number) => void;

export class LineSplitter {
  encoding: SieEncoding = "cp437";
  asciiOnly = true;
  bytes = 0;
  private decided = false;
  private utf8: TextDecoder | undefined;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private carry: Uint8Array = EMPTY;
  /** Bumped for every new string handed to the sink, so consumers can cache per string cheaply. */
  private generation = 0;

  constructor(
    private readonly sink: LineSink,
    private readonly onTable: (table: Uint16Array | undefined) => void,
    forced?: SieEncoding,
  ) {
    if (forced) this.use(forced, false);
  }

  private use(encoding: SieEncoding, asciiOnly: boolean): void {
    this.encoding = encoding;
    this.asciiOnly = asciiOnly;
    this.decided = true;
    this.utf8 = encoding === "utf-8" ? new TextDecoder("utf-8") : undefined;
    this.onTable(singleByteTable(encoding));
  }

  write(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    if (this.decided || (this.pendingBytes === 0 && isAscii(chunk))) {
      this.feed(chunk, false);
      return;
    }
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= WINDOW) this.decide(false);
  }

  end(): void {
    if (!this.decided) this.decide(true);
    this.feed(EMPTY, true);
  }

  private decide(complete: boolean): void {
    const sample = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    const d = detectEncoding(this.carry.length > 0 ? Buffer.concat([this.carry, sample]) : sample, complete);
    this.use(d.encoding, d.asciiOnly);
    this.feed(sample, false);
  }

  private decode(bytes: Uint8Array): string {
    if (this.utf8) return this.utf8.decode(bytes);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  }

  /** Decodes the whole lines of carry + chunk and keeps the rest; `last` flushes everything. */
  private feed(chunk: Uint8Array, last: boolean): void {
    let cut = last ? chunk.length : chunk.lastIndexOf(LF) + 1;
    if (cut === 0) {
      // No LF: a CR-only file, or one long line. A CR as the very last byte may be half of a CRLF.
      const cr = chunk.lastIndexOf(CR);
      if (cr !== -1 && cr < chunk.length - 1) cut = cr + 1;
    }
    if (cut === 0 && !last) {
      // No whole line yet: keep collecting, but never beyond MAX_LINE.
      this.carry = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : Uint8Array.from(chunk);
      if (this.carry.length > MAX_LINE) {
        this.text(this.decode(this.carry.subarray(0, MAX_LINE)));
        this.carry = EMPTY;
      }
      return;
    }
    let head = chunk.subarray(0, cut);
    const carry = this.carry;
    this.carry = cut < chunk.length ? Uint8Array.from(chunk.subarray(cut)) : EMPTY;
    if (carry.length > 0) {
      // The carried line is joined with its end only, not with the whole chunk (which would be copied):
      // each string still ends after an LF, so it holds whole lines and no UTF-8 sequence is split.
      const lf = head.indexOf(LF) + 1;
      const joined = lf > 0 && lf < head.length ? lf : head.length;
      this.text(this.decode(Buffer.concat([carry, head.subarray(0, joined)])));
      head = head.subarray(joined);
    }
    if (head.length > 0) this.text(this.decode(head));
  }

  /** Hands every line of `s` to the sink; a last line without an end is passed too. */
  private text(s: string): void {
    const g = ++this.generation;
    const n = s.length;
    let pos = 0;
    let cr = s.indexOf("\r");
    while (pos < n) {
      const nl = s.indexOf("\n", pos);
      if (cr !== -1 && cr < pos) cr = s.indexOf("\r", pos);
      if (cr !== -1 && (nl === -1 || cr < nl)) {
        this.sink(s, pos, cr, g);
        pos = cr + 1 === nl ? nl + 1 : cr + 1;
        continue;
      }
      this.sink(s, pos, nl === -1 ? n : nl, g);
      if (nl === -1) break;
      pos = nl + 1;
    }
  }
}
