/**
 * Semantic checks over the records and vouchers of one file, collected in the same streaming pass
 * (never stopping at the first): voucher balance, undeclared accounts/dimensions/objects, voucher dates
 * against the fiscal year, the ledger invariant, mandatory records. Checks that need the whole file
 * (declarations may come after use) keep per-account/per-object state only, so memory stays bounded
 * by the chart of accounts, not by the number of rows.
 */
import type { AccountType, LocalDate, ObjectRef } from "../../core/index.js";
import { diagnostic, type SieErrorCode, voucherName } from "../diagnostics.js";
import type { SieEncoding } from "../encoding.js";
import type { Severity, SieDiagnostic, SieReadResult, SieRecord, SieVisitor, SieVoucher } from "../types.js";
import { formatAmount } from "../values.js";
import { LedgerTotals } from "./ledger.js";
import { checkMandatory, type FileKind } from "./mandatory.js";

/** Reserved dimension numbers (reference §4.2): declaring them is optional. */
const RESERVED_DIMENSIONS = 19;
const MAX_PENDING_DATES = 10_000;
/** Errors (and, apart, warnings) listed in a summary; the rest are counted. */
export const MAX_LISTED = 10_000;

class OmittedLines {
  count = 0;
  first = 0;
  push(line: number): void {
    if (this.count++ === 0) this.first = line;
  }
}

export class SieChecker implements SieVisitor {
  /** Lean #TRANS rows of the voucher being read (see LeanRowVisitor), taken by `voucher`. */
  private leanRows = 0;
  private leanTotal = 0;
  private leanTotalBig = 0n;
  readonly errors: SieDiagnostic[] = [];
  readonly warnings: SieDiagnostic[] = [];
  private readonly omittedErrors = new OmittedLines();
  private readonly omittedWarnings = new OmittedLines();
  sieType: string | undefined;
  format: string | undefined;
  private readonly seen = new Map<string, number>();
  private declaredAccounts = 0;
  private readonly accountTypes = new Map<string, AccountType>();
  private readonly dimensions = new Set<number>();
  /** Per dimension: object code → declared (true) or line of first undeclared use. */
  private readonly objects = new Map<number, Map<string, true | number>>();
  private readonly dimensionsWithObjects = new Set<number>();
  private readonly ledger = new LedgerTotals();
  private rar0: { start: LocalDate; end: LocalDate } | undefined;
  private readonly years = new Set<number>();
  private readonly yearUses = new Map<number, { label: string; line: number }>();
  private pendingDates: SieVoucher[] = [];
  private hasBalances = false;
  private vouchers = 0;

  constructor(private readonly inner: SieVisitor = {}) {}

  private report(
    line: number,
    code: SieErrorCode,
    severity: Severity,
    params: Record<string, string | number> = {},
  ): void {
    this.diagnostic(diagnostic(line, code, severity, params));
  }

  diagnostic(d: SieDiagnostic): void {
    const list = d.severity === "error" ? this.errors : this.warnings;
    // Every problem is found and passed on; only the list kept for the summary is bounded, so a file of
    // garbage cannot grow memory with millions of entries.
    if (list.length < MAX_LISTED) list.push(d);
    else if (d.severity === "error") this.omittedErrors.push(d.line);
    else this.omittedWarnings.push(d.line);
    this.inner.diagnostic?.(d);
  }

  record(r: SieRecord): void {
    if (r.type !== "UNKNOWN" && !this.seen.has(r.type)) this.seen.set(r.type, r.line);
    switch (r.type) {
      case "SIETYP":
        this.sieType ??= r.sieType;
        break;
      case "FORMAT":
        this.format ??= r.format;
        break;
      case "KONTO": {
        const e = this.ledger.entry(r.account);
        if (!e.declared) this.declaredAccounts++;
        e.declared = true;
        break;
      }
      case "KTYP":
        this.accountTypes.set(r.account, r.accountType);
        break;
      case "DIM":
      case "UNDERDIM":
        this.dimensions.add(r.dimension);
        break;
      case "OBJEKT":
        this.objectsOf(r.dimension).set(r.code, true);
        this.dimensionsWithObjects.add(r.dimension);
        break;
      case "RAR":
        if (r.yearIndex === 0 && !this.rar0) this.rar0 = { start: r.start, end: r.end };
        this.years.add(r.yearIndex);
        break;
      case "IB":
      case "UB":
      case "RES":
        this.hasBalances = true;
        if (r.yearIndex === 0) this.ledger.balance(r.type, r.account, r.amount.minor, r.line);
        this.noteAccount(r.account, r.line);
        this.noteYear(r.type, r.yearIndex, r.line);
        break;
      case "OIB":
      case "OUB":
      case "PSALDO":
      case "PBUDGET":
        this.noteAccount(r.account, r.line);
        this.noteYear(r.type, r.yearIndex, r.line);
        for (const o of r.objects) this.noteObject(o.dimension, o.code, r.line);
        break;
    }
    this.inner.record?.(r);
  }

