/**
 * The SIE writer's entry points. All of them stream: vouchers are pulled one at a time from the given
 * (async) iterable and written out in chunks of about 64 KB, so a million-row export needs no more
 * memory than one chunk.
 */

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import { fail } from "../../core/index.js";
import { SieEncoder } from "./encoder.js";
import { balanceSection, chart, header } from "./sections.js";
import type { SieExport, SieVoucherInput, SieWriteOptions } from "./types.js";

function* before(e: SieEncoder, doc: SieExport): Generator<Buffer> {
  for (const section of [header(e, doc), chart(e, doc), balanceSection(e, doc)]) {
    for (const _ of section) if (e.full) yield e.take();
  }
}

function isAsync(v: unknown): v is AsyncIterable<SieVoucherInput> {
  return typeof v === "object" && v !== null && Symbol.asyncIterator in v;
}

/** Buffer chunks of the file, in order. Vouchers may be an AsyncIterable (e.g. a database cursor). */
export async function* encodeSie(doc: SieExport, options: SieWriteOptions = {}): AsyncGenerator<Buffer> {
  const e = new SieEncoder(options);
  yield* before(e, doc);
  const vouchers = doc.vouchers ?? [];
  for await (const v of vouchers as AsyncIterable<SieVoucherInput>) {
    e.voucher(v);
    if (e.full) yield e.take();
  }
  yield e.finish();
}

/** Synchronous variant; the vouchers must be a plain Iterable. */
export function* encodeSieSync(doc: SieExport, options: SieWriteOptions = {}): Generator<Buffer> {
  const e = new SieEncoder(options);
  yield* before(e, doc);
  if (isAsync(doc.vouchers)) fail("sie_writer_invalid", { detail: "vouchers are async: use encodeSie" });
  for (const v of (doc.vouchers ?? []) as Iterable<SieVoucherInput>) {
    e.voucher(v);
    if (e.full) yield e.take();
  }
  yield e.finish();
}

/** The whole file as one Buffer (small files, tests). */
export function sieToBuffer(doc: SieExport, options: SieWriteOptions = {}): Buffer {
  return Buffer.concat([...encodeSieSync(doc, options)]);
}

/** Writes to a stream, waiting on backpressure; does not end the stream. */
export async function writeSie(
  doc: SieExport,
  stream: Writable,
  options: SieWriteOptions = {},
): Promise<void> {
  for await (const chunk of encodeSie(doc, options)) {
    if (!stream.write(chunk)) await once(stream, "drain");
  }
}

export async function writeSieFile(
  path: string,
  doc: SieExport,
  options: SieWriteOptions = {},
): Promise<void> {
  const stream = createWriteStream(path);
  try {
    await writeSie(doc, stream, options);
  } finally {
    stream.end();
    await once(stream, "close");
  }
}
