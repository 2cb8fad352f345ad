/** Error categories; each maps to one HTTP status in `api/` and one exit code in `cli/`. */
export const ERROR_CATEGORIES = [
  "invalid_input",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "rate_limited",
  "upstream_unavailable",
  "upstream_rejected",
  "internal",
] as const;
export type ErrorCategory = (typeof ERROR_CATEGORIES)[number];

export interface ErrorSpec {
  readonly category: ErrorCategory;
  /** Message template; `{name}` is replaced from the error's params. Written for a person to act on. */
  readonly message: string;
}

/** A catalogue section: codes of one area, each a stable snake_case code. */
export type ErrorSection = Readonly<Record<string, ErrorSpec>>;
