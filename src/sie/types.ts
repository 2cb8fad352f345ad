/**
 * Typed SIE records as the streaming reader yields them. Amounts are `Money` (bigint öre, currency from
 * `#VALUTA`, SEK by default); dates are LocalDate, absent when the field is empty or invalid (an invalid
 * one is also reported as a diagnostic, the raw text kept). `extra` holds unknown trailing fields
 * (spec §7.3: ignored, kept for round trips).
 */
import type { AccountType, LocalDate, Money, ObjectRef } from "../core/index.js";
import type { SieEncoding } from "./encoding.js";
import type { Field } from "./tokenizer.js";

interface Base {
  readonly line: number;
  readonly extra?: readonly Field[] | undefined;
}

export type BalanceLabel = "IB" | "UB" | "RES";
export type ObjectBalanceLabel = "OIB" | "OUB";
export type PeriodLabel = "PSALDO" | "PBUDGET";
export type RowLabel = "TRANS" | "RTRANS" | "BTRANS";

export type SieRecord =
  | (Base & { readonly type: "FLAGGA"; readonly flag: string })
  | (Base & { readonly type: "PROGRAM"; readonly name: string; readonly version: string })
  | (Base & { readonly type: "FORMAT"; readonly format: string })
  | (Base & {
      readonly type: "GEN";
      readonly date?: LocalDate | undefined;
      readonly signature?: string | undefined;
    })
  | (Base & { readonly type: "SIETYP"; readonly sieType: string })
  | (Base & { readonly type: "PROSA"; readonly text: string })
  | (Base & { readonly type: "FTYP"; readonly companyType: string })
  | (Base & { readonly type: "FNR"; readonly companyId: string })
  | (Base & {
      readonly type: "ORGNR";
      readonly orgNumber: string;
      readonly sequence?: string | undefined;
      readonly workplace?: string | undefined;
    })
  | (Base & { readonly type: "BKOD"; readonly sni: string })
  | (Base & { readonly type: "ADRESS"; readonly address: SieAddress })
  | (Base & { readonly type: "FNAMN"; readonly name: string })
  | (Base & {
      readonly type: "RAR";
      readonly yearIndex: number;
      readonly start: LocalDate;
      readonly end: LocalDate;
    })
  | (Base & { readonly type: "TAXAR"; readonly year: string })
  | (Base & { readonly type: "OMFATTN"; readonly date: LocalDate })
  | (Base & { readonly type: "KPTYP"; readonly chartType: string })
  | (Base & { readonly type: "VALUTA"; readonly currency: string })
  | (Base & { readonly type: "KONTO"; readonly account: string; readonly name: string })
  | (Base & { readonly type: "KTYP"; readonly account: string; readonly accountType: AccountType })
  | (Base & { readonly type: "ENHET"; readonly account: string; readonly unit: string })
  | (Base & { readonly type: "SRU"; readonly account: string; readonly code: string })
  | (Base & { readonly type: "DIM"; readonly dimension: number; readonly name: string })
  | (Base & {
      readonly type: "UNDERDIM";
      readonly dimension: number;
      readonly name: string;
      readonly parent: number;
    })
  | (Base & {
      readonly type: "OBJEKT";
      readonly dimension: number;
      readonly code: string;
      readonly name: string;
    })
  | (Base & SieBalanceFields & { readonly type: BalanceLabel })
  | (Base & SieBalanceFields & { readonly type: ObjectBalanceLabel; readonly objects: readonly ObjectRef[] })
  | (Base &
      SieBalanceFields & {
        readonly type: PeriodLabel;
        readonly period: string;
        readonly objects: readonly ObjectRef[];
      })
  | (Base & { readonly type: "KSUMMA"; readonly checksum?: number | undefined })
  | (Base & { readonly type: "UNKNOWN"; readonly label: string; readonly fields: readonly Field[] });

export type SieRecordType = SieRecord["type"];

export interface SieAddress {
  readonly contact: string;
  readonly street: string;
  readonly postal: string;
  readonly phone: string;
}

export interface SieBalanceFields {
  readonly yearIndex: number;
  readonly account: string;
  readonly amount: Money;
  readonly quantity?: string | undefined;
}

export interface SieRow {
  readonly line: number;
  readonly label: RowLabel;
  readonly account: string;
  readonly objects: readonly ObjectRef[];
  readonly amount: Money;
  readonly transactionDate?: LocalDate | undefined;
  readonly text?: string | undefined;
  readonly quantity?: string | undefined;
  readonly signature?: string | undefined;
  readonly extra?: readonly Field[] | undefined;
}

/** A `#VER` with its block. `rows` are the `#TRANS` rows (the voucher's content, what balances). */
export interface SieVoucher {
  readonly line: number;
  /** Line of the closing `}` (or of the last row when the block is unterminated). */
  readonly endLine: number;
  readonly series: string;
  readonly number: string;
  readonly date?: LocalDate | undefined;
  readonly rawDate: string;
  readonly text: string;
  readonly registrationDate?: LocalDate | undefined;
  readonly signature?: string | undefined;
  readonly rows: readonly SieRow[];
  readonly addedRows: readonly SieRow[];
  readonly removedRows: readonly SieRow[];
  readonly extra?: readonly Field[] | undefined;
}

export type Severity = "error" | "warning";

export interface SieDiagnostic {
  readonly line: number;
  readonly code: string;
  readonly message: string;
  readonly severity: Severity;
}

export type ChecksumStatus = "valid" | "invalid" | "absent";

export interface SieReadResult {
  readonly encoding: SieEncoding;
  readonly asciiOnly: boolean;
  readonly bytes: number;
  readonly lines: number;
  readonly checksum: ChecksumStatus;
  /** Records with a `#label` seen (known or not). 0 means the input is not SIE at all. */
  readonly records: number;
}

export interface SieVisitor {
  record?(record: SieRecord): void;
  voucher?(voucher: SieVoucher): void;
  diagnostic?(diagnostic: SieDiagnostic): void;
}
