/**
 * The summary behind `ledgerbridge sie inspect`: identification, counts, #TRANS totals, checksum and
 * every diagnostic, gathered in one streaming pass.
 */
import type { LocalDate, ObjectRef } from "../core/index.js";
import { SieChecker } from "./checks/checker.js";
import type { FileKind } from "./checks/mandatory.js";
import type { SieEncoding } from "./encoding.js";
import { openSieFile, readSie, type SieSource } from "./read.js";
import type { LeanRowVisitor, SieReadOptions } from "./reader.js";
import type {
  ChecksumStatus,
  SieDiagnostic,
  SieReadResult,
  SieRecord,
  SieVisitor,
  SieVoucher,
} from "./types.js";
import { formatAmount } from "./values.js";

export interface SieSummary {
  encoding: SieEncoding;
  sieType: "1" | "2" | "3" | "4";
  /** 4E (export) or 4I (import) for type 4, decided by content as Sie4j does; undefined otherwise. */
  variant: "E" | "I" | undefined;
  program: { name: string; version: string };
  company: { name: string; orgNumber: string };
  fiscalYears: { index: number; start: LocalDate; end: LocalDate }[];
  counts: {
    accounts: number;
    vouchers: number;
    /** #TRANS rows. */
    transactions: number;
    addedRows: number;
    removedRows: number;
    lines: number;
    bytes: number;
  };
  /** Sums of positive, and of negated negative, #TRANS amounts. */
  totals: { debit: string; credit: string };
  checksum: ChecksumStatus;
  errors: SieDiagnostic[];
  warnings: SieDiagnostic[];
}

/** Collects what the summary needs; composes with the checker and any further visitor. */
export class SummaryCollector implements LeanRowVisitor {
  readonly checker: SieChecker;
  /** Rows one by one (no row objects) unless an inner visitor wants whole vouchers with their rows. */
  readonly leanRows: boolean;
  /** Lean rows' sums not yet added to `debit`/`credit`, kept safe integers. */
  private debitLean = 0;
  private creditLean = 0;
  private program = { name: "", version: "" };
  private company = { name: "", orgNumber: "" };
  private readonly years = new Map<number, { index: number; start: LocalDate; end: LocalDate }>();
  private readonly accounts = new Set<string>();
  private vouchers = 0;
  private transactions = 0;
  private added = 0;
  private removed = 0;
  private debit = 0n;
  private credit = 0n;

  constructor(inner: SieVisitor = {}) {
    this.checker = new SieChecker(inner);
    this.leanRows = inner.voucher === undefined;
  }

  transRow(account: string, objects: readonly ObjectRef[], minor: number, line: number): void {
    this.transactions++;
    if (minor > 0) {
      const d = this.debitLean + minor;
      if (Number.isSafeInteger(d)) this.debitLean = d;
      else {
        this.debit += BigInt(this.debitLean) + BigInt(minor);
        this.debitLean = 0;
      }
    } else {
      const c = this.creditLean - minor;
      if (Number.isSafeInteger(c)) this.creditLean = c;
      else {
        this.credit += BigInt(this.creditLean) - BigInt(minor);
        this.creditLean = 0;
      }
    }
    this.checker.transRow(account, objects, minor, line);
  }

  transRowBig(account: string, objects: readonly ObjectRef[], minor: bigint, line: number): void {
    this.transactions++;
    if (minor > 0n) this.debit += minor;
    else this.credit -= minor;
    this.checker.transRowBig(account, objects, minor, line);
  }

  record(r: SieRecord): void {
    if (r.type === "PROGRAM" && this.program.name === "") this.program = { name: r.name, version: r.version };
    else if (r.type === "FNAMN" && this.company.name === "") this.company.name = r.name;
    else if (r.type === "ORGNR" && this.company.orgNumber === "") this.company.orgNumber = r.orgNumber;
    else if (r.type === "KONTO") this.accounts.add(r.account);
    else if (r.type === "RAR" && !this.years.has(r.yearIndex)) {
      this.years.set(r.yearIndex, { index: r.yearIndex, start: r.start, end: r.end });
    }
    this.checker.record(r);
  }

  voucher(v: SieVoucher): void {
    this.vouchers++;
    this.transactions += v.rows.length;
    this.added += v.addedRows.length;
    this.removed += v.removedRows.length;
    for (const row of v.rows) {
      const m = row.amount.minor;
      if (m > 0n) this.debit += m;
      else this.credit -= m;
    }
    this.checker.voucher(v);
  }

  diagnostic(d: SieDiagnostic): void {
    this.checker.diagnostic(d);
  }

  finish(result: SieReadResult): SieSummary {
    this.checker.finish(result);
    const kind: FileKind = this.checker.kind();
    return {
      encoding: result.encoding,
      sieType: kind.startsWith("4") ? "4" : (kind as "1" | "2" | "3"),
      variant: kind === "4E" ? "E" : kind === "4I" ? "I" : undefined,
      program: this.program,
      company: this.company,
      fiscalYears: [...this.years.values()].sort((a, b) => b.index - a.index),
      counts: {
        accounts: this.accounts.size,
        vouchers: this.vouchers,
        transactions: this.transactions,
        addedRows: this.added,
        removedRows: this.removed,
        lines: result.lines,
        bytes: result.bytes,
      },
      totals: {
        debit: formatAmount(this.debit + BigInt(this.debitLean)),
        credit: formatAmount(this.credit + BigInt(this.creditLean)),
      },
      checksum: result.checksum,
      errors: this.checker.errors,
      warnings: this.checker.warnings,
    };
  }
}

export async function inspectSie(source: SieSource, options: SieReadOptions = {}): Promise<SieSummary> {
  const collector = new SummaryCollector();
  const result = await readSie(source, collector, options);
  return collector.finish(result);
}

export function inspectSieFile(path: string, options: SieReadOptions = {}): Promise<SieSummary> {
  return inspectSie(openSieFile(path), options);
}
