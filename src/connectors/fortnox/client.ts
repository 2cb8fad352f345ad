/**
 * Transport only: bearer token (refreshed when needed), the rate limiter, retries, error mapping and
 * paging. Operations build on `request` and `pages`; they never see tokens.
 */
import { AppException, appError } from "../../core/index.js";
import { fortnoxManifest } from "./manifest.js";
import type { FortnoxOAuthConfig } from "./oauth.js";
import type { RateLimiter, TokenStore } from "./ports.js";
import { SlidingWindowRateLimiter } from "./rateLimiter.js";
import { backoffMs, defaultRetryPolicy, isIdempotent, type RetryPolicy, retryAfterMs } from "./retry.js";
import { TokenKeeper } from "./tokenKeeper.js";
import { fortnoxAppError, parseFortnoxError } from "./upstreamError.js";

export interface FortnoxLogger {
  warn(obj: Record<string, unknown>, msg: string): void;
}

export interface FortnoxClientOptions {
  /** `https://api.fortnox.se` or a sandbox's url. */
  readonly apiBaseUrl?: string;
  readonly oauth: FortnoxOAuthConfig;
  readonly tokens: TokenStore;
  readonly limiter?: RateLimiter;
  readonly retry?: Partial<RetryPolicy>;
  readonly timeoutMs?: number;
  readonly refreshSkewMs?: number;
  readonly connectionLabel?: string;
  readonly logger?: FortnoxLogger;
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
}

export type Query = Readonly<Record<string, string | number | boolean | undefined>>;

export interface FortnoxRequest {
  readonly method?: "GET" | "POST" | "PUT" | "DELETE";
  readonly path: string;
  readonly query?: Query;
  readonly json?: unknown;
  readonly form?: FormData;
  /** What the answer is about, for error messages ("voucher", "supplier invoice"). */
  readonly entity: string;
  /** Overrides the client's timeout (a large SIE export takes longer than a list page). */
  readonly timeoutMs?: number;
}

export interface FortnoxClient {
  /** JSON answer (or undefined for 204). */
  json(req: FortnoxRequest): Promise<unknown>;
  /** Raw bytes (SIE, archive files). */
  bytes(req: FortnoxRequest): Promise<Uint8Array>;
  /** Every item of a MetaInformation-paged list, page by page (limit 500, reference §3.1). */
  pages(req: FortnoxRequest & { listKey: string }): AsyncGenerator<unknown[]>;
  readonly tokens: TokenKeeper;
}

const sleepReal = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function createFortnoxClient(options: FortnoxClientOptions): FortnoxClient {
  const keeper = new TokenKeeper({
    store: options.tokens,
    oauth: options.oauth,
    ...(options.refreshSkewMs === undefined ? {} : { skewMs: options.refreshSkewMs }),
    ...(options.connectionLabel === undefined ? {} : { connectionLabel: options.connectionLabel }),
  });
  const t = new Transport(options, keeper);
  return {
    tokens: keeper,
    json: async (req) => {
      const res = await t.send(req);
      const text = await res.text();
      return parseJsonAnswer(res.status, text, req.entity);
    },
    bytes: async (req) => {
      const res = await t.send(req);
      return new Uint8Array(await res.arrayBuffer());
    },
    pages: (req) => pages(t, req),
  };
}

function parseJsonAnswer(status: number, text: string, entity: string): unknown {
  if (status === 204 || text === "") return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    fail(appError("upstream_response_invalid", { system: "Fortnox", entity, detail: "not JSON" }));
  }
  // Fortnox can answer 2xx with an ErrorInformation body (reference §4, noxctl): treat it as the error.
  if (
    typeof body === "object" &&
    body !== null &&
    Object.keys(body).some((k) => k.toLowerCase() === "errorinformation")
  ) {
    fail(fortnoxAppError(parseFortnoxError(400, text), entity));
  }
  return body;
}

function fail(e: ReturnType<typeof appError>): never {
  throw new AppException(e);
}

