import type { ErrorSection } from "./types.js";

/** The ledger in the store: fiscal years, imports, reports. */
export const ledgerErrors = {
  ledger_year_exists: {
    category: "conflict",
    message:
      "The fiscal year {start} – {end} already has data (from {source}, {importedAt}). Import again with replace to overwrite it.",
  },
  ledger_year_overlaps: {
    category: "conflict",
    message:
      "The fiscal year {start} – {end} overlaps the year {otherStart} – {otherEnd} that is already here.",
  },
  ledger_year_not_found: {
    category: "not_found",
    message: "There is no fiscal year {year} for this company.",
  },
  ledger_import_has_errors: {
    category: "invalid_input",
    message: "The file has {count} error(s); nothing was imported. The first: line {line}: {first}",
  },
  ledger_no_fiscal_year: {
    category: "invalid_input",
    message: "The file declares no current fiscal year (#RAR 0), so it cannot be imported.",
  },
} as const satisfies ErrorSection;
