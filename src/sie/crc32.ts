/**
 * CRC-32 (reflected, polynomial 0xEDB88320, as zlib) for #KSUMMA. Node ≥ 20.15 has a native
 * `zlib.crc32`; the table version is the fallback for older runtimes.
 */
import * as zlib from "node:zlib";

const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32Table(data: Uint8Array, previous: number): number {
  let c = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** Continues a CRC-32 over more bytes; start with 0. */
export function crc32(data: Uint8Array, previous = 0): number {
  return native ? native(data, previous) : crc32Table(data, previous);
}

export { crc32Table };
