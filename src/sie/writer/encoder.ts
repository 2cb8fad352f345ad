/**
 * Builds SIE lines into chunks. Each record is formatted once; when #KSUMMA is on, the values it is made
 * of (as they will read back) are fed to the checksum in the same step, so writing and checking agree.
 */
import { fail, type LocalDate } from "../../core/index.js";
import { encodeCp437 } from "../encoding.js";
import { KsummaAccumulator } from "../ksumma.js";
import { formatSieDate } from "../values.js";
import { amountText, cleanText, idField, objectList, quantityField, quoted } from "./format.js";
import type { SieRowInput, SieVoucherInput, SieWriteOptions } from "./types.js";

/** A field: [as written, value as read back]. */
export type Out = [string, string];

const CHUNK_CHARS = 1 << 16;

export function text(s: string | undefined): Out {
  const c = cleanText(s ?? "");
  return [quoted(c), c];
}

export function raw(s: string): Out {
  return [s, s];
}

export function date(d: LocalDate | undefined): Out {
  return d === undefined ? ['""', ""] : raw(formatSieDate(d));
}

/** Drops trailing empty optional fields (4C: they may be omitted), keeps inner ones as `""`. */
function trimTrailing(fields: Out[], mandatory: number): Out[] {
  let n = fields.length;
  while (n > mandatory && fields[n - 1]![1] === "") n--;
  return n === fields.length ? fields : fields.slice(0, n);
}

function rowKey(r: SieRowInput): string {
  const objects = (r.objects ?? []).map((o) => `${o.dimension}:${o.code}`).join(",");
  return `${r.account}|${amountText(r.amount)}|${objects}`;
}

function addedByKey(rows: readonly SieRowInput[] | undefined): Map<string, SieRowInput[]> | undefined {
  if (rows === undefined || rows.length === 0) return undefined;
  const m = new Map<string, SieRowInput[]>();
  for (const r of rows) {
    const k = rowKey(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

export class SieEncoder {
  private parts: string[] = [];
  private chars = 0;
  /** Set by the start marker: records before it (#FLAGGA) are outside the checksum. */
  private ks: KsummaAccumulator | undefined;
  private readonly eol: string;
  private readonly utf8: boolean;

  constructor(readonly options: SieWriteOptions) {
    this.eol = options.lineEnding ?? "\r\n";
    this.utf8 = options.encoding === "utf-8";
  }

  private push(line: string): void {
    this.parts.push(line, this.eol);
    this.chars += line.length + 2;
  }

  /** A record line; `mandatory` leading fields are always written, empty trailing ones after them dropped. */
  record(label: string, fields: Out[], mandatory = fields.length): void {
    const kept = trimTrailing(fields, mandatory);
    let line = `#${label}`;
    for (const f of kept) line += ` ${f[0]}`;
    this.push(line);
    if (this.ks) {
      this.ks.addText(`#${label}`);
      for (const f of kept) this.ks.addText(f[1]);
    }
  }

  ksummaStart(): void {
    if (!this.options.ksumma) return;
    this.push("#KSUMMA");
    this.ks = new KsummaAccumulator();
  }

  voucher(v: SieVoucherInput): void {
    if (v.date === undefined) fail("sie_writer_invalid", { detail: "a voucher has no date" });
    const fields = [
      text(v.series),
      text(v.number),
      date(v.date),
      text(v.text),
      date(v.registrationDate),
      text(v.signature),
    ];
    this.record("VER", fields, 3);
    this.push("{");
    for (const r of v.removedRows ?? []) this.row("BTRANS", r);
    const added = addedByKey(v.addedRows);
    for (const r of v.rows) {
      // An added row is written as #RTRANS directly before its #TRANS copy (spec 4B §11).
      const a = added?.get(rowKey(r))?.shift();
      if (a) this.row("RTRANS", a);
      this.row("TRANS", r);
    }
    if (added) {
      for (const left of added.values()) {
        if (left.length > 0)
          fail("sie_writer_invalid", { detail: "an added row (#RTRANS) has no equal row in rows" });
      }
    }
    this.push("}");
  }

  /** The hot path of big exports: formats a row directly, allocating only for the #KSUMMA values. */
  row(label: "TRANS" | "RTRANS" | "BTRANS", r: SieRowInput): void {
    const values = this.ks ? [`#${label}`] : undefined;
    const [account, accountValue] = idField(r.account);
    values?.push(accountValue);
    const list = objectList(r.objects, values);
    const amount = amountText(r.amount);
    values?.push(amount);
    let line = `#${label} ${account} ${list} ${amount}`;
    const tail: Out[] = [
      date(r.transactionDate),
      text(r.text),
      r.quantity === undefined ? ['""', ""] : quantityField(r.quantity),
      text(r.signature),
    ];
    let n = tail.length;
    while (n > 0 && tail[n - 1]![1] === "") n--;
    for (let i = 0; i < n; i++) {
      line += ` ${tail[i]![0]}`;
      values?.push(tail[i]![1]);
    }
    this.push(line);
    if (values) for (const v of values) this.ks!.addText(v);
  }

  /** True when enough text is buffered for a chunk. */
  get full(): boolean {
    return this.chars >= CHUNK_CHARS;
  }

  take(): Buffer {
    const s = this.parts.join("");
    this.parts = [];
    this.chars = 0;
    return this.utf8 ? Buffer.from(s, "utf8") : encodeCp437(s);
  }

  /** The closing #KSUMMA (when on) and the last chunk. */
  finish(): Buffer {
    if (this.ks) this.push(`#KSUMMA ${this.ks.value()}`);
    return this.take();
  }
}
