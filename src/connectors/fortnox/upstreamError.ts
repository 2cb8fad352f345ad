/**
 * Fortnox error bodies → our catalogue. Key casing varies (error/message/code and Error/Message/Code),
 * the code may be a string, and gateways answer with OAuth-style or bare {"message"} bodies (reference
 * §4): parse all of them, keep the upstream (Swedish) message verbatim in the details.
 */
import { type AppError, appError } from "../../core/index.js";

export interface FortnoxErrorInfo {
  readonly status: number;
  readonly code?: number;
  readonly message: string;
}

const SYSTEM = "Fortnox";

function pick(obj: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(obj).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : obj[key];
}

function asRecord(v: unknown): Record<string, unknown> | undefined {
  return typeof v === "object" && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
}

/** Reads any of Fortnox's error shapes; `text` is the raw body (may be empty or not JSON). */
export function parseFortnoxError(status: number, text: string): FortnoxErrorInfo {
  let body: Record<string, unknown> | undefined;
  try {
    body = asRecord(JSON.parse(text));
  } catch {
    body = undefined;
  }
  if (!body) return { status, message: text.trim().slice(0, 500) };
  const info = asRecord(pick(body, "errorinformation")) ?? body;
  const rawCode = pick(info, "code");
  const code =
    typeof rawCode === "number" ? rawCode : typeof rawCode === "string" ? Number(rawCode) : Number.NaN;
  const msg = pick(info, "message") ?? pick(info, "error_description") ?? pick(info, "error") ?? "";
  const message = typeof msg === "string" ? msg : JSON.stringify(msg);
  return Number.isFinite(code) ? { status, code, message } : { status, message };
}

const LICENCE_CODES = new Set([2001101, 2001103]);
const NOT_FOUND_CODES = new Set([2000423, 2001304, 2000762]);

/** Maps a non-2xx answer (other than the 401/429/5xx the client handles itself) to the catalogue. */
export function fortnoxAppError(info: FortnoxErrorInfo, entity: string): AppError {
  const details = {
    system: SYSTEM,
    status: info.status,
    upstreamCode: info.code,
    upstreamMessage: info.message,
  };
  const params = { system: SYSTEM, upstreamMessage: info.message, entity };
  if (info.code !== undefined && LICENCE_CODES.has(info.code))
    return appError("fortnox_licence_missing", params, details);
  if (info.status === 403) return appError("fortnox_permission_denied", params, details);
  if (info.status === 404 || (info.code !== undefined && NOT_FOUND_CODES.has(info.code))) {
    return appError("fortnox_not_found", params, details);
  }
  if (info.status === 401) return appError("upstream_unauthorized", params, details);
  if (info.status === 429)
    return appError("upstream_rate_limited", { system: SYSTEM, retryAfter: 5 }, details);
  if (info.status >= 500)
    return appError("upstream_unavailable", { system: SYSTEM, status: info.status }, details);
  if (info.status === 400) return appError("fortnox_validation_failed", params, details);
  return appError("upstream_rejected", params, details);
}
