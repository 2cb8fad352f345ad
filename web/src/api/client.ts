/**
 * Transport for the hub's JSON API: same-origin cookie session, the CSRF header on every
 * state-changing request, and the error envelope turned into an `ApiError`.
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export interface Http {
  get<T>(path: string, query?: Record<string, string | number | undefined>): Promise<T>;
  send<T>(method: "POST" | "PUT" | "PATCH" | "DELETE", path: string, body?: unknown): Promise<T>;
  /** The session's CSRF token; every Session answer carries a fresh one. */
  setCsrfToken(token: string | null): void;
}

export function createHttp(fetchImpl: typeof fetch = (...args) => fetch(...args)): Http {
  let csrfToken: string | null = null;

  async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
    let res: Response;
    try {
      res = await fetchImpl(url, {
        method,
        headers,
        credentials: "same-origin",
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new ApiError(0, "network_error", "The server could not be reached. Check your connection.");
    }
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    const data: unknown = text ? safeJson(text) : undefined;
    if (!res.ok) throw toApiError(res.status, data);
    return data as T;
  }

  return {
    get: (path, query) => call("GET", withQuery(path, query)),
    send: (method, path, body) => call(method, path, body),
    setCsrfToken(token) {
      csrfToken = token;
    },
  };
}

export function withQuery(path: string, query?: Record<string, string | number | undefined>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function toApiError(status: number, data: unknown): ApiError {
  const envelope = (data as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)
    ?.error;
  if (envelope && typeof envelope.code === "string" && typeof envelope.message === "string") {
    return new ApiError(status, envelope.code, envelope.message, envelope.details);
  }
  // A proxy or a crash can answer without our envelope; still give the user something readable.
  return new ApiError(status, "http_error", `The server answered with HTTP ${status}.`);
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
