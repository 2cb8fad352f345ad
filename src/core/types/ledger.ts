import type { LocalDate } from "../localDate.js";
import type { Money } from "../money.js";

/** BAS account types as SIE names them: T tillgång, S skuld, K kostnad, I intäkt. */
export type AccountType = "asset" | "liability" | "expense" | "income";

export interface Account {
  readonly number: string;
  readonly name: string;
  readonly type?: AccountType;
  readonly sru?: string;
  readonly unit?: string;
  readonly active?: boolean;
}

export interface FiscalYear {
  /** Position relative to the current year as SIE counts it: 0 current, -1 previous. */
  readonly index?: number;
  readonly start: LocalDate;
  readonly end: LocalDate;
}

export interface Dimension {
  readonly number: number;
  readonly name: string;
  readonly parent?: number;
}

export interface DimensionObject {
  readonly dimension: number;
  readonly code: string;
  readonly name: string;
}

/** A reference to a dimension object on a row: dimension 1 is the cost center, 6 the project (SIE). */
export interface ObjectRef {
  readonly dimension: number;
  readonly code: string;
}

export interface VoucherRow {
  readonly account: string;
  readonly amount: Money;
  readonly objects: readonly ObjectRef[];
  readonly transactionDate?: LocalDate;
  readonly text?: string;
  readonly quantity?: string;
  readonly signature?: string;
}

export interface Voucher {
  readonly series: string;
  readonly number: string;
  readonly date: LocalDate;
  readonly text: string;
  readonly registrationDate?: LocalDate;
  readonly signature?: string;
  readonly rows: readonly VoucherRow[];
  /** Rows added (`#RTRANS`) or removed (`#BTRANS`) afterwards, kept for audit, not in balances. */
  readonly addedRows?: readonly VoucherRow[];
  readonly removedRows?: readonly VoucherRow[];
}

export interface Balance {
  readonly yearIndex: number;
  readonly account: string;
  readonly amount: Money;
  readonly objects?: readonly ObjectRef[];
  readonly quantity?: string;
}

export interface PeriodBalance extends Balance {
  /** `YYYYMM`. */
  readonly period: string;
}
