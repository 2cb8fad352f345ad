/**
 * The whole file in memory, in core types, for imports into the store: header, fiscal years, chart,
 * dimensions and objects, balances, vouchers, plus the same summary (and diagnostics) as `inspect`.
 * Vouchers whose date is missing or invalid are left out of `vouchers` — each is already an error in
 * `summary.errors` with its line.
 */
import type {
  Account,
  Balance,
  Dimension,
  DimensionObject,
  FiscalYear,
  LocalDate,
  PeriodBalance,
  Voucher,
  VoucherRow,
} from "../core/index.js";
import { openSieFile, readSie, type SieSource } from "./read.js";
import type { SieReadOptions } from "./reader.js";
import { type SieSummary, SummaryCollector } from "./summary.js";
import type { Field } from "./tokenizer.js";
import type { SieAddress, SieRecord, SieRow, SieVoucher } from "./types.js";

export type SieDocumentVoucher = Voucher & { readonly line: number };

export interface SieDocument {
  readonly summary: SieSummary;
  flag?: string;
  format?: string;
  program: { name: string; version: string };
  generated: { date?: LocalDate; signature?: string };
  company: {
    name: string;
    orgNumber?: string;
    id?: string;
    type?: string;
    sni?: string;
    address?: SieAddress;
  };
  comment?: string;
  taxYear?: string;
  chartType?: string;
  currency: string;
  coverageDate?: LocalDate;
  fiscalYears: FiscalYear[];
  accounts: Account[];
  /** Every #SRU line (an account may have several; `Account.sru` holds the first). */
  sruCodes: { account: string; code: string }[];
  dimensions: Dimension[];
  objects: DimensionObject[];
  /** #IB, and #OIB (with `objects`). */
  openingBalances: Balance[];
  /** #UB, and #OUB (with `objects`). */
  closingBalances: Balance[];
  results: Balance[];
  periodBalances: PeriodBalance[];
  periodBudgets: PeriodBalance[];
  vouchers: SieDocumentVoucher[];
  unknownRecords: { line: number; label: string; fields: readonly Field[] }[];
}

/** Copies `obj` without its undefined properties (exactOptionalPropertyTypes). */
function defined<T extends object>(obj: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) out[k] = v;
  return out as { [K in keyof T]: Exclude<T[K], undefined> };
}

function row(r: SieRow): VoucherRow {
  const { account, amount, objects, transactionDate, text, quantity, signature } = r;
  return defined({ account, amount, objects, transactionDate, text, quantity, signature }) as VoucherRow;
}

function voucher(v: SieVoucher): SieDocumentVoucher | undefined {
  if (v.date === undefined) return undefined;
  const { line, series, number, date, text, registrationDate, signature } = v;
  const base = defined({ line, series, number, date, text, registrationDate, signature });
  return {
    ...base,
    rows: v.rows.map(row),
    ...(v.addedRows.length > 0 && { addedRows: v.addedRows.map(row) }),
    ...(v.removedRows.length > 0 && { removedRows: v.removedRows.map(row) }),
  } as SieDocumentVoucher;
}

class DocumentBuilder {
  readonly doc: Omit<SieDocument, "summary">;
  readonly accountIndex = new Map<string, number>();

  constructor() {
    this.doc = {
      program: { name: "", version: "" },
      generated: {},
      company: { name: "" },
      currency: "SEK",
      fiscalYears: [],
      accounts: [],
      sruCodes: [],
      dimensions: [],
      objects: [],
      openingBalances: [],
      closingBalances: [],
      results: [],
      periodBalances: [],
      periodBudgets: [],
      vouchers: [],
      unknownRecords: [],
    };
  }

  /** Account properties may precede or follow #KONTO; keep one entry per number. */
  account(number: string, patch: Partial<Account>): void {
    const i = this.accountIndex.get(number);
    if (i === undefined) {
      this.accountIndex.set(number, this.doc.accounts.length);
      this.doc.accounts.push({ number, name: "", ...patch } as Account);
    } else this.doc.accounts[i] = { ...this.doc.accounts[i]!, ...patch } as Account;
  }

  record(r: SieRecord): void {
    const handle = HANDLERS[r.type] as ((b: DocumentBuilder, r: SieRecord) => void) | undefined;
    handle?.(this, r);
  }

  voucher(v: SieVoucher): void {
    const out = voucher(v);
    if (out) this.doc.vouchers.push(out);
  }
}

