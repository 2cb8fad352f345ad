import type { ReactNode } from "react";
import { useDocumentTitle } from "./useDocumentTitle.js";

/** The frame of the pages shown before sign-in: setup, login, invitation. */
export function AuthCard({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <main id="main" className="centered">
      <div className="card auth-card">
        <p className="brand">Ledgerbridge</p>
        <h1>{title}</h1>
        {intro ? <p className="muted">{intro}</p> : null}
        {children}
      </div>
    </main>
  );
}
