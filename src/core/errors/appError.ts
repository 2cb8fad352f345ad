import { type ErrorCode, errorSpec } from "./catalogue.js";
import type { ErrorCategory } from "./types.js";

export type ErrorParams = Readonly<Record<string, string | number>>;

/** An expected failure as a value: a catalogue code, the message filled in, and structured details. */
export interface AppError {
  readonly code: ErrorCode;
  readonly category: ErrorCategory;
  readonly message: string;
  readonly details?: unknown;
}

export function fillTemplate(template: string, params: ErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

export function appError(code: ErrorCode, params: ErrorParams = {}, details?: unknown): AppError {
  const spec = errorSpec(code);
  const base = { code, category: spec.category, message: fillTemplate(spec.message, params) };
  return details === undefined ? base : { ...base, details };
}

/**
 * Carries an AppError through layers that cannot return a Result (an HTTP handler, a job). The API and
 * the CLI turn it back into the error envelope.
 */
export class AppException extends Error {
  readonly error: AppError;
  constructor(error: AppError) {
    super(error.message);
    this.name = "AppException";
    this.error = error;
  }
}

export function fail(code: ErrorCode, params: ErrorParams = {}, details?: unknown): never {
  throw new AppException(appError(code, params, details));
}

export function isAppException(e: unknown): e is AppException {
  return e instanceof AppException;
}
