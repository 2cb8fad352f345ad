/** Query keys of the ledger: all under the company, so invalidating the ledger refreshes every report. */
import type { AccountTransactionsQuery, ReportQuery } from "../../api/types.js";

export const ledgerKeys = {
  all: (companyId: string) => ["company", companyId, "ledger"] as const,
  years: (companyId: string) => ["company", companyId, "ledger", "years"] as const,
  objects: (companyId: string, yearId: string) =>
    ["company", companyId, "ledger", yearId, "objects"] as const,
  report: (companyId: string, yearId: string, report: string, query: ReportQuery) =>
    ["company", companyId, "ledger", yearId, report, query] as const,
  account: (companyId: string, yearId: string, account: string, query: AccountTransactionsQuery) =>
    ["company", companyId, "ledger", yearId, "account", account, query] as const,
  voucher: (companyId: string, voucherId: string) =>
    ["company", companyId, "ledger", "voucher", voucherId] as const,
};
