/**
 * The API's published types, inferred from the shared contract. Type-only imports: the web bundle
 * carries no zod.
 */
import type { z } from "zod";
import type * as C from "../../../src/api/contract/index.js";

export type Session = z.infer<typeof C.Session>;
export type SessionCompany = z.infer<typeof C.SessionCompany>;
export type SetupStatus = z.infer<typeof C.SetupStatus>;
export type SetupRequest = z.input<typeof C.SetupRequest>;
export type LoginRequest = z.input<typeof C.LoginRequest>;
export type Health = z.infer<typeof C.Health>;
export type InviteInfo = z.infer<typeof C.InviteInfo>;
export type AcceptInviteRequest = z.input<typeof C.AcceptInviteRequest>;
export type Role = z.infer<typeof C.Role>;
export type Company = z.infer<typeof C.Company>;
export type CreateCompanyRequest = z.input<typeof C.CreateCompanyRequest>;
export type UpdateCompanyRequest = z.input<typeof C.UpdateCompanyRequest>;
export type Member = z.infer<typeof C.Member>;
export type Invitation = z.infer<typeof C.Invitation>;
export type AddMemberRequest = z.input<typeof C.AddMemberRequest>;
export type AddMemberResponse = z.infer<typeof C.AddMemberResponse>;
export type ApiToken = z.infer<typeof C.ApiToken>;
export type CreateApiTokenRequest = z.input<typeof C.CreateApiTokenRequest>;
export type CreatedApiToken = z.infer<typeof C.CreatedApiToken>;
export type Connection = z.infer<typeof C.Connection>;
export type ConnectionState = z.infer<typeof C.ConnectionState>;
export type SystemId = z.infer<typeof C.SystemId>;
export type CreateConnectionRequest = z.input<typeof C.CreateConnectionRequest>;
export type UpdateConnectionRequest = z.input<typeof C.UpdateConnectionRequest>;
export type TransferLogEntry = z.infer<typeof C.TransferLogEntry>;
export type TransferDirection = z.infer<typeof C.TransferDirection>;
export type TransferStatus = z.infer<typeof C.TransferStatus>;
export type FiscalYear = z.infer<typeof C.FiscalYear>;
export type SieDiagnostic = z.infer<typeof C.Diagnostic>;
export type SieSummary = z.infer<typeof C.SieSummary>;
export type SieInspection = z.infer<typeof C.SieInspection>;
export type SieImportResult = z.infer<typeof C.SieImportResult>;
/** Report filters; every field optional, as the API takes them. */
export type ReportQuery = z.infer<typeof C.ReportQuery>;
export type TrialBalanceLine = z.infer<typeof C.TrialBalanceLine>;
export type StatementGroup = z.infer<typeof C.StatementGroup>;
export type IncomeStatement = z.infer<typeof C.IncomeStatement>;
export type BalanceSheet = z.infer<typeof C.BalanceSheet>;
export type MonthlyResult = z.infer<typeof C.MonthlyResult>;
export type LedgerObjects = z.infer<typeof C.LedgerObjects>;
export type AccountTransactions = z.infer<typeof C.AccountTransactions>;
export type AccountTransactionsQuery = ReportQuery & { page?: number; pageSize?: number };
export type VoucherDetail = z.infer<typeof C.VoucherDetail>;
export type PartyList = z.infer<typeof C.PartyList>;
export type Party = PartyList["items"][number];
export type PartyKind = Party["kind"];
export type PartiesQuery = { kind: PartyKind; page: number; pageSize: number; q?: string };
/** The query as the web app sends it: page and pageSize may be left to the server's defaults. */
export type TransferLogQuery = Omit<z.infer<typeof C.TransferLogQuery>, "page" | "pageSize"> & {
  page?: number;
  pageSize?: number;
};

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
