/** Records that carry an amount: balances (#IB #UB #RES #OIB #OUB #PSALDO #PBUDGET) and voucher rows. */
import {
  amountOf,
  extraOf,
  type FieldContext,
  integer,
  NO_OBJECTS,
  objectsOf,
  optionalDate,
  quantityOf,
  text,
} from "./fields.js";
import type { Field } from "./tokenizer.js";
import type { BalanceLabel, ObjectBalanceLabel, PeriodLabel, RowLabel, SieRecord, SieRow } from "./types.js";

function yearIndexOf(
  f: Field | undefined,
  label: string,
  line: number,
  ctx: FieldContext,
): number | undefined {
  const y = integer(text(f));
  if (y === undefined) {
    const value = typeof f === "string" ? f : "";
    ctx.report(line, "sie_invalid_field", "error", {
      label,
      field: "year index",
      value,
      expected: "0, -1, -2 …",
    });
  }
  return y;
}

function accountOf(f: Field | undefined, label: string, line: number, ctx: FieldContext): string | undefined {
  const a = text(f);
  if (a === undefined || a === "") {
    ctx.report(line, "sie_missing_field", "error", { label, field: "account number" });
    return undefined;
  }
  return a;
}

export function balanceRecord(
  type: BalanceLabel,
  f: readonly Field[],
  line: number,
  ctx: FieldContext,
): SieRecord | undefined {
  const yearIndex = yearIndexOf(f[0], type, line, ctx);
  const account = accountOf(f[1], type, line, ctx);
  if (yearIndex === undefined || account === undefined) return undefined;
  const amount = amountOf(f[2], type, line, ctx);
  if (amount === undefined) return undefined;
  return { type, line, yearIndex, account, amount, quantity: quantityOf(f[3]), extra: extraOf(f, 4) };
}

export function objectBalanceRecord(
  type: ObjectBalanceLabel,
  f: readonly Field[],
  line: number,
  ctx: FieldContext,
): SieRecord | undefined {
  const yearIndex = yearIndexOf(f[0], type, line, ctx);
  const account = accountOf(f[1], type, line, ctx);
  if (yearIndex === undefined || account === undefined) return undefined;
  const objects = objectsOf(f[2], type, line, ctx);
  const amount = amountOf(f[3], type, line, ctx);
  if (amount === undefined) return undefined;
  return {
    type,
    line,
    yearIndex,
    account,
    objects,
    amount,
    quantity: quantityOf(f[4]),
    extra: extraOf(f, 5),
  };
}

export function periodRecord(
  type: PeriodLabel,
  f: readonly Field[],
  line: number,
  ctx: FieldContext,
): SieRecord | undefined {
  const yearIndex = yearIndexOf(f[0], type, line, ctx);
  const period = text(f[1]);
  if (period === undefined || !/^\d{6}$/.test(period)) {
    const value = typeof f[1] === "string" ? f[1] : "";
    ctx.report(line, "sie_invalid_field", "error", {
      label: type,
      field: "period",
      value,
      expected: "YYYYMM",
    });
    return undefined;
  }
  const account = accountOf(f[2], type, line, ctx);
  if (yearIndex === undefined || account === undefined) return undefined;
  // Some type-2 writers leave the object list out entirely.
  const hasList = typeof f[3] !== "string";
  const objects = hasList ? objectsOf(f[3], type, line, ctx) : NO_OBJECTS;
  const at = hasList ? 4 : 3;
  const amount = amountOf(f[at], type, line, ctx);
  if (amount === undefined) return undefined;
  return {
    type,
    line,
    yearIndex,
    period,
    account,
    objects,
    amount,
    quantity: quantityOf(f[at + 1]),
    extra: extraOf(f, at + 2),
  };
}

/** `#TRANS kontonr {objekt} belopp transdat transtext kvantitet sign` (and #RTRANS, #BTRANS). */
export function parseRow(
  label: RowLabel,
  f: readonly Field[],
  line: number,
  ctx: FieldContext,
): SieRow | undefined {
  const account = accountOf(f[0], label, line, ctx);
  if (account === undefined) return undefined;
  // Tolerated: a row written without its object list.
  const hasList = typeof f[1] !== "string";
  const at = hasList ? 2 : 1;
  const amount = amountOf(f[at], label, line, ctx);
  if (amount === undefined) return undefined;
  const d = f[at + 1];
  const transactionDate =
    d === "" || d === undefined ? undefined : optionalDate(d, label, "transaction date", line, ctx).date;
  const t = text(f[at + 2]);
  return {
    line,
    label,
    account,
    objects: hasList ? objectsOf(f[1], label, line, ctx) : NO_OBJECTS,
    amount,
    transactionDate,
    text: t === "" ? undefined : t,
    quantity: quantityOf(f[at + 3]),
    signature: text(f[at + 4]),
    extra: extraOf(f, at + 5),
  };
}
