/** Test helpers shared by the SIE tests (not exported from index.ts). */
import { encodeCp437 } from "./encoding.js";
import { SieReader } from "./reader.js";
import { inspectSie, type SieSummary } from "./summary.js";
import type { SieDiagnostic, SieReadResult, SieRecord, SieVoucher } from "./types.js";

export interface ReadAll {
  records: SieRecord[];
  vouchers: SieVoucher[];
  diagnostics: SieDiagnostic[];
  result: SieReadResult;
}

/** Reads bytes (or CP437-encoded text) in chunks of `chunk` bytes, collecting everything. */
export function readAll(input: string | Uint8Array, chunk = 1 << 16): ReadAll {
  const bytes = typeof input === "string" ? encodeCp437(input) : input;
  const out: Omit<ReadAll, "result"> = { records: [], vouchers: [], diagnostics: [] };
  const reader = new SieReader({
    record: (r) => out.records.push(r),
    voucher: (v) => out.vouchers.push(v),
    diagnostic: (d) => out.diagnostics.push(d),
  });
  for (let i = 0; i < bytes.length; i += chunk) reader.write(bytes.subarray(i, i + chunk));
  return { ...out, result: reader.end() };
}

export function inspectText(text: string): Promise<SieSummary> {
  return inspectSie(encodeCp437(text));
}

/** `[line, code]` pairs, the shape most assertions want. */
export function codes(list: readonly SieDiagnostic[]): [number, string][] {
  return list.map((d) => [d.line, d.code]);
}

/** A minimal valid 4E file around the given voucher/balance lines. */
export function file4E(body: string[], chart = ['#KONTO 1930 "Bank"', '#KONTO 3001 "Försäljning"']): string {
  return [
    "#FLAGGA 0",
    '#PROGRAM "Test" 1.0',
    "#FORMAT PC8",
    "#GEN 20250102",
    "#SIETYP 4",
    '#FNAMN "Testbolaget AB"',
    "#RAR 0 20250101 20251231",
    ...chart,
    ...body,
    "",
  ].join("\r\n");
}
