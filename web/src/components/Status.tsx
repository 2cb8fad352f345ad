import type { ReactNode } from "react";
import { ApiError } from "../api/client.js";

export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return error instanceof Error ? error.message : "Something went wrong.";
}

export function Loading({ label = "Loading…" }: { label?: string }) {
  return (
    <p className="muted" role="status">
      {label}
    </p>
  );
}

/** An inline error under a form or table: the server's own message, announced to screen readers. */
export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {errorText(error)}
    </p>
  );
}

/** A whole page that could not load, with a way to try again. */
export function ErrorPanel({ error, retry }: { error: unknown; retry?: () => void }) {
  return (
    <main id="main" className="centered">
      <div className="card">
        <h1>Something went wrong</h1>
        <ErrorMessage error={error} />
        {retry ? (
          <button type="button" onClick={retry}>
            Try again
          </button>
        ) : null}
      </div>
    </main>
  );
}

export type Tone = "grey" | "green" | "orange" | "red" | "blue";

export function Badge({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

/** Marks demo companies and sandbox connections: data from a local emulator, not a real company's books. */
export function SandboxBadge() {
  return (
    <>
      {" "}
      <Badge tone="blue">
        <span title="Demo data from a local emulator, not a real accounting system">Sandbox</span>
      </Badge>
    </>
  );
}
