/**
 * Character encodings of SIE files. The spec allows only CP437 (`#FORMAT PC8`), but real files are also
 * UTF-8 and Latin-1 family whatever `#FORMAT` says, so the encoding is detected from the bytes
 * (reference §9.2). Single-byte decoding goes through 256-entry tables built once with iconv-lite:
 * far faster than calling iconv per line.
 */
import { isAscii, isUtf8 } from "node:buffer";
import iconv from "iconv-lite";

export type SieEncoding = "cp437" | "utf-8" | "windows-1252" | "iso-8859-15";
export const SIE_ENCODINGS: readonly SieEncoding[] = ["cp437", "utf-8", "windows-1252", "iso-8859-15"];

export interface EncodingDetection {
  readonly encoding: SieEncoding;
  /** true when no byte ≥ 0x80 was seen: every candidate decodes the same, CP437 is reported. */
  readonly asciiOnly: boolean;
}

function buildTable(name: string): Uint16Array {
  const bytes = Buffer.alloc(256);
  for (let i = 0; i < 256; i++) bytes[i] = i;
  const text = iconv.decode(bytes, name);
  const table = new Uint16Array(256);
  for (let i = 0; i < 256; i++) table[i] = i < 128 ? i : text.charCodeAt(i);
  return table;
}

const TABLES: Record<Exclude<SieEncoding, "utf-8">, Uint16Array> = {
  cp437: buildTable("cp437"),
  "windows-1252": buildTable("windows-1252"),
  "iso-8859-15": buildTable("iso-8859-15"),
};

/** Unicode code unit → CP437 byte + 1, for the writer and #KSUMMA (0: CP437 has no such character). */
const CP437_REVERSE: Uint16Array = (() => {
  const m = new Uint16Array(65536);
  for (let i = 255; i >= 0; i--) m[TABLES.cp437[i]!] = i + 1;
  return m;
})();

export function cp437Byte(codeUnit: number): number | undefined {
  if (codeUnit < 128) return codeUnit;
  const b = CP437_REVERSE[codeUnit]!;
  return b === 0 ? undefined : b - 1;
}

const NON_ASCII = /[\u0080-\uffff]/g;

/**
 * Encodes text as CP437, writing `?` for characters CP437 cannot hold. Latin-1 encoding is native and
 * maps each UTF-16 unit to one byte at the same index, so only the (few) non-ASCII chars need fixing.
 */
export function encodeCp437(text: string): Buffer {
  const out = Buffer.from(text, "latin1");
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(text); m !== null; m = NON_ASCII.exec(text)) {
    const b = CP437_REVERSE[text.charCodeAt(m.index)]!;
    out[m.index] = b === 0 ? 63 : b - 1;
  }
  return out;
}

// Swedish letters in each family (reference §9.2 step 4).
const CP437_LETTERS = [0x86, 0x84, 0x94, 0x8f, 0x8e, 0x99, 0x82, 0x81, 0x90, 0x9a];
const LATIN_LETTERS = [0xe5, 0xe4, 0xf6, 0xc5, 0xc4, 0xd6, 0xe9, 0xfc];
// Bytes where ISO-8859-15 differs from Windows-1252 (€ Š š Ž ž Œ œ Ÿ in 8859-15).
const ISO15_ONLY = [0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe];

/** Drops an incomplete UTF-8 sequence at the end of a sample cut from a longer stream. */
function trimPartialUtf8(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0xc0) return bytes.subarray(0, bytes.length - back);
    if ((b & 0xc0) !== 0x80) break;
  }
  return bytes;
}

/**
 * Reference §9.2: BOM ⇒ UTF-8; only ASCII ⇒ CP437 (all agree); valid UTF-8 with multi-byte sequences ⇒
 * UTF-8; otherwise CP437 vs Latin by counting Swedish letters. Latin is reported as Windows-1252 unless
 * the sample has no 0x80–0x9F byte (C1 controls in ISO-8859-15) and has one of the bytes only ISO-8859-15
 * gives a letter or € to.
 * `complete` says whether `bytes` is the whole file (else a trailing partial UTF-8 sequence is forgiven).
 */
export function detectEncoding(bytes: Uint8Array, complete = true): EncodingDetection {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: "utf-8", asciiOnly: false };
  }
  if (isAscii(bytes)) return { encoding: "cp437", asciiOnly: true };
  if (isUtf8(complete ? bytes : trimPartialUtf8(bytes))) return { encoding: "utf-8", asciiOnly: false };
  const counts = new Uint32Array(256);
  for (let i = 0; i < bytes.length; i++) counts[bytes[i]!]!++;
  const sum = (list: number[]): number => list.reduce((n, b) => n + counts[b]!, 0);
  if (sum(CP437_LETTERS) >= sum(LATIN_LETTERS)) return { encoding: "cp437", asciiOnly: false };
  let c1 = 0;
  for (let b = 0x80; b < 0xa0; b++) c1 += counts[b]!;
  const iso = c1 === 0 && sum(ISO15_ONLY) > 0;
  return { encoding: iso ? "iso-8859-15" : "windows-1252", asciiOnly: false };
}

/** A stateful decoder: UTF-8 sequences split across chunks are carried over. */
export interface ChunkDecoder {
  decode(chunk: Uint8Array): string;
  flush(): string;
}

function singleByteDecoder(table: Uint16Array): ChunkDecoder {
  let units = new Uint16Array(0);
  return {
    decode(chunk) {
      const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      if (isAscii(chunk)) return buf.toString("latin1");
      if (units.length < chunk.length) units = new Uint16Array(Math.max(chunk.length, 65536));
      for (let i = 0; i < chunk.length; i++) units[i] = table[chunk[i]!]!;
      return Buffer.from(units.buffer, 0, chunk.length * 2).toString("utf16le");
    },
    flush: () => "",
  };
}

/** The byte → UTF-16 table of a single-byte encoding (undefined for UTF-8). */
export function singleByteTable(encoding: SieEncoding): Uint16Array | undefined {
  return encoding === "utf-8" ? undefined : TABLES[encoding];
}

export function createDecoder(encoding: SieEncoding): ChunkDecoder {
  if (encoding !== "utf-8") return singleByteDecoder(TABLES[encoding]);
  const td = new TextDecoder("utf-8", { ignoreBOM: false });
  return { decode: (chunk) => td.decode(chunk, { stream: true }), flush: () => td.decode() };
}

export function decodeBytes(bytes: Uint8Array, encoding: SieEncoding): string {
  const d = createDecoder(encoding);
  return d.decode(bytes) + d.flush();
}