/** The record variant(s) whose `type` can be K (some variants share one shape for several labels). */
type RecordOf<K> = SieRecord extends infer R
  ? R extends { type: infer T }
    ? K extends T
      ? R
      : never
    : never
  : never;
type Handlers = { [K in SieRecord["type"]]?: (b: DocumentBuilder, r: RecordOf<K>) => void };

/** One entry per record type: where its data goes in the document. */
const HANDLERS: Handlers = {
  FLAGGA: (b, r) => {
    b.doc.flag = r.flag;
  },
  FORMAT: (b, r) => {
    b.doc.format = r.format;
  },
  PROGRAM: (b, r) => {
    b.doc.program = { name: r.name, version: r.version };
  },
  GEN: (b, r) => {
    b.doc.generated = defined({ date: r.date, signature: r.signature });
  },
  PROSA: (b, r) => {
    b.doc.comment = b.doc.comment === undefined ? r.text : `${b.doc.comment}\n${r.text}`;
  },
  FTYP: (b, r) => {
    b.doc.company.type = r.companyType;
  },
  FNR: (b, r) => {
    b.doc.company.id = r.companyId;
  },
  ORGNR: (b, r) => {
    b.doc.company.orgNumber = r.orgNumber;
  },
  BKOD: (b, r) => {
    b.doc.company.sni = r.sni;
  },
  ADRESS: (b, r) => {
    b.doc.company.address = r.address;
  },
  FNAMN: (b, r) => {
    b.doc.company.name = r.name;
  },
  RAR: (b, r) => void b.doc.fiscalYears.push({ index: r.yearIndex, start: r.start, end: r.end }),
  TAXAR: (b, r) => {
    b.doc.taxYear = r.year;
  },
  OMFATTN: (b, r) => {
    b.doc.coverageDate = r.date;
  },
  KPTYP: (b, r) => {
    b.doc.chartType = r.chartType;
  },
  VALUTA: (b, r) => {
    b.doc.currency = r.currency;
  },
  KONTO: (b, r) => b.account(r.account, { name: r.name }),
  KTYP: (b, r) => b.account(r.account, { type: r.accountType }),
  ENHET: (b, r) => b.account(r.account, { unit: r.unit }),
  SRU: (b, r) => {
    b.doc.sruCodes.push({ account: r.account, code: r.code });
    const known = b.doc.accounts[b.accountIndex.get(r.account) ?? -1];
    if (known?.sru === undefined) b.account(r.account, { sru: r.code });
  },
  DIM: (b, r) => void b.doc.dimensions.push({ number: r.dimension, name: r.name }),
  UNDERDIM: (b, r) => void b.doc.dimensions.push({ number: r.dimension, name: r.name, parent: r.parent }),
  OBJEKT: (b, r) => void b.doc.objects.push({ dimension: r.dimension, code: r.code, name: r.name }),
  IB: (b, r) => void b.doc.openingBalances.push(balance(r)),
  OIB: (b, r) => void b.doc.openingBalances.push(balance(r)),
  UB: (b, r) => void b.doc.closingBalances.push(balance(r)),
  OUB: (b, r) => void b.doc.closingBalances.push(balance(r)),
  RES: (b, r) => void b.doc.results.push(balance(r)),
  PSALDO: (b, r) => void b.doc.periodBalances.push({ ...balance(r), period: r.period }),
  PBUDGET: (b, r) => void b.doc.periodBudgets.push({ ...balance(r), period: r.period }),
  UNKNOWN: (b, r) => void b.doc.unknownRecords.push({ line: r.line, label: r.label, fields: r.fields }),
};

function balance(r: Extract<SieRecord, { yearIndex: number; amount: unknown }>): Balance {
  const objects = "objects" in r && r.objects.length > 0 ? r.objects : undefined;
  return defined({
    yearIndex: r.yearIndex,
    account: r.account,
    amount: r.amount,
    objects,
    quantity: r.quantity,
  }) as Balance;
}

export async function parseSieDocument(
  source: SieSource,
  options: SieReadOptions = {},
): Promise<SieDocument> {
  const builder = new DocumentBuilder();
  const collector = new SummaryCollector({
    record: (r) => builder.record(r),
    voucher: (v) => builder.voucher(v),
  });
  const result = await readSie(source, collector, options);
  return { ...builder.doc, summary: collector.finish(result) };
}

export function parseSieDocumentFile(path: string, options: SieReadOptions = {}): Promise<SieDocument> {
  return parseSieDocument(openSieFile(path), options);
}
