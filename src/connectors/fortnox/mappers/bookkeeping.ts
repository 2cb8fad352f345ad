/** Pure mappers for company information, financial years, accounts and vouchers. */
import type {
  Account,
  AccountType,
  CompanyInfo,
  FiscalYear,
  LocalDate,
  ObjectRef,
  Voucher,
  VoucherRow,
} from "../../../core/index.js";
import type {
  FortnoxAccount,
  FortnoxCompanyInformation,
  FortnoxFinancialYear,
  FortnoxVoucher,
  FortnoxVoucherListItem,
  FortnoxVoucherRow,
} from "../api/bookkeeping.js";
import { opt, signedAmount } from "./money.js";

export function toCompanyInfo(raw: FortnoxCompanyInformation): CompanyInfo {
  const address = {
    ...opt("street", raw.Address),
    ...opt("postalCode", raw.ZipCode),
    ...opt("city", raw.City),
  };
  return {
    name: raw.CompanyName,
    ...opt("orgNumber", raw.OrganizationNumber),
    ...(Object.keys(address).length > 0 ? { address } : {}),
    databaseNumber: raw.DatabaseNumber,
  };
}

/** A fiscal year with the Fortnox Id every year-scoped call needs (`financialyear=Id`, reference §3.2). */
export interface FortnoxFiscalYear extends FiscalYear {
  readonly externalId: string;
}

export function toFiscalYear(raw: FortnoxFinancialYear): FortnoxFiscalYear {
  return { externalId: String(raw.Id), start: raw.FromDate as LocalDate, end: raw.ToDate as LocalDate };
}

function accountType(n: number): AccountType {
  if (n < 2000) return "asset";
  if (n < 3000) return "liability";
  if (n < 4000 || (n >= 8300 && n < 8400)) return "income";
  return "expense";
}

export function toAccount(raw: FortnoxAccount): Account {
  return {
    number: String(raw.Number),
    name: raw.Description,
    type: accountType(raw.Number),
    ...(raw.SRU ? { sru: String(raw.SRU) } : {}),
    ...(raw.Active === undefined ? {} : { active: raw.Active }),
  };
}

/** A voucher as the list shows it: no rows (reference §5.2). */
export interface VoucherHeader {
  readonly series: string;
  readonly number: string;
  readonly fiscalYearId: string;
  readonly date: LocalDate;
  readonly text: string;
  readonly referenceType: string;
  readonly referenceNumber: string;
}

export function toVoucherHeader(raw: FortnoxVoucherListItem): VoucherHeader {
  return {
    series: raw.VoucherSeries,
    number: String(raw.VoucherNumber),
    fiscalYearId: String(raw.Year),
    date: raw.TransactionDate as LocalDate,
    text: raw.Description,
    referenceType: raw.ReferenceType,
    referenceNumber: raw.ReferenceNumber,
  };
}

/** Cost center is SIE dimension 1, project dimension 6 (reference §5.5). */
export function objectRefs(costCenter: string, project: string): ObjectRef[] {
  return [
    ...(costCenter ? [{ dimension: 1, code: costCenter }] : []),
    ...(project ? [{ dimension: 6, code: project }] : []),
  ];
}

function toVoucherRow(raw: FortnoxVoucherRow): VoucherRow {
  return {
    account: String(raw.Account),
    amount: signedAmount(raw.Debit, raw.Credit),
    objects: objectRefs(raw.CostCenter, raw.Project),
    ...opt("text", raw.TransactionInformation),
    ...(raw.Quantity && raw.Quantity !== "0" ? { quantity: raw.Quantity } : {}),
  };
}

/** Removed rows (struck out by a correction) are kept apart and never summed (reference §5.2). */
export function toVoucher(raw: FortnoxVoucher): Voucher & { readonly fiscalYearId: string } {
  const removed = raw.VoucherRows.filter((r) => r.Removed).map(toVoucherRow);
  return {
    series: raw.VoucherSeries,
    number: String(raw.VoucherNumber),
    fiscalYearId: String(raw.Year),
    date: raw.TransactionDate as LocalDate,
    text: raw.Description,
    rows: raw.VoucherRows.filter((r) => !r.Removed).map(toVoucherRow),
    ...(removed.length > 0 ? { removedRows: removed } : {}),
  };
}
