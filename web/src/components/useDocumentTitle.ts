import { useEffect } from "react";

/** The tab title names the page and company, so a screen reader and a row of tabs both tell them apart. */
export function useDocumentTitle(...parts: Array<string | null | undefined>): void {
  const title = [...parts.filter(Boolean), "Ledgerbridge"].join(" – ");
  useEffect(() => {
    document.title = title;
  }, [title]);
}
