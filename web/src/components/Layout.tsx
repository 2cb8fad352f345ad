import { type ReactNode, useEffect, useRef } from "react";
import type { SessionCompany } from "../api/types.js";
import { SECTIONS, type SectionSlug } from "../nav.js";
import { Link, useLocation } from "../router.js";
import { CompanySwitcher } from "./CompanySwitcher.js";
import { UserMenu } from "./UserMenu.js";
import { useDocumentTitle } from "./useDocumentTitle.js";

interface LayoutProps {
  company: SessionCompany | null;
  section?: SectionSlug;
  children: ReactNode;
}

export function Layout({ company, section, children }: LayoutProps) {
  const mainRef = useMainFocusOnNavigation();
  useDocumentTitle(SECTIONS.find((s) => s.slug === section)?.label, company?.name);
  return (
    <>
      <header className="topbar">
        <Link to="/" className="brand">
          Ledgerbridge
        </Link>
        <CompanySwitcher current={company} section={section ?? "connections"} />
        <UserMenu />
      </header>
      {company ? (
        <nav className="sections" aria-label="Company sections">
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.slug}>
                <Link
                  to={`/c/${company.id}/${s.slug}`}
                  aria-current={s.slug === section ? "page" : undefined}
                >
                  {s.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <main id="main" ref={mainRef} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

/**
 * After an in-app navigation, move focus to the page's heading, as a full page load would put a
 * screen reader at the top of the new page. Not on first render: the browser already does that.
 */
function useMainFocusOnNavigation() {
  const ref = useRef<HTMLElement>(null);
  const { path } = useLocation();
  const shown = useRef(path);
  useEffect(() => {
    if (shown.current === path) return;
    shown.current = path;
    const heading = ref.current?.querySelector("h1");
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
  }, [path]);
  return ref;
}
