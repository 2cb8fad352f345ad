/**
 * Imports one SIE 4 file into the ledger as one fiscal year (the file's year 0), in one transaction:
 * the file is read once, checked as it is read, and written in batches (each written while the next is
 * read); a file with errors, a year that exists without `replace`, or any failure rolls everything back,
 * leaving the previous data untouched.
 */
import { AppException, appError, fail } from "../../core/index.js";
import { SieReader, type SieSummary, SummaryCollector } from "../../sie/index.js";
import type { Db, Sql } from "../../store/db.js";
import {
  deleteFiscalYear,
  insertFiscalYear,
  type LedgerSource,
  overlappingYears,
  setYearCounts,
} from "../../store/repos/ledger/fiscalYears.js";
import { LedgerSink, type YearInfo } from "./ledgerSink.js";

export interface ImportSieInput {
  readonly companyId: string;
  readonly source: Uint8Array | AsyncIterable<Uint8Array>;
  readonly sourceName: string;
  /** Overwrite a year that already has data. */
  readonly replace: boolean;
  readonly origin?: { source: LedgerSource; connectionId?: string; externalId?: string };
  readonly userId?: string | null;
  readonly onProgress?: (bytesRead: number) => void;
  /** Rows per COPY batch (default 50 000); tests make it small to exercise several batches. */
  readonly batchRows?: number;
  /** Runs inside the import's transaction after the data is written (e.g. to move a sync cursor with it). */
  readonly beforeCommit?: (tx: Sql, fiscalYearId: string) => Promise<void>;
}

export interface ImportSieResult {
  readonly fiscalYearId: string;
  readonly start: string;
  readonly end: string;
  readonly replaced: boolean;
  readonly counts: { readonly vouchers: number; readonly rows: number; readonly accounts: number };
  readonly summary: SieSummary;
}

async function* chunksOf(source: Uint8Array | AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (!(source instanceof Uint8Array)) {
    yield* source;
    return;
  }
  for (let i = 0; i < source.length; i += 1 << 20) yield source.subarray(i, i + (1 << 20));
}

function opener(tx: Sql, input: ImportSieInput, replaced: { value: boolean }) {
  return async (y: YearInfo): Promise<string> => {
    for (const other of await overlappingYears(tx, input.companyId, y.start, y.end)) {
      if (other.start !== y.start || other.end !== y.end) {
        fail("ledger_year_overlaps", {
          start: y.start,
          end: y.end,
          otherStart: other.start,
          otherEnd: other.end,
        });
      }
      if (!input.replace) {
        const source =
          other.source === "sie" ? `an uploaded file ${other.sourceName ?? ""}`.trim() : "Fortnox";
        fail("ledger_year_exists", {
          start: y.start,
          end: y.end,
          source,
          importedAt: other.importedAt.slice(0, 10),
        });
      }
      await deleteFiscalYear(tx, input.companyId, other.id);
      replaced.value = true;
    }
    return insertFiscalYear(tx, {
      companyId: input.companyId,
      start: y.start,
      end: y.end,
      currency: y.currency,
      source: input.origin?.source ?? "sie",
      sourceName: input.sourceName,
      connectionId: input.origin?.connectionId ?? null,
      externalId: input.origin?.externalId ?? null,
      importedBy: input.userId ?? null,
    });
  };
}

export async function importSie(db: Db, input: ImportSieInput): Promise<ImportSieResult> {
  return db.transaction(async (tx) => {
    const replaced = { value: false };
    const sink = new LedgerSink(tx, input.companyId, opener(tx, input, replaced), input.batchRows);
    const collector = new SummaryCollector(sink);
    const reader = new SieReader(collector);
    let bytes = 0;
    for await (const chunk of chunksOf(input.source)) {
      reader.write(chunk);
      bytes += chunk.length;
      input.onProgress?.(bytes);
      await sink.flush(false);
    }
    // A batch may still be on its way: its failure comes first, as it would have without the overlap.
    await sink.drain();
    const summary = collector.finish(reader.end());
    const [firstError] = summary.errors;
    if (firstError) {
      throw new AppException(
        appError(
          "ledger_import_has_errors",
          { count: summary.errors.length, line: firstError.line, first: firstError.message },
          { errors: summary.errors, warnings: summary.warnings },
        ),
      );
    }
    const done = await sink.finish();
    await setYearCounts(tx, done.yearId, sink.voucherCount, sink.rowCount);
    await input.beforeCommit?.(tx, done.yearId);
    return {
      fiscalYearId: done.yearId,
      start: done.year.start,
      end: done.year.end,
      replaced: replaced.value,
      counts: { vouchers: sink.voucherCount, rows: sink.rowCount, accounts: done.accounts },
      summary,
    };
  });
}
