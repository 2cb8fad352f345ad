/**
 * #KSUMMA (reference §7): CRC-32 over, for every record between the start marker and the closing
 * `#KSUMMA n`, the label and then each field value as decoded (no blanks, no quotes, no braces of object
 * lists but their items, `\"` as `"`), all as CP437 bytes. Brace lines and line ends count for nothing.
 */
import { crc32 } from "./crc32.js";
import { cp437Byte } from "./encoding.js";
import type { Field } from "./tokenizer.js";

export class KsummaAccumulator {
  private crc = 0;
  private buf = new Uint8Array(4096);
  private used = 0;

  /** Adds one record: its label and its fields (object lists contribute their items). */
  addRecord(label: string, fields: readonly Field[]): void {
    this.addText(label);
    for (const f of fields) {
      if (typeof f === "string") this.addText(f);
      else for (const item of f) this.addText(item);
    }
  }

  addText(text: string): void {
    if (this.used + text.length > this.buf.length) this.drain();
    if (text.length > this.buf.length) this.buf = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      // Characters without a CP437 byte cannot occur in a file that really is CP437; use '?' like the writer.
      this.buf[this.used++] = cp437Byte(text.charCodeAt(i)) ?? 63;
    }
  }

  private drain(): void {
    if (this.used > 0) this.crc = crc32(this.buf.subarray(0, this.used), this.crc);
    this.used = 0;
  }

  /** The checksum so far as the unsigned 32-bit value the file carries. */
  value(): number {
    this.drain();
    return this.crc;
  }
}

/** Checksum of a list of records given as label + fields (test vectors, writer). */
export function ksummaOf(records: Iterable<{ label: string; fields: readonly Field[] }>): number {
  const acc = new KsummaAccumulator();
  for (const r of records) acc.addRecord(r.label, r.fields);
  return acc.value();
}
