/** Public API of the SIE module; see README.md. */
export { SieChecker } from "./checks/checker.js";
export { crc32 } from "./crc32.js";
export {
  parseSieDocument,
  parseSieDocumentFile,
  type SieDocument,
  type SieDocumentVoucher,
} from "./document.js";
export {
  createDecoder,
  decodeBytes,
  detectEncoding,
  type EncodingDetection,
  encodeCp437,
  SIE_ENCODINGS,
  type SieEncoding,
} from "./encoding.js";
export { KsummaAccumulator, ksummaOf } from "./ksumma.js";
export {
  iterateSie,
  openSieFile,
  readSie,
  readSieFile,
  readSieSync,
  type SieItem,
  type SieSource,
} from "./read.js";
export { SieReader, type SieReadOptions } from "./reader.js";
export { inspectSie, inspectSieFile, type SieSummary, SummaryCollector } from "./summary.js";
export type { Field } from "./tokenizer.js";
export type * from "./types.js";
export { formatAmount, formatSieDate, parseAmount, parseSieDate } from "./values.js";
export { encodeSie, encodeSieSync, sieToBuffer, writeSie, writeSieFile } from "./writer/index.js";
export type * from "./writer/types.js";
