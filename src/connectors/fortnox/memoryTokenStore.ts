/**
 * A process-local TokenStore: tokens in memory, the refresh lock a promise chain. Enough for one process,
 * the CLI and tests; several processes need the Postgres-backed store (README.md, "Ports").
 */
import type { FortnoxTokens, TokenStore } from "./ports.js";

export class ProcessLock {
  private tail: Promise<void> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

export class MemoryTokenStore implements TokenStore {
  private tokens: FortnoxTokens | undefined;
  private readonly lock = new ProcessLock();
  needsReauth: string | undefined;
  saves = 0;

  constructor(initial?: FortnoxTokens) {
    this.tokens = initial;
  }

  async load(): Promise<FortnoxTokens | undefined> {
    return this.tokens;
  }

  async save(tokens: FortnoxTokens): Promise<void> {
    this.tokens = tokens;
    this.saves += 1;
  }

  withRefreshLock<T>(fn: () => Promise<T>): Promise<T> {
    return this.lock.run(fn);
  }

  async markNeedsReauth(message: string): Promise<void> {
    this.needsReauth = message;
  }
}
