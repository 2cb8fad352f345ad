/** Typed access to tokenized fields, reporting what does not fit. */
import type { Money, ObjectRef } from "../core/index.js";
import type { Report } from "./diagnostics.js";
import type { Field } from "./tokenizer.js";
import { formatAmount, lastAmountHadComma, type ParsedDate, parseAmount, parseSieDate } from "./values.js";

export const NO_OBJECTS: readonly ObjectRef[] = Object.freeze([]);

export interface FieldContext {
  readonly report: Report;
  currency: string;
}

export function text(f: Field | undefined): string | undefined {
  return typeof f === "string" ? f : undefined;
}

/** Text, or "" when absent; an object list where text belongs reads as its items joined by blanks. */
export function textOr(f: Field | undefined): string {
  return f === undefined ? "" : typeof f === "string" ? f : f.join(" ");
}

export function integer(s: string | undefined): number | undefined {
  if (s === undefined || !/^[+-]?\d{1,9}$/.test(s)) return undefined;
  return Number(s);
}

/** Amount field → Money; reports and returns undefined when it is not an amount. */
export function amountOf(
  f: Field | undefined,
  label: string,
  line: number,
  ctx: FieldContext,
): Money | undefined {
  const s = text(f);
  if (s === undefined || s === "") {
    ctx.report(line, "sie_missing_field", "error", { label, field: "amount" });
    return undefined;
  }
  const v = parseAmount(s);
  if (typeof v !== "bigint") {
    ctx.report(line, "sie_invalid_amount", "error", { label, value: s });
    return undefined;
  }
  if (lastAmountHadComma) {
    ctx.report(line, "sie_comma_decimal", "warning", { label, value: s, amount: formatAmount(v) });
  }
  return { minor: v, currency: ctx.currency };
}

/** Optional date field: empty → undefined; invalid → reported (error or warning) and undefined. */
export function optionalDate(
  f: Field | undefined,
  label: string,
  field: string,
  line: number,
  ctx: FieldContext,
  severity: "error" | "warning" = "warning",
): ParsedDate {
  const s = text(f);
  const d = parseSieDate(s);
  if (d.status === "invalid")
    ctx.report(line, "sie_invalid_date", severity, { label, field, value: s ?? "" });
  else if (d.status === "tolerated") {
    ctx.report(line, "sie_tolerated_date", "warning", { label, field, value: s ?? "", date: d.date ?? "" });
  }
  return d;
}

/** Object list → pairs. An odd item or a non-numeric dimension is reported and dropped. */
export function objectsOf(
  f: Field | undefined,
  label: string,
  line: number,
  ctx: FieldContext,
): readonly ObjectRef[] {
  if (f === undefined || typeof f === "string" || f.length === 0) return NO_OBJECTS;
  const out: ObjectRef[] = [];
  for (let i = 0; i < f.length; i += 2) {
    const dim = integer(f[i]);
    const code = f[i + 1];
    if (dim === undefined || code === undefined) {
      const value = `{${f.join(" ")}}`;
      ctx.report(line, "sie_invalid_field", "warning", {
        label,
        field: "object list",
        value,
        expected: "pairs of dimension number and object",
      });
      continue;
    }
    out.push({ dimension: dim, code });
  }
  return out;
}

/** Quantity: `""` means none (reference §5). */
export function quantityOf(f: Field | undefined): string | undefined {
  const s = text(f);
  return s === undefined || s === "" ? undefined : s;
}

export function extraOf(fields: readonly Field[], from: number): readonly Field[] | undefined {
  return fields.length > from ? fields.slice(from) : undefined;
}
