/** Header, chart and balance records in the order of spec §5.12. */
import type { Account, AccountType } from "../../core/index.js";
import { fail, today } from "../../core/index.js";
import { date, type Out, raw, type SieEncoder, text } from "./encoder.js";
import { amountText, idField, objectList, quantityField } from "./format.js";
import type { SieBalanceInput, SieExport, SiePeriodBalanceInput } from "./types.js";

const KTYP: Record<AccountType, string> = { asset: "T", liability: "S", expense: "K", income: "I" };

function opt(e: SieEncoder, label: string, value: string | undefined): void {
  if (value !== undefined && value !== "") e.record(label, [text(value)]);
}

export function* header(e: SieEncoder, doc: SieExport): Generator<void> {
  const o = e.options;
  e.record("FLAGGA", [raw(doc.flag ?? "0")]);
  e.ksummaStart();
  e.record("PROGRAM", [text(doc.program.name), text(doc.program.version)]);
  e.record("FORMAT", [raw(o.encoding === "utf-8" ? "UTF-8" : "PC8")]);
  e.record("GEN", [date(doc.generated.date ?? today()), text(doc.generated.signature)], 1);
  e.record("SIETYP", [raw(String(o.sieType ?? 4))]);
  opt(e, "PROSA", doc.comment);
  opt(e, "FTYP", doc.company.type);
  opt(e, "FNR", doc.company.id);
  opt(e, "ORGNR", doc.company.orgNumber);
  opt(e, "BKOD", doc.company.sni);
  const a = doc.company.address;
  if (a) e.record("ADRESS", [text(a.contact), text(a.street), text(a.postal), text(a.phone)]);
  e.record("FNAMN", [text(doc.company.name)]);
  (doc.fiscalYears ?? []).forEach((y, i) => {
    e.record("RAR", [raw(String(y.index ?? -i)), date(y.start), date(y.end)]);
  });
  opt(e, "TAXAR", doc.taxYear);
  if (doc.coverageDate) e.record("OMFATTN", [date(doc.coverageDate)]);
  opt(e, "KPTYP", doc.chartType);
  opt(e, "VALUTA", doc.currency);
  yield;
}

function account(e: SieEncoder, a: Account): void {
  const id = idField(a.number);
  e.record("KONTO", [id, text(a.name)]);
  if (a.type) e.record("KTYP", [id, raw(KTYP[a.type])]);
  if (a.unit) e.record("ENHET", [id, text(a.unit)]);
  if (a.sru) e.record("SRU", [id, raw(a.sru)]);
}

export function* chart(e: SieEncoder, doc: SieExport): Generator<void> {
  for (const a of doc.accounts ?? []) {
    account(e, a);
    if (e.full) yield;
  }
  for (const d of doc.dimensions ?? []) {
    if (d.parent === undefined) e.record("DIM", [raw(String(d.number)), text(d.name)]);
    else e.record("UNDERDIM", [raw(String(d.number)), text(d.name), raw(String(d.parent))]);
  }
  for (const o of doc.objects ?? []) {
    e.record("OBJEKT", [raw(String(o.dimension)), text(o.code), text(o.name)]);
    if (e.full) yield;
  }
}

function balanceFields(b: SieBalanceInput, withObjects: boolean, period?: string): Out[] {
  const values: string[] = [];
  const fields: Out[] = [raw(String(b.yearIndex))];
  if (period !== undefined) fields.push(raw(period));
  fields.push(idField(b.account));
  if (withObjects) {
    const list = objectList(b.objects, values);
    // The list's items are what #KSUMMA sums; the braces are not.
    fields.push([list, values.join("")]);
  }
  fields.push(raw(amountText(b.amount)));
  if (b.quantity !== undefined) fields.push(quantityField(b.quantity));
  return fields;
}

function* balances(
  e: SieEncoder,
  label: string,
  objectLabel: string | undefined,
  list: Iterable<SieBalanceInput> | undefined,
) {
  for (const b of list ?? []) {
    const withObjects = objectLabel !== undefined && b.objects !== undefined && b.objects.length > 0;
    e.record(withObjects ? objectLabel! : label, balanceFields(b, withObjects));
    if (e.full) yield;
  }
}

function* periods(e: SieEncoder, label: string, list: Iterable<SiePeriodBalanceInput> | undefined) {
  for (const b of list ?? []) {
    if (!/^\d{6}$/.test(b.period)) fail("sie_writer_invalid", { detail: `period ${b.period} is not YYYYMM` });
    e.record(label, balanceFields(b, true, b.period));
    if (e.full) yield;
  }
}

export function* balanceSection(e: SieEncoder, doc: SieExport): Generator<void> {
  if (e.options.variant === "I") {
    const any = [
      doc.openingBalances,
      doc.closingBalances,
      doc.results,
      doc.periodBalances,
      doc.periodBudgets,
    ];
    for (const list of any) {
      for (const _ of list ?? [])
        fail("sie_writer_invalid", { detail: "an import (4I) file cannot carry balances" });
    }
    return;
  }
  yield* balances(e, "IB", "OIB", doc.openingBalances);
  yield* balances(e, "UB", "OUB", doc.closingBalances);
  yield* balances(e, "RES", undefined, doc.results);
  yield* periods(e, "PSALDO", doc.periodBalances);
  yield* periods(e, "PBUDGET", doc.periodBudgets);
}
