/**
 * Tokenized fields → typed records, for every label of the reference (§4) except the voucher rows
 * (rows.ts). A record whose mandatory field is missing or malformed is reported and dropped (undefined),
 * never turned into a half-filled record.
 */
import type { AccountType, LocalDate } from "../core/index.js";
import { extraOf, type FieldContext, integer, optionalDate, text, textOr } from "./fields.js";
import { balanceRecord, objectBalanceRecord, periodRecord } from "./rows.js";
import type { Field } from "./tokenizer.js";
import type { SieRecord } from "./types.js";

type Parser = (f: readonly Field[], line: number, ctx: FieldContext) => SieRecord | undefined;

function missing(ctx: FieldContext, line: number, label: string, field: string): undefined {
  // Header and chart records: the record is dropped, the data it would carry is not amounts, and the
  // mandatory-record check reports a record a file type cannot do without.
  ctx.report(line, "sie_missing_field", "warning", { label, field });
  return undefined;
}

function invalid(
  ctx: FieldContext,
  line: number,
  label: string,
  field: string,
  value: string,
  expected: string,
): undefined {
  ctx.report(line, "sie_invalid_field", "warning", { label, field, value, expected });
  return undefined;
}

/** A record with one mandatory text field. */
function single<T extends string>(type: T, key: string, field: string): Parser {
  return (f, line, ctx) => {
    const v = text(f[0]);
    if (v === undefined) return missing(ctx, line, type, field);
    return { type, line, [key]: v, extra: extraOf(f, 1) } as unknown as SieRecord;
  };
}

function accountText<T extends "KONTO" | "ENHET" | "SRU">(type: T, key: string, field: string): Parser {
  return (f, line, ctx) => {
    const account = text(f[0]);
    if (account === undefined || account === "") return missing(ctx, line, type, "account number");
    const v = text(f[1]);
    if (v === undefined) return missing(ctx, line, type, field);
    return { type, line, account, [key]: v, extra: extraOf(f, 2) } as unknown as SieRecord;
  };
}

const KTYP: Record<string, AccountType> = { T: "asset", S: "liability", K: "expense", I: "income" };

function requiredDate(
  f: Field | undefined,
  label: string,
  field: string,
  line: number,
  ctx: FieldContext,
  severity: "error" | "warning" = "error",
): LocalDate | undefined {
  const d = optionalDate(f, label, field, line, ctx, severity);
  if (d.status === "empty") return missing(ctx, line, label, field);
  return d.date;
}

