/** Raw shapes of company information, financial years, accounts, voucher series and vouchers. */
import { z } from "zod";
import { FortnoxDecimal, FortnoxId, FortnoxText } from "./common.js";

export const FortnoxCompanyInformation = z.object({
  CompanyName: z.string(),
  OrganizationNumber: FortnoxText,
  Address: FortnoxText,
  ZipCode: FortnoxText,
  City: FortnoxText,
  CountryCode: FortnoxText,
  DatabaseNumber: FortnoxId,
});
export type FortnoxCompanyInformation = z.infer<typeof FortnoxCompanyInformation>;

export const FortnoxFinancialYear = z.object({
  Id: z.number().int(),
  FromDate: z.string(),
  ToDate: z.string(),
  AccountChartType: FortnoxText,
  AccountingMethod: FortnoxText,
});
export type FortnoxFinancialYear = z.infer<typeof FortnoxFinancialYear>;

export const FortnoxAccount = z.object({
  Number: z.number().int(),
  Description: z.string(),
  Active: z.boolean().optional(),
  SRU: z.number().int().nullable().optional(),
  VATCode: z.string().nullable().optional(),
  BalanceBroughtForward: FortnoxDecimal.optional(),
  Year: z.number().int().optional(),
});
export type FortnoxAccount = z.infer<typeof FortnoxAccount>;

export const FortnoxVoucherSeries = z.object({
  Code: z.string(),
  Description: FortnoxText,
  Manual: z.boolean().optional(),
  Year: z.number().int().optional(),
});
export type FortnoxVoucherSeries = z.infer<typeof FortnoxVoucherSeries>;

export const FortnoxVoucherListItem = z.object({
  VoucherSeries: z.string(),
  VoucherNumber: z.number().int(),
  Year: z.number().int(),
  TransactionDate: z.string(),
  Description: FortnoxText,
  Comments: FortnoxText,
  ReferenceNumber: FortnoxText,
  ReferenceType: FortnoxText,
});
export type FortnoxVoucherListItem = z.infer<typeof FortnoxVoucherListItem>;

export const FortnoxVoucherRow = z.object({
  Account: z.number().int(),
  Debit: FortnoxDecimal.default("0"),
  Credit: FortnoxDecimal.default("0"),
  Description: FortnoxText,
  TransactionInformation: FortnoxText,
  CostCenter: FortnoxText,
  Project: FortnoxText,
  Quantity: FortnoxDecimal.optional(),
  Removed: z.boolean().default(false),
});
export type FortnoxVoucherRow = z.infer<typeof FortnoxVoucherRow>;

export const FortnoxVoucher = FortnoxVoucherListItem.extend({
  CostCenter: FortnoxText,
  Project: FortnoxText,
  VoucherRows: z.array(FortnoxVoucherRow),
});
export type FortnoxVoucher = z.infer<typeof FortnoxVoucher>;