  /** A #TRANS row of the voucher being read, when the reader hands rows over one by one. */
  transRow(account: string, objects: readonly ObjectRef[], minor: number, line: number): void {
    this.leanRows++;
    const t = this.leanTotal + minor;
    if (Number.isSafeInteger(t)) this.leanTotal = t;
    else {
      this.leanTotalBig += BigInt(this.leanTotal) + BigInt(minor);
      this.leanTotal = 0;
    }
    const e = this.ledger.entry(account);
    this.ledger.movementLean(e, minor, line);
    if (!e.declared && e.firstUndeclaredUse === 0) e.firstUndeclaredUse = line;
    for (let i = 0; i < objects.length; i++) this.noteObject(objects[i]!.dimension, objects[i]!.code, line);
  }

  transRowBig(account: string, objects: readonly ObjectRef[], minor: bigint, line: number): void {
    this.leanRows++;
    this.leanTotalBig += minor;
    const e = this.ledger.entry(account);
    this.ledger.movement(e, minor, line);
    if (!e.declared && e.firstUndeclaredUse === 0) e.firstUndeclaredUse = line;
    for (const o of objects) this.noteObject(o.dimension, o.code, line);
  }

  voucher(v: SieVoucher): void {
    this.vouchers++;
    if (!this.seen.has("VER")) this.seen.set("VER", v.line);
    const leanRows = this.leanRows;
    let total = leanRows === 0 ? 0n : this.leanTotalBig + BigInt(this.leanTotal);
    this.leanRows = 0;
    this.leanTotal = 0;
    this.leanTotalBig = 0n;
    for (const row of v.rows) {
      total += row.amount.minor;
      const e = this.ledger.entry(row.account);
      this.ledger.movement(e, row.amount.minor, row.line);
      if (!e.declared && e.firstUndeclaredUse === 0) e.firstUndeclaredUse = row.line;
      for (const o of row.objects) this.noteObject(o.dimension, o.code, row.line);
    }
    if (v.rows.length === 0 && leanRows === 0) {
      this.report(v.line, "sie_empty_voucher", "warning", { voucher: voucherName(v.series, v.number) });
    } else if (total !== 0n) {
      this.report(v.line, "sie_unbalanced_voucher", "error", {
        voucher: voucherName(v.series, v.number),
        difference: formatAmount(total),
      });
    }
    if (v.date) {
      if (this.rar0) this.checkDate(v, this.rar0);
      else if (this.pendingDates.length < MAX_PENDING_DATES) this.pendingDates.push(v);
    }
    this.inner.voucher?.(v);
  }

  private checkDate(v: SieVoucher, year: { start: LocalDate; end: LocalDate }): void {
    const d = v.date!;
    if (d >= year.start && d <= year.end) return;
    this.report(v.line, "sie_date_outside_fiscal_year", "error", {
      voucher: voucherName(v.series, v.number),
      date: d,
      start: year.start,
      end: year.end,
    });
  }

  /** First use of each year index by a balance record, checked against #RAR at the end. */
  private noteYear(label: string, yearIndex: number, line: number): void {
    if (!this.yearUses.has(yearIndex)) this.yearUses.set(yearIndex, { label, line });
  }

  private noteAccount(account: string, line: number): void {
    const e = this.ledger.entry(account);
    if (!e.declared && e.firstUndeclaredUse === 0) e.firstUndeclaredUse = line;
  }

  private objectsOf(dimension: number): Map<string, true | number> {
    let m = this.objects.get(dimension);
    if (!m) {
      m = new Map();
      this.objects.set(dimension, m);
    }
    return m;
  }