const PARSERS = new Map<string, Parser>(
  Object.entries({
    FLAGGA: single("FLAGGA", "flag", "flag"),
    PROGRAM: (f, line, ctx) => {
      const name = text(f[0]);
      if (name === undefined) return missing(ctx, line, "PROGRAM", "program name");
      return { type: "PROGRAM", line, name, version: textOr(f[1]), extra: extraOf(f, 2) };
    },
    FORMAT: single("FORMAT", "format", "format"),
    GEN: (f, line, ctx) => {
      const date = requiredDate(f[0], "GEN", "date", line, ctx, "warning");
      return { type: "GEN", line, date, signature: text(f[1]), extra: extraOf(f, 2) };
    },
    SIETYP: single("SIETYP", "sieType", "type number"),
    PROSA: (f, line) => ({ type: "PROSA", line, text: f.map(textOr).join(" ") }),
    FTYP: single("FTYP", "companyType", "company type"),
    FNR: single("FNR", "companyId", "company id"),
    ORGNR: (f, line, ctx) => {
      const orgNumber = text(f[0]);
      if (orgNumber === undefined) return missing(ctx, line, "ORGNR", "organisation number");
      return {
        type: "ORGNR",
        line,
        orgNumber,
        sequence: text(f[1]),
        workplace: text(f[2]),
        extra: extraOf(f, 3),
      };
    },
    BKOD: single("BKOD", "sni", "SNI code"),
    ADRESS: (f, line) => ({
      type: "ADRESS",
      line,
      address: { contact: textOr(f[0]), street: textOr(f[1]), postal: textOr(f[2]), phone: textOr(f[3]) },
      extra: extraOf(f, 4),
    }),
    FNAMN: single("FNAMN", "name", "company name"),
    RAR: (f, line, ctx) => {
      const yearIndex = integer(text(f[0]));
      if (yearIndex === undefined)
        return invalid(ctx, line, "RAR", "year index", textOr(f[0]), "0, -1, -2 …");
      const start = requiredDate(f[1], "RAR", "start date", line, ctx);
      const end = requiredDate(f[2], "RAR", "end date", line, ctx);
      if (start === undefined || end === undefined) return undefined;
      if (end < start)
        return invalid(ctx, line, "RAR", "end date", textOr(f[2]), "not before the start date");
      return { type: "RAR", line, yearIndex, start, end, extra: extraOf(f, 3) };
    },
    // Older files add a second field that 4B removed (`#TAXAR 2012 ÅRL`, Edison): kept in `extra`.
    TAXAR: single("TAXAR", "year", "year"),
    OMFATTN: (f, line, ctx) => {
      const date = requiredDate(f[0], "OMFATTN", "date", line, ctx);
      return date === undefined ? undefined : { type: "OMFATTN", line, date, extra: extraOf(f, 1) };
    },
    KPTYP: single("KPTYP", "chartType", "chart type"),
    VALUTA: (f, line, ctx) => {
      const currency = text(f[0]);
      if (currency === undefined || !/^[A-Z]{3}$/.test(currency)) {
        return invalid(ctx, line, "VALUTA", "currency", textOr(f[0]), "an ISO 4217 code such as SEK");
      }
      ctx.currency = currency;
      return { type: "VALUTA", line, currency, extra: extraOf(f, 1) };
    },
    KONTO: accountText("KONTO", "name", "account name"),
    KTYP: (f, line, ctx) => {
      const account = text(f[0]);
      if (account === undefined || account === "") return missing(ctx, line, "KTYP", "account number");
      const t = KTYP[(text(f[1]) ?? "").toUpperCase()];
      if (t === undefined) return invalid(ctx, line, "KTYP", "account type", textOr(f[1]), "T, S, K or I");
      return { type: "KTYP", line, account, accountType: t, extra: extraOf(f, 2) };
    },
    ENHET: accountText("ENHET", "unit", "unit"),
    SRU: accountText("SRU", "code", "SRU code"),
    DIM: (f, line, ctx) => {
      const dimension = integer(text(f[0]));
      if (dimension === undefined)
        return invalid(ctx, line, "DIM", "dimension number", textOr(f[0]), "a number");
      return { type: "DIM", line, dimension, name: textOr(f[1]), extra: extraOf(f, 2) };
    },
    UNDERDIM: (f, line, ctx) => {
      const dimension = integer(text(f[0]));
      const parent = integer(text(f[2]));
      if (dimension === undefined)
        return invalid(ctx, line, "UNDERDIM", "dimension number", textOr(f[0]), "a number");
      if (parent === undefined)
        return invalid(ctx, line, "UNDERDIM", "super-dimension", textOr(f[2]), "a number");
      return { type: "UNDERDIM", line, dimension, name: textOr(f[1]), parent, extra: extraOf(f, 3) };
    },
    OBJEKT: (f, line, ctx) => {
      const dimension = integer(text(f[0]));
      if (dimension === undefined)
        return invalid(ctx, line, "OBJEKT", "dimension number", textOr(f[0]), "a number");
      const code = text(f[1]);
      if (code === undefined) return missing(ctx, line, "OBJEKT", "object id");
      return { type: "OBJEKT", line, dimension, code, name: textOr(f[2]), extra: extraOf(f, 3) };
    },
    IB: (f, line, ctx) => balanceRecord("IB", f, line, ctx),
    UB: (f, line, ctx) => balanceRecord("UB", f, line, ctx),
    RES: (f, line, ctx) => balanceRecord("RES", f, line, ctx),
    OIB: (f, line, ctx) => objectBalanceRecord("OIB", f, line, ctx),
    OUB: (f, line, ctx) => objectBalanceRecord("OUB", f, line, ctx),
    PSALDO: (f, line, ctx) => periodRecord("PSALDO", f, line, ctx),
    PBUDGET: (f, line, ctx) => periodRecord("PBUDGET", f, line, ctx),
    KSUMMA: (f, line, ctx) => {
      const s = text(f[0]);
      if (s === undefined || s === "") return { type: "KSUMMA", line, checksum: undefined };
      if (!/^\d{1,10}$/.test(s) || Number(s) > 0xffffffff) {
        return invalid(ctx, line, "KSUMMA", "checksum", s, "an unsigned 32-bit number");
      }
      return { type: "KSUMMA", line, checksum: Number(s) };
    },
  } satisfies Record<string, Parser>),
);

/** `label` is without `#`. Unknown labels become UNKNOWN records (spec §7.1: accept and ignore). */
export function parseRecord(
  label: string,
  f: readonly Field[],
  line: number,
  ctx: FieldContext,
): SieRecord | undefined {
  const parser = PARSERS.get(label) ?? PARSERS.get(label.toUpperCase());
  if (parser === undefined) return { type: "UNKNOWN", line, label, fields: f.slice() };
  return parser(f, line, ctx);
}
