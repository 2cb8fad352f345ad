/**
 * The composition root: everything a process needs, built once from the configuration and passed
 * down explicitly (no module-level singletons).
 */
import type { Config } from "../config/schema.js";
import type { JobQueue } from "../jobs/queue.js";
import type { Db } from "../store/db.js";
import type { SecretBox } from "../store/security/secretBox.js";
import type { Logger } from "./logger.js";

/** The hub's own registration with an external system (its OAuth client), used by activation links. */
export interface OAuthApp {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly apiBaseUrl: string;
  readonly authBaseUrl: string;
  /** Set when the app is the bundled sandbox's (demo mode). */
  readonly sandbox: boolean;
}

export interface AppContext {
  readonly config: Config;
  readonly db: Db;
  readonly secrets: SecretBox;
  readonly queue: JobQueue;
  readonly log: Logger;
  /** The base URL users reach the hub at (links in e-mails, OAuth callbacks). */
  readonly publicUrl: string;
  /** Set when the demo sandboxes run with this process. */
  readonly demo: boolean;
  /** OAuth apps by system; filled from the configuration, or by demo mode with the sandbox's. */
  readonly apps: { fortnox?: OAuthApp };
}
