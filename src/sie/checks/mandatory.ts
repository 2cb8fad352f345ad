/**
 * Mandatory and forbidden records per file type (reference §3, spec §6). Missing records the data
 * cannot do without (#FNAMN; #RAR and #KONTO where balances or an export need them) are errors; the
 * rest, which real exports do omit without losing data, are warnings. Forbidden records are warnings:
 * they are read anyway.
 */
import type { Report } from "../diagnostics.js";

export type FileKind = "1" | "2" | "3" | "4E" | "4I";

const REQUIRED: Record<FileKind, string> = {
  "1": "FLAGGA PROGRAM FORMAT GEN FNAMN RAR KONTO SRU",
  "2": "FLAGGA PROGRAM FORMAT GEN SIETYP FNAMN RAR OMFATTN KONTO SRU",
  "3": "FLAGGA PROGRAM FORMAT GEN SIETYP FNAMN RAR OMFATTN KONTO",
  "4E": "FLAGGA PROGRAM FORMAT GEN SIETYP FNAMN RAR KONTO",
  "4I": "FLAGGA PROGRAM FORMAT GEN SIETYP FNAMN",
};

const FORBIDDEN: Record<FileKind, string> = {
  "1": "OMFATTN DIM UNDERDIM OBJEKT OIB OUB PSALDO PBUDGET VER",
  "2": "DIM UNDERDIM OBJEKT OIB OUB VER",
  "3": "VER",
  "4E": "",
  "4I": "BKOD OMFATTN OIB OUB PSALDO PBUDGET",
};

const ESSENTIAL = new Set(["FNAMN", "RAR", "KONTO"]);

/** `seen` maps each label present to the line of its first occurrence. */
export function checkMandatory(
  kind: FileKind,
  seen: ReadonlyMap<string, number>,
  rar0: boolean,
  lastLine: number,
  report: Report,
): void {
  const sieType = kind;
  for (const label of REQUIRED[kind].split(" ")) {
    const present = label === "RAR" ? rar0 : seen.has(label);
    if (present) continue;
    report(Math.max(lastLine, 1), "sie_missing_record", ESSENTIAL.has(label) ? "error" : "warning", {
      label: label === "RAR" ? "RAR 0" : label,
      sieType,
    });
  }
  for (const label of FORBIDDEN[kind].split(" ")) {
    const line = label === "" ? undefined : seen.get(label);
    if (line !== undefined) report(line, "sie_forbidden_record", "warning", { label, sieType });
  }
}
