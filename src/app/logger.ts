import { type Logger, pino } from "pino";

/** Where log lines go: `serve` and `worker` log to stdout; other commands keep stdout for their output. */
export type LogTo = "stdout" | "stderr";

export type { Logger };

/**
 * The one logger. Secrets must never reach it: these paths are redacted wherever they appear, as a last
 * line of defence behind the rule that code does not log tokens at all.
 */
export function createLogger(level: string, to: LogTo = "stdout"): Logger {
  return pino(
    {
      level,
      redact: {
        paths: [
          "password",
          "*.password",
          "token",
          "*.token",
          "secret",
          "*.secret",
          "*.accessToken",
          "*.refreshToken",
          "*.clientSecret",
          "req.headers.authorization",
          "req.headers.cookie",
          'res.headers["set-cookie"]',
        ],
        censor: "[redacted]",
      },
    },
    pino.destination(to === "stderr" ? 2 : 1),
  );
}
