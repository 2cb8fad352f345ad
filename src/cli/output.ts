/**
 * The CLI's output helpers: results go to stdout (JSON when asked), progress and messages to stderr,
 * so `--json` output can be piped. Errors from the catalogue map to exit codes here.
 */
import { type AppError, isAppException } from "../core/index.js";

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v))}\n`);
}

export function printLine(text = ""): void {
  process.stdout.write(`${text}\n`);
}

export function printErr(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** Exit codes: 1 could not do it at all, 2 done but the input had errors, 3 upstream trouble. */
export function exitCodeFor(error: AppError): number {
  return error.category === "upstream_unavailable" || error.category === "rate_limited" ? 3 : 1;
}

/** Runs a command body, turning an AppException into a readable message (or JSON) and an exit code. */
export async function runCommand(json: boolean, body: () => Promise<unknown>): Promise<void> {
  try {
    const code = await body();
    process.exitCode = typeof code === "number" ? code : 0;
  } catch (e) {
    if (isAppException(e)) {
      if (json)
        printJson({ error: { code: e.error.code, message: e.error.message, details: e.error.details } });
      else printErr(`error: ${e.error.message} [${e.error.code}]`);
      process.exitCode = exitCodeFor(e.error);
      return;
    }
    throw e;
  }
}
