/** Shared set-up for contract tests: a connected client against an in-process sandbox. */
import { createFortnoxClient, type FortnoxClient, type FortnoxClientOptions } from "../client.js";
import { fortnoxManifest } from "../manifest.js";
import { MemoryTokenStore } from "../memoryTokenStore.js";
import { SlidingWindowRateLimiter } from "../rateLimiter.js";
import { authorizeInSandbox, type ConsentChoice, sandboxOAuthConfig } from "../sandbox/consentDriver.js";
import type { FortnoxSandbox } from "../sandbox/index.js";

export const ALL_SCOPES = [...fortnoxManifest.scopes];

/** Fast retries so fault tests do not wait seconds; the policy's shape is what is under test. */
export const FAST_RETRY = { baseDelayMs: 2, maxDelayMs: 20, random: () => 0.5 } as const;

export async function connect(
  sb: FortnoxSandbox,
  choice: Partial<ConsentChoice> = {},
  options: Partial<FortnoxClientOptions> = {},
): Promise<{ client: FortnoxClient; store: MemoryTokenStore }> {
  const tokens = await authorizeInSandbox(sb, { username: "admin", scopes: ALL_SCOPES, ...choice });
  const store = new MemoryTokenStore(tokens);
  return { client: clientFor(sb, store, options), store };
}

export function clientFor(
  sb: FortnoxSandbox,
  store: MemoryTokenStore,
  options: Partial<FortnoxClientOptions> = {},
) {
  return createFortnoxClient({
    apiBaseUrl: sb.url,
    oauth: sandboxOAuthConfig(sb),
    tokens: store,
    retry: FAST_RETRY,
    // The sandboxes of these tests run without a window unless a test sets one; rate tests pass their own.
    limiter: new SlidingWindowRateLimiter({ limit: 10_000, windowMs: 1000, guardMs: 0 }),
    ...options,
  });
}
