/**
 * Formatting for the user's locale. The API sends exact strings ("1234.50", ISO instants,
 * "2025-01-31"); they are only turned into display text here, never into floats for arithmetic.
 */
import { createContext, useContext } from "react";

export const LOCALES = [
  { id: "sv-SE", label: "Svenska (sv-SE)" },
  { id: "nb-NO", label: "Norsk bokmål (nb-NO)" },
  { id: "da-DK", label: "Dansk (da-DK)" },
  { id: "fi-FI", label: "Suomi (fi-FI)" },
  { id: "en-GB", label: "English (en-GB)" },
  { id: "en-US", label: "English (en-US)" },
] as const;

export const DEFAULT_LOCALE = "sv-SE";
const STORAGE_KEY = "ledgerbridge.locale";

export function storedLocale(): string {
  const saved = window.localStorage.getItem(STORAGE_KEY);
  return LOCALES.some((l) => l.id === saved) && saved ? saved : DEFAULT_LOCALE;
}

export function saveLocale(locale: string): void {
  window.localStorage.setItem(STORAGE_KEY, locale);
}

export function createFormat(locale: string) {
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  return {
    locale,
    /** An ISO instant in the browser's time zone. */
    instant(iso: string): string {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
    },
    /** A `YYYY-MM-DD` accounting date: a calendar day, so formatted in UTC to never shift a day. */
    localDate(day: string): string {
      const d = new Date(`${day}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? day : date.format(d);
    },
    /**
     * An exact decimal string such as "1234.50". Intl formats a numeric string exactly (no float
     * rounding); a currency code adds the symbol.
     */
    amount(value: string, currency?: string): string {
      if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
      const decimals = value.split(".")[1]?.length ?? 0;
      const nf = new Intl.NumberFormat(locale, {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
        ...(currency ? { style: "currency", currency } : {}),
      });
      return nf.format(value as `${number}`);
    },
  };
}

export type Format = ReturnType<typeof createFormat>;

export const FormatContext = createContext<{ format: Format; setLocale: (locale: string) => void } | null>(
  null,
);

export function useFormat(): Format {
  const ctx = useContext(FormatContext);
  if (!ctx) throw new Error("useFormat outside <FormatContext.Provider>");
  return ctx.format;
}

export function useSetLocale(): (locale: string) => void {
  const ctx = useContext(FormatContext);
  if (!ctx) throw new Error("useSetLocale outside <FormatContext.Provider>");
  return ctx.setLocale;
}
