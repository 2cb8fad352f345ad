import { z } from "zod";
import { AppException, appError } from "../core/index.js";
import { type Config, SETTINGS } from "./schema.js";

const shape = Object.fromEntries(Object.entries(SETTINGS).map(([k, v]) => [k, v.schema]));
const ConfigSchema = z.object(shape);

/** Reads and validates the configuration from an environment, listing every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const input: Record<string, string> = {};
  for (const key of Object.keys(SETTINGS)) {
    const value = env[key];
    if (value !== undefined && value !== "") input[key] = value;
  }
  const parsed = ConfigSchema.safeParse(input);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new AppException(appError("config_invalid", { detail }, parsed.error.issues));
  }
  return parsed.data as Config;
}

export function publicUrl(config: Config): string {
  return (config.LEDGERBRIDGE_PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, "");
}
