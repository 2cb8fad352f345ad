/** Builds diagnostics from catalogue codes so every message comes from one place. */
import { appError, type ErrorCode, type ErrorParams } from "../core/index.js";
import type { Severity, SieDiagnostic } from "./types.js";

export type SieErrorCode = Extract<ErrorCode, `sie_${string}`>;

export type Report = (line: number, code: SieErrorCode, severity: Severity, params?: ErrorParams) => void;

export function diagnostic(
  line: number,
  code: SieErrorCode,
  severity: Severity,
  params: ErrorParams = {},
): SieDiagnostic {
  return { line, code, message: appError(code, params).message, severity };
}

/** A readable name for a voucher in messages: `A 12 (line 345)`. */
export function voucherName(series: string, number: string): string {
  const s = series === "" ? '""' : series;
  const n = number === "" ? '""' : number;
  return `${s} ${n}`;
}
