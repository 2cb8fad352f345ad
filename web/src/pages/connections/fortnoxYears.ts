/**
 * The fiscal years of a Fortnox connection as the card lists them: Fortnox's financial years beside the
 * ledger's, and which uploaded (SIE) years a sync would touch, so the user can be asked first.
 */
import type { FiscalYear } from "../../api/types.js";
import type { FortnoxFinancialYear } from "./api.js";

interface Span {
  start: string;
  end: string;
}

export interface YearRow {
  key: string;
  start: string;
  end: string;
  /** Fortnox's year; null for a year only the ledger has (or when Fortnox's years could not be read). */
  fortnox: FortnoxFinancialYear | null;
  /** What the ledger has for the same period, if anything. */
  ledger: FiscalYear | null;
}

/** The same rule as the sync's (a ledger year overlapping Fortnox's year is that year). */
const overlaps = (a: Span, b: Span) => a.start <= b.end && b.start <= a.end;

/** Newest first. Without Fortnox's years (not read yet, or failed) only the ledger's are listed. */
export function yearRows(fortnox: FortnoxFinancialYear[] | undefined, ledger: FiscalYear[]): YearRow[] {
  const rows: YearRow[] = (fortnox ?? []).map((f) => ({
    key: `fortnox-${f.externalId}`,
    start: f.start,
    end: f.end,
    fortnox: f,
    ledger: ledger.find((l) => overlaps(l, f)) ?? null,
  }));
  for (const l of ledger) {
    if (!rows.some((r) => r.ledger?.id === l.id)) {
      rows.push({ key: `ledger-${l.id}`, start: l.start, end: l.end, fortnox: null, ledger: l });
    }
  }
  return rows.sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : 0));
}

/** The sync's `year` parameter: the calendar year a financial year starts in. */
export const startYear = (y: Span) => Number(y.start.slice(0, 4));

function uploadedAmong(spans: Span[], ledger: FiscalYear[]): FiscalYear[] {
  return ledger.filter((l) => l.source === "sie" && spans.some((s) => overlaps(l, s)));
}

/**
 * The uploaded years a sync of one year would replace. The API takes the calendar year the financial
 * year starts in, and syncs every Fortnox year starting in it (two, after a shortened year).
 */
export function uploadedInYear(
  year: number,
  fortnox: FortnoxFinancialYear[] | undefined,
  ledger: FiscalYear[],
): FiscalYear[] {
  const spans = (fortnox ?? ledger).filter((y) => startYear(y) === year);
  return uploadedAmong(spans, ledger);
}

/**
 * The uploaded years a sync of the last two years would replace: Fortnox's two newest. When Fortnox's
 * years could not be read, the ledger's two newest are the best guess (the sync would fail anyway).
 */
export function uploadedInLastTwo(
  fortnox: FortnoxFinancialYear[] | undefined,
  ledger: FiscalYear[],
): FiscalYear[] {
  return uploadedAmong((fortnox ?? ledger).slice(0, 2), ledger);
}
