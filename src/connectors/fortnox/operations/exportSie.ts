/**
 * The SIE export of one financial year: the way to read a whole ledger in one request instead of one
 * GET per voucher (reference §5.5, pitfalls §4 #5). The bytes are CP437 with #FORMAT PC8 (or UTF-8 in
 * spite of it, UNCONFIRMED): src/sie's reader detects the encoding from the bytes and checks the file.
 */
import { parseSieDocument, type SieDocument } from "../../../sie/index.js";
import type { FortnoxClient } from "../client.js";

export type SieType = 1 | 2 | 3 | 4;

export interface SieExportResult {
  /** The file as Fortnox sent it, for the blob store. */
  readonly bytes: Uint8Array;
  /** Parsed by src/sie; `document.summary.errors` lists every problem with its line. */
  readonly document: SieDocument;
}

export async function exportSie(
  client: FortnoxClient,
  o: { financialYearId: string; type?: SieType; fromDate?: string; toDate?: string; timeoutMs?: number },
): Promise<SieExportResult> {
  const bytes = await client.bytes({
    path: `/3/sie/${o.type ?? 4}`,
    entity: "SIE export",
    query: { financialyear: o.financialYearId, fromdate: o.fromDate, todate: o.toDate },
    // The whole year in one answer: allow minutes, not the 30 s of an ordinary call.
    timeoutMs: o.timeoutMs ?? 600_000,
  });
  return { bytes, document: await parseSieDocument(bytes) };
}
