/**
 * Wire helpers for Fortnox's loose typing (reference §5): money arrives as JSON numbers on most
 * resources and as strings on supplier invoices, ids as strings or numbers, and blanks as "" or null.
 */
import { z } from "zod";

/**
 * A decimal as exact text. A JSON number is turned into its shortest round-trip text (String(n)), which
 * for amounts with at most a few decimals is exactly the digits Fortnox sent; no arithmetic on floats.
 */
export const FortnoxDecimal = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const text = typeof v === "number" ? String(v) : v.trim() === "" ? "0" : v.trim();
  if (!/^[+-]?\d+(\.\d+)?$/.test(text)) {
    ctx.addIssue({ code: "custom", message: `not a decimal: ${text}` });
    return z.NEVER;
  }
  return text;
});

/** Ids that Fortnox sends as numbers in one place and strings in another. */
export const FortnoxId = z.union([z.string(), z.number()]).transform((v) => String(v));

/** "" and null both mean "no value". */
export const FortnoxText = z
  .union([z.string(), z.null()])
  .optional()
  .transform((v) => (v === null || v === undefined ? "" : v));

/** Booleans that sometimes travel as "true"/"false" (sales-invoice Credit, reference §5). */
export const FortnoxBool = z
  .union([z.boolean(), z.enum(["true", "false"])])
  .transform((v) => v === true || v === "true");

export const FortnoxMeta = z.object({
  "@TotalResources": z.number().int(),
  "@TotalPages": z.number().int(),
  "@CurrentPage": z.number().int(),
});
