import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { useSignedInSession } from "../api/queries.js";
import type { SessionCompany } from "../api/types.js";
import { useFormat } from "../format.js";
import type { SectionSlug } from "../nav.js";
import { roleLabel } from "../roles.js";
import { Link, navigate } from "../router.js";
import { SandboxBadge } from "./Status.js";

interface Props {
  current: SessionCompany | null;
  section: SectionSlug;
}

/**
 * An accounting consultant may belong to a hundred companies: the switcher is a searchable list of
 * links (keyboard: type to filter, arrows to move, Enter to open, Escape to close). Switching keeps
 * the section, so "Settings" of one client leads to "Settings" of the next.
 */
export function CompanySwitcher({ current, section }: Props) {
  const session = useSignedInSession();
  const { locale } = useFormat();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const panelId = useId();
  const searchId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const sorted = useMemo(
    () => [...session.companies].sort((a, b) => a.name.localeCompare(b.name, locale, { numeric: true })),
    [session.companies, locale],
  );
  const needle = query.trim().toLocaleLowerCase(locale);
  const matches = needle ? sorted.filter((c) => c.name.toLocaleLowerCase(locale).includes(needle)) : sorted;

  useEffect(() => {
    if (open) searchRef.current?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: MouseEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", onPointer);
    return () => document.removeEventListener("mousedown", onPointer);
  }, [open]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    setQuery("");
    if (returnFocus) buttonRef.current?.focus();
  };
  const href = (c: SessionCompany) => `/c/${c.id}/${section}`;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "Escape") {
      e.preventDefault();
      close(true);
    } else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      moveFocus(rootRef.current, e.key === "ArrowDown" ? 1 : -1);
    }
  };
  const onSearchEnter = (e: KeyboardEvent<HTMLInputElement>) => {
    const first = matches[0];
    if (e.key !== "Enter" || !first) return;
    e.preventDefault();
    close(false);
    navigate(href(first));
  };

  return (
    <div className="switcher" ref={rootRef}>
      <button
        type="button"
        ref={buttonRef}
        className="switcher-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => (open ? close(false) : setOpen(true))}
      >
        <span className="switcher-label">Company</span>{" "}
        <span className="switcher-name">
          {current ? current.name : "Choose a company"}
          {current?.demo ? <SandboxBadge /> : null}
        </span>
      </button>
      {open ? (
        <div
          className="switcher-panel"
          id={panelId}
          role="dialog"
          aria-label="Switch company"
          onKeyDown={onKeyDown}
          onBlur={(e) => {
            // Tabbing out of the panel closes it, as clicking outside does.
            const next = e.relatedTarget as Node | null;
            if (next && !rootRef.current?.contains(next)) close(false);
          }}
        >
          <label htmlFor={searchId}>Search companies</label>
          <input
            id={searchId}
            ref={searchRef}
            type="search"
            value={query}
            autoComplete="off"
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onSearchEnter}
          />
          <p className="hint" role="status">
            {matches.length === sorted.length
              ? `${sorted.length} ${sorted.length === 1 ? "company" : "companies"}`
              : `${matches.length} of ${sorted.length} companies`}
          </p>
          <ul className="switcher-list" aria-label="Companies">
            {matches.map((c) => (
              <li key={c.id}>
                <Link
                  to={href(c)}
                  aria-current={c.id === current?.id ? "page" : undefined}
                  onClick={() => close(false)}
                >
                  <span>
                    {c.name}
                    {c.demo ? <SandboxBadge /> : null}
                  </span>{" "}
                  <span className="muted">{roleLabel(c.role)}</span>
                </Link>
              </li>
            ))}
          </ul>
          <Link to="/companies/new" className="switcher-new" onClick={() => close(false)}>
            New company…
          </Link>
        </div>
      ) : null}
    </div>
  );
}

/** Arrow keys walk from the search box through the company links and back. */
function moveFocus(root: HTMLElement | null, step: 1 | -1) {
  if (!root) return;
  const items = Array.from(root.querySelectorAll<HTMLElement>(".switcher-panel input, .switcher-panel a"));
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next = items[(at + step + items.length) % items.length];
  next?.focus();
}
