/** What the writer accepts. Core types (Voucher, Account, Balance …) fit as they are. */
import type { Account, Dimension, DimensionObject, LocalDate, Money, ObjectRef } from "../../core/index.js";
import type { SieAddress } from "../types.js";

/** An amount: Money, or a bigint of öre. */
export type AmountInput = Money | bigint;

export interface SieRowInput {
  readonly account: string;
  readonly amount: AmountInput;
  readonly objects?: readonly ObjectRef[] | undefined;
  readonly transactionDate?: LocalDate | undefined;
  readonly text?: string | undefined;
  readonly quantity?: string | undefined;
  readonly signature?: string | undefined;
}

export interface SieVoucherInput {
  /** `""` or absent in 4I files: the importer assigns series and number. */
  readonly series?: string | undefined;
  readonly number?: string | undefined;
  readonly date: LocalDate;
  readonly text?: string | undefined;
  readonly registrationDate?: LocalDate | undefined;
  readonly signature?: string | undefined;
  /** Written as #TRANS. */
  readonly rows: readonly SieRowInput[];
  /** Written as #RTRANS, each followed by the identical #TRANS (spec 4B §11). Not also in `rows`. */
  readonly addedRows?: readonly SieRowInput[] | undefined;
  /** Written as #BTRANS (history, not part of the balance). */
  readonly removedRows?: readonly SieRowInput[] | undefined;
}

export interface SieBalanceInput {
  readonly yearIndex: number;
  readonly account: string;
  readonly amount: AmountInput;
  /** One `{dim obj}` pair makes an opening/closing balance an #OIB/#OUB. */
  readonly objects?: readonly ObjectRef[] | undefined;
  readonly quantity?: string | undefined;
}

export interface SiePeriodBalanceInput extends SieBalanceInput {
  /** `YYYYMM`. */
  readonly period: string;
}

export interface SieFiscalYearInput {
  readonly index?: number | undefined;
  readonly start: LocalDate;
  readonly end: LocalDate;
}

export interface SieExport {
  /** #FLAGGA, "0" unless given. */
  readonly flag?: string | undefined;
  readonly program: { readonly name: string; readonly version: string };
  /** #GEN; without a date, today's date in Stockholm is written. */
  readonly generated: { readonly date?: LocalDate | undefined; readonly signature?: string | undefined };
  readonly company: {
    readonly name: string;
    readonly orgNumber?: string | undefined;
    readonly id?: string | undefined;
    readonly type?: string | undefined;
    readonly sni?: string | undefined;
    readonly address?: SieAddress | undefined;
  };
  readonly comment?: string | undefined;
  readonly taxYear?: string | undefined;
  readonly chartType?: string | undefined;
  readonly currency?: string | undefined;
  /** #OMFATTN. */
  readonly coverageDate?: LocalDate | undefined;
  /** Without `index`, position in the list gives it: 0, -1, -2 … */
  readonly fiscalYears?: readonly SieFiscalYearInput[] | undefined;
  readonly accounts?: Iterable<Account> | undefined;
  readonly dimensions?: Iterable<Dimension> | undefined;
  readonly objects?: Iterable<DimensionObject> | undefined;
  readonly openingBalances?: Iterable<SieBalanceInput> | undefined;
  readonly closingBalances?: Iterable<SieBalanceInput> | undefined;
  readonly results?: Iterable<SieBalanceInput> | undefined;
  readonly periodBalances?: Iterable<SiePeriodBalanceInput> | undefined;
  readonly periodBudgets?: Iterable<SiePeriodBalanceInput> | undefined;
  readonly vouchers?: Iterable<SieVoucherInput> | AsyncIterable<SieVoucherInput> | undefined;
}

export interface SieWriteOptions {
  /** "cp437" (default; `#FORMAT PC8` as the spec requires) or "utf-8". */
  readonly encoding?: "cp437" | "utf-8";
  /** Adds the #KSUMMA start marker and checksum. Default false. */
  readonly ksumma?: boolean;
  /** "E" export (default) or "I" import file (no balances allowed). */
  readonly variant?: "E" | "I";
  readonly sieType?: 1 | 2 | 3 | 4;
  readonly lineEnding?: "\r\n" | "\n";
}