async function* pages(t: Transport, req: FortnoxRequest & { listKey: string }): AsyncGenerator<unknown[]> {
  for (let page = 1; ; page++) {
    const res = await t.send({ ...req, query: { ...req.query, limit: fortnoxManifest.pageSizeMax, page } });
    const body = parseJsonAnswer(res.status, await res.text(), req.entity) as
      | Record<string, unknown>
      | undefined;
    const items = body?.[req.listKey];
    if (!Array.isArray(items)) {
      fail(
        appError("upstream_response_invalid", {
          system: "Fortnox",
          entity: req.entity,
          detail: `no ${req.listKey}`,
        }),
      );
    }
    yield items;
    const meta = body?.MetaInformation as Record<string, unknown> | undefined;
    const total = typeof meta?.["@TotalPages"] === "number" ? meta["@TotalPages"] : 1;
    if (page >= total) return;
  }
}

class Transport {
  private readonly retry: RetryPolicy;
  private readonly limiter: RateLimiter;
  private readonly base: string;
  private readonly fetchFn: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly options: FortnoxClientOptions,
    private readonly keeper: TokenKeeper,
  ) {
    this.retry = { ...defaultRetryPolicy, ...options.retry };
    this.limiter = options.limiter ?? new SlidingWindowRateLimiter();
    this.base = (options.apiBaseUrl ?? fortnoxManifest.urls.api).replace(/\/$/, "");
    this.fetchFn = options.fetch ?? fetch;
    this.sleep = options.sleep ?? sleepReal;
  }

  async send(req: FortnoxRequest): Promise<Response> {
    const method = req.method ?? "GET";
    let failures = 0;
    let limited = 0;
    let reauthorized = false;
    for (;;) {
      const token = await this.keeper.accessToken();
      const release = await this.limiter.acquire();
      let res: Response;
      try {
        res = await this.fetchOnce(req, method, token);
        release();
      } catch (e) {
        release();
        failures += 1;
        if (isIdempotent(method) && failures < this.retry.maxAttempts) {
          this.warn(req, { attempt: failures, error: String(e) }, "network error, retrying");
          await this.sleep(backoffMs(this.retry, failures));
          continue;
        }
        const details = { error: String(e), uncertain: !isIdempotent(method) };
        fail(appError("upstream_unavailable", { system: "Fortnox", status: "no answer" }, details));
      }
      if (res.ok) return res;
      const text = await res.text();
      if (res.status === 401 && !reauthorized) {
        // An access token refused before its expiry (clock skew, rotation elsewhere): renew once.
        reauthorized = true;
        await this.keeper.refresh(token);
        continue;
      }
      if (res.status === 429 && ++limited < this.retry.maxRateLimitedAttempts) {
        const wait =
          retryAfterMs(res.headers.get("retry-after"), Date.now()) ?? backoffMs(this.retry, limited);
        this.warn(req, { attempt: limited, waitMs: wait }, "rate limited (429), backing off");
        await this.sleep(wait);
        continue;
      }
      if (res.status >= 500 && isIdempotent(method) && ++failures < this.retry.maxAttempts) {
        this.warn(req, { attempt: failures, status: res.status }, "server error, retrying");
        await this.sleep(backoffMs(this.retry, failures));
        continue;
      }
      fail(fortnoxAppError(parseFortnoxError(res.status, text), req.entity));
    }
  }

  private fetchOnce(req: FortnoxRequest, method: string, token: string): Promise<Response> {
    const url = new URL(this.base + req.path);
    for (const [k, v] of Object.entries(req.query ?? {}))
      if (v !== undefined) url.searchParams.set(k, String(v));
    // Accept stays application/json even for files: Fortnox refuses other values with 1000030 (§0).
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: "application/json" };
    let body: string | FormData | undefined;
    if (req.json !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(req.json);
    } else if (req.form) body = req.form;
    const signal = AbortSignal.timeout(req.timeoutMs ?? this.options.timeoutMs ?? 30_000);
    return this.fetchFn(url, { method, headers, signal, ...(body === undefined ? {} : { body }) });
  }

  private warn(req: FortnoxRequest, extra: Record<string, unknown>, msg: string): void {
    this.options.logger?.warn({ system: "fortnox", path: req.path, ...extra }, msg);
  }
}
