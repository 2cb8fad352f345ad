/** Amounts in request bodies come as JSON numbers or strings; read them exactly, as öre. */
import { parseScaled } from "../../../../core/index.js";
import { FxError } from "../wire.js";

export function decimalOre(v: unknown, field: string): bigint {
  const text = typeof v === "number" ? String(v) : typeof v === "string" ? v : "";
  const r = /e/i.test(text) ? undefined : parseScaled(text, 2);
  if (!r?.ok) throw new FxError(400, 2000108, `Fältet ${field} måste vara numeriskt.`);
  return r.value;
}
