/** Shared set-up of the Fortnox benchmarks: a sandbox in-process and a connected client. */
import { createFortnoxClient, type FortnoxClientOptions } from "../../src/connectors/fortnox/client.js";
import { fortnoxManifest } from "../../src/connectors/fortnox/manifest.js";
import { MemoryTokenStore } from "../../src/connectors/fortnox/memoryTokenStore.js";
import {
  authorizeInSandbox,
  sandboxOAuthConfig,
} from "../../src/connectors/fortnox/sandbox/consentDriver.js";
import type { FortnoxSandbox } from "../../src/connectors/fortnox/sandbox/index.js";

export async function connectBench(sb: FortnoxSandbox, options: Partial<FortnoxClientOptions> = {}) {
  const tokens = await authorizeInSandbox(sb, { username: "admin", scopes: [...fortnoxManifest.scopes] });
  return createFortnoxClient({
    apiBaseUrl: sb.url,
    oauth: sandboxOAuthConfig(sb),
    tokens: new MemoryTokenStore(tokens),
    ...options,
  });
}

export function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

export function out(line: string): void {
  process.stdout.write(`${line}\n`);
}
