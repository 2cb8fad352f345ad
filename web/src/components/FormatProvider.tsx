import { type ReactNode, useMemo, useState } from "react";
import { createFormat, FormatContext, saveLocale, storedLocale } from "../format.js";

/** Holds the chosen locale (saved in this browser) and the formatters built for it. */
export function FormatProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState(storedLocale);
  const value = useMemo(
    () => ({
      format: createFormat(locale),
      setLocale(next: string) {
        saveLocale(next);
        setLocaleState(next);
      },
    }),
    [locale],
  );
  return <FormatContext.Provider value={value}>{children}</FormatContext.Provider>;
}