  private noteObject(dimension: number, code: string, line: number): void {
    const m = this.objectsOf(dimension);
    if (!m.has(code)) m.set(code, line);
  }

  /** The file's kind: #SIETYP, and for type 4 export vs import by content (reference §2, as Sie4j). */
  kind(): FileKind {
    const t = this.sieType;
    if (t === "1" || t === "2" || t === "3") return t;
    if (t === undefined) return "1";
    return this.hasBalances ? "4E" : "4I";
  }

  /** Runs the whole-file checks; call once after the reader's `end()`. */
  finish(result: SieReadResult): void {
    const kind = this.kind();
    const lastLine = Math.max(result.lines, 1);
    if (this.sieType !== undefined && !/^[1-4]$/.test(this.sieType)) {
      this.report(this.seen.get("SIETYP") ?? 1, "sie_unknown_sie_type", "warning", { value: this.sieType });
    }
    if (this.rar0) for (const v of this.pendingDates) this.checkDate(v, this.rar0);
    this.pendingDates = [];
    this.checkDeclarations(kind);
    // Balances for a year no #RAR defines cannot be placed in time (files without any #RAR are
    // reported once, by the mandatory-record check).
    if (this.years.size > 0) {
      for (const [yearIndex, use] of this.yearUses) {
        if (this.years.has(yearIndex)) continue;
        this.report(use.line, "sie_missing_fiscal_year", "warning", { label: use.label, yearIndex });
      }
    }
    if (result.records > 0)
      checkMandatory(kind, this.seen, this.rar0 !== undefined, lastLine, (l, c, s, p) =>
        this.report(l, c, s, p),
      );
    if (kind === "4E" && this.vouchers > 0)
      this.ledger.check(
        (a) => this.accountTypes.get(a),
        (l, c, s, p) => this.report(l, c, s, p),
      );
    this.checkEncoding(result.encoding, result.asciiOnly);
    this.errors.sort((a, b) => a.line - b.line);
    this.warnings.sort((a, b) => a.line - b.line);
    this.noteOmitted(this.errors, this.omittedErrors, "error");
    this.noteOmitted(this.warnings, this.omittedWarnings, "warning");
  }

  /** Ends a capped list with one entry saying how many more there were. */
  private noteOmitted(list: SieDiagnostic[], omitted: OmittedLines, severity: Severity): void {
    if (omitted.count === 0) return;
    const params = { count: omitted.count, severity: `${severity}s`, limit: MAX_LISTED };
    list.push(diagnostic(omitted.first, "sie_diagnostics_truncated", severity, params));
  }

  private checkDeclarations(kind: FileKind): void {
    // 4I: the importer is assumed to have the accounts and objects (reference §3), so only warn.
    const severity: Severity = kind === "4I" ? "warning" : "error";
    if (kind !== "4I" || this.declaredAccounts > 0) {
      for (const [account, e] of this.ledger.accounts) {
        if (!e.declared && e.firstUndeclaredUse > 0) {
          this.report(e.firstUndeclaredUse, "sie_unknown_account", severity, { account });
        }
      }
    }
    const reportedDims = new Set<number>();
    for (const [dimension, codes] of this.objects) {
      for (const [code, state] of codes)
        if (state !== true) this.unknownObject(dimension, code, state, severity, reportedDims);
    }
  }

  private unknownObject(
    dimension: number,
    code: string,
    line: number,
    severity: Severity,
    reportedDims: Set<number>,
  ): void {
    const reserved = dimension <= RESERVED_DIMENSIONS;
    if (!reserved && !this.dimensions.has(dimension) && !reportedDims.has(dimension)) {
      reportedDims.add(dimension);
      this.report(line, "sie_unknown_dimension", severity, { dimension });
    }
    // Reserved dimensions need no declarations at all; once a file declares objects of one, it should declare all.
    if (reserved && !this.dimensionsWithObjects.has(dimension)) return;
    this.report(line, "sie_unknown_object", reserved ? "warning" : severity, { dimension, code });
  }

  private checkEncoding(encoding: SieEncoding, asciiOnly: boolean): void {
    if (asciiOnly || encoding === "cp437" || this.format === undefined) return;
    if (this.format.toUpperCase() !== "PC8") return;
    this.report(this.seen.get("FORMAT") ?? 1, "sie_encoding_mismatch", "warning", {
      format: this.format,
      encoding,
    });
  }
}
