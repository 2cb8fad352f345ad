import type { ReactNode } from "react";
import { useDocumentTitle } from "../../components/useDocumentTitle.js";
import "./public.css";

/** The frame of the pages opened from a link, signed in or not: like the login card, wider for reading. */
export function PublicCard({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <main id="main" className="centered">
      <div className="card public-card">
        <p className="brand">Ledgerbridge</p>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
