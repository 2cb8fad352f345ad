/**
 * The ledger invariant of a 4E file (reference §4.4, verified on real exports): for year 0, per account,
 * #IB + Σ #TRANS = #UB for balance-sheet accounts and Σ #TRANS = #RES for income-statement accounts.
 * Zero balances may be left out of a file, so a missing record counts as 0. A mismatch is a warning, not
 * an error: real exports break it without damaged data (Fortnox 2.0 `.si` files repeat #IB as #UB, and
 * selections of vouchers cannot add up), and the vouchers themselves are checked separately.
 */
import type { AccountType } from "../../core/index.js";
import type { Report } from "../diagnostics.js";
import { formatAmount } from "../values.js";

/** Everything the checks keep per account: one map lookup per row. */
export interface AccountEntry {
  declared: boolean;
  /** Line of the first use before a #KONTO was seen (0: none). */
  firstUndeclaredUse: number;
  movements: bigint;
  /** Lean rows' öre not yet added to `movements`; kept a safe integer (see `movementLean`). */
  movementsLean: number;
  firstRowLine: number;
  ib?: bigint;
  ibLine?: number;
  ub?: bigint;
  ubLine?: number;
  res?: bigint;
  resLine?: number;
}

export class LedgerTotals {
  readonly accounts = new Map<string, AccountEntry>();

  entry(account: string): AccountEntry {
    let e = this.accounts.get(account);
    if (!e) {
      e = { declared: false, firstUndeclaredUse: 0, movements: 0n, movementsLean: 0, firstRowLine: 0 };
      this.accounts.set(account, e);
    }
    return e;
  }

  movement(e: AccountEntry, minor: bigint, line: number): void {
    e.movements += minor;
    if (e.firstRowLine === 0) e.firstRowLine = line;
  }

  /** `minor` a safe integer; the sum stays exact: a sum that is not a safe integer goes to the bigint. */
  movementLean(e: AccountEntry, minor: number, line: number): void {
    const m = e.movementsLean + minor;
    if (Number.isSafeInteger(m)) e.movementsLean = m;
    else {
      e.movements += BigInt(e.movementsLean) + BigInt(minor);
      e.movementsLean = 0;
    }
    if (e.firstRowLine === 0) e.firstRowLine = line;
  }

  balance(type: "IB" | "UB" | "RES", account: string, minor: bigint, line: number): void {
    const e = this.entry(account);
    if (type === "IB") {
      e.ib = (e.ib ?? 0n) + minor;
      e.ibLine ??= line;
    } else if (type === "UB") {
      e.ub = (e.ub ?? 0n) + minor;
      e.ubLine ??= line;
    } else {
      e.res = (e.res ?? 0n) + minor;
      e.resLine ??= line;
    }
  }

  /** `typeOf` gives #KTYP when declared; otherwise the BAS class decides (1–2 balance sheet, 3–8 result). */
  check(typeOf: (account: string) => AccountType | undefined, report: Report): void {
    for (const [account, e] of this.accounts) {
      if (e.movementsLean !== 0) {
        e.movements += BigInt(e.movementsLean);
        e.movementsLean = 0;
      }
      if (e.firstRowLine === 0 && e.ib === undefined && e.ub === undefined && e.res === undefined) continue;
      const t = typeOf(account);
      const result =
        e.res !== undefined ||
        (e.ib === undefined &&
          e.ub === undefined &&
          (t ? t === "expense" || t === "income" : /^[3-8]/.test(account)));
      if (result) {
        const res = e.res ?? 0n;
        if (res === e.movements) continue;
        report(e.resLine ?? e.firstRowLine, "sie_result_mismatch", "warning", {
          account,
          movements: formatAmount(e.movements),
          result: formatAmount(res),
        });
        continue;
      }
      if (e.ib === undefined && e.ub === undefined && !(t ? true : /^[12]/.test(account))) continue;
      const ib = e.ib ?? 0n;
      const ub = e.ub ?? 0n;
      if (ib + e.movements === ub) continue;
      report(e.ubLine ?? e.ibLine ?? e.firstRowLine, "sie_balance_mismatch", "warning", {
        account,
        opening: formatAmount(ib),
        movements: formatAmount(e.movements),
        expected: formatAmount(ib + e.movements),
        closing: formatAmount(ub),
      });
    }
  }
}
