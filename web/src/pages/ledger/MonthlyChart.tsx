import type { MonthlyResult } from "../../api/types.js";
import { useFormat } from "../../format.js";
import { isNegative } from "./decimal.js";

/** "2025-03" → "mar. 2025" in the chosen locale. */
export function monthLabel(locale: string, month: string, withYear = true): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return month;
  return new Intl.DateTimeFormat(locale, {
    month: "short",
    ...(withYear ? { year: "numeric" } : {}),
    timeZone: "UTC",
  }).format(d);
}

/**
 * Bars per month, profit above the zero line and loss below. The bar heights are only a picture (a float
 * is fine for a pixel); the figures are printed exactly on the bars and in the table below.
 */
export function MonthlyChart({ months }: { months: MonthlyResult }) {
  const format = useFormat();
  // Display only: a bar's height needs a number, never an amount shown or summed.
  const values = months.map((m) => Number(m.result));
  const top = Math.max(0, ...values);
  const bottom = Math.max(0, ...values.map((v) => -v));
  const span = top + bottom || 1;
  return (
    <figure className="chart" aria-hidden="true">
      <div className="chart-plot">
        {months.map((m, i) => {
          const v = values[i] ?? 0;
          const negative = isNegative(m.result);
          // A month without result gets no bar; its 0 is in the table below.
          const up = top > 0 && !negative ? (v / top) * 100 : 0;
          const down = bottom > 0 && negative ? (-v / bottom) * 100 : 0;
          const amount = format.amount(m.result);
          return (
            <div
              key={m.month}
              className="chart-col"
              title={`${monthLabel(format.locale, m.month)}: ${amount}`}
            >
              <div className="chart-up" style={{ height: `${(top / span) * 100}%` }}>
                {up > 0 ? (
                  <>
                    <span className="chart-value">{amount}</span>
                    <span className="chart-bar positive" style={{ height: `${up}%` }} />
                  </>
                ) : null}
              </div>
              <div className="chart-down" style={{ height: `${(bottom / span) * 100}%` }}>
                {down > 0 ? (
                  <>
                    <span className="chart-bar negative" style={{ height: `${down}%` }} />
                    <span className="chart-value">{amount}</span>
                  </>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
      <div className="chart-axis">
        {months.map((m) => (
          <span key={m.month}>{monthLabel(format.locale, m.month, false)}</span>
        ))}
      </div>
    </figure>
  );
}
