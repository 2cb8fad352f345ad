/** Entry points of the streaming reader over the usual sources: bytes, chunk iterables, files. */
import { open } from "node:fs/promises";
import { SieReader, type SieReadOptions } from "./reader.js";
import type { SieDiagnostic, SieReadResult, SieRecord, SieVisitor, SieVoucher } from "./types.js";

export type SieSource = Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

/** 256 KB: large enough that per-chunk overhead vanishes, small enough for bounded memory. */
export const CHUNK_SIZE = 1 << 18;

/** Reads a whole source, calling the visitor as records and vouchers complete. */
export async function readSie(
  source: SieSource,
  visitor: SieVisitor,
  options: SieReadOptions = {},
): Promise<SieReadResult> {
  const reader = new SieReader(visitor, options);
  if (source instanceof Uint8Array) {
    for (let i = 0; i < source.length; i += CHUNK_SIZE) {
      reader.write(source.subarray(i, i + CHUNK_SIZE));
      options.onProgress?.(Math.min(i + CHUNK_SIZE, source.length));
    }
    return reader.end();
  }
  let bytes = 0;
  for await (const chunk of source as AsyncIterable<Uint8Array>) {
    reader.write(chunk);
    bytes += chunk.length;
    options.onProgress?.(bytes);
  }
  return reader.end();
}

/** Synchronous variant for bytes already in memory. */
export function readSieSync(
  source: Uint8Array,
  visitor: SieVisitor,
  options: SieReadOptions = {},
): SieReadResult {
  const reader = new SieReader(visitor, options);
  for (let i = 0; i < source.length; i += CHUNK_SIZE) reader.write(source.subarray(i, i + CHUNK_SIZE));
  return reader.end();
}

/**
 * The file's bytes in chunks of CHUNK_SIZE, each read while the one before is being parsed (the read
 * runs on libuv's thread pool). Every chunk is a fresh buffer, since the reader may hold on to chunks
 * (encoding detection). Rejects with the fs error if the file cannot be opened or read.
 */
export async function* openSieFile(path: string): AsyncGenerator<Uint8Array> {
  const file = await open(path, "r");
  try {
    const read = () => {
      const buffer = Buffer.allocUnsafeSlow(CHUNK_SIZE);
      return file.read(buffer, 0, CHUNK_SIZE, null).then((r) => buffer.subarray(0, r.bytesRead));
    };
    let next = read();
    while (true) {
      const chunk = await next;
      if (chunk.length === 0) return;
      next = read();
      // A failed read-ahead is awaited (and thrown) on the next turn; until then it is not unhandled.
      next.catch(() => undefined);
      yield chunk;
    }
  } finally {
    await file.close();
  }
}

/** File variant of readSie. A missing or unreadable file rejects with the fs error. */
export function readSieFile(
  path: string,
  visitor: SieVisitor,
  options: SieReadOptions = {},
): Promise<SieReadResult> {
  return readSie(openSieFile(path), visitor, options);
}

export type SieItem =
  | { readonly kind: "record"; readonly record: SieRecord }
  | { readonly kind: "voucher"; readonly voucher: SieVoucher }
  | { readonly kind: "diagnostic"; readonly diagnostic: SieDiagnostic }
  | { readonly kind: "end"; readonly result: SieReadResult };

/**
 * Async iterator over everything the reader finds, ending with `{ kind: "end" }`. Items of one chunk
 * are buffered, so memory stays bounded by the chunk size.
 */
export async function* iterateSie(source: SieSource, options: SieReadOptions = {}): AsyncGenerator<SieItem> {
  let queue: SieItem[] = [];
  const reader = new SieReader(
    {
      record: (record) => queue.push({ kind: "record", record }),
      voucher: (voucher) => queue.push({ kind: "voucher", voucher }),
      diagnostic: (diagnostic) => queue.push({ kind: "diagnostic", diagnostic }),
    },
    options,
  );
  const chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array> =
    source instanceof Uint8Array ? splitBytes(source) : source;
  for await (const chunk of chunks) {
    reader.write(chunk);
    const items = queue;
    queue = [];
    yield* items;
  }
  const result = reader.end();
  yield* queue;
  yield { kind: "end", result };
}

function* splitBytes(source: Uint8Array): Generator<Uint8Array> {
  for (let i = 0; i < source.length; i += CHUNK_SIZE) yield source.subarray(i, i + CHUNK_SIZE);
}
