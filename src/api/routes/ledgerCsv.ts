/**
 * CSV for spreadsheets as Swedish finance teams open them: UTF-8 with a byte-order mark (so Excel reads
 * å, ä, ö right), semicolons between fields and a decimal comma.
 */
import type { TrialBalanceLine } from "../../flows/ledger/reports.js";

const cell = (s: string) => (/[";\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
const num = (s: string) => s.replace(".", ",");

export function trialBalanceCsv(lines: readonly TrialBalanceLine[]): string {
  const head = ["Konto", "Benämning", "Ingående balans", "Period", "Utgående balans"].join(";");
  const body = lines.map((l) =>
    [l.account, cell(l.name), num(l.opening), num(l.movement), num(l.closing)].join(";"),
  );
  return `\ufeff${[head, ...body].join("\r\n")}\r\n`;
}
