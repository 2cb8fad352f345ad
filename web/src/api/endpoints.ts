/** Every API call the web app makes, typed from the shared contract (src/api/contract/ROUTES.md). */
import { createContext, useContext } from "react";
import type { Http } from "./client.js";
import type * as T from "./types.js";

export function createApi(http: Http) {
  // Each Session answer carries the CSRF token for the requests that follow it.
  const session = async (p: Promise<T.Session>): Promise<T.Session> => {
    const s = await p;
    http.setCsrfToken(s.csrfToken);
    return s;
  };
  const company = (id: string) => `/api/companies/${encodeURIComponent(id)}`;
  const seg = encodeURIComponent;
  const year = (id: string, yearId: string) => `${company(id)}/fiscal-years/${seg(yearId)}`;

  return {
    health: () => http.get<T.Health>("/health"),
    setupStatus: () => http.get<T.SetupStatus>("/api/setup"),
    setup: (body: T.SetupRequest) => session(http.send("POST", "/api/setup", body)),
    login: (body: T.LoginRequest) => session(http.send("POST", "/api/auth/login", body)),
    logout: async () => {
      await http.send<void>("POST", "/api/auth/logout");
      http.setCsrfToken(null);
    },
    session: () => session(http.get("/api/session")),
    invitation: (token: string) => http.get<T.InviteInfo>(`/api/invitations/${seg(token)}`),
    acceptInvitation: (token: string, body: T.AcceptInviteRequest) =>
      session(http.send("POST", `/api/invitations/${seg(token)}/accept`, body)),

    createCompany: (body: T.CreateCompanyRequest) => http.send<T.Company>("POST", "/api/companies", body),
    company: (id: string) => http.get<T.Company>(company(id)),
    updateCompany: (id: string, body: T.UpdateCompanyRequest) =>
      http.send<T.Company>("PATCH", company(id), body),

    members: (id: string) => http.get<T.Member[]>(`${company(id)}/members`),
    addMember: (id: string, body: T.AddMemberRequest) =>
      http.send<T.AddMemberResponse>("POST", `${company(id)}/members`, body),
    updateMember: (id: string, userId: string, role: T.Role) =>
      http.send<T.Member>("PATCH", `${company(id)}/members/${seg(userId)}`, { role }),
    removeMember: (id: string, userId: string) =>
      http.send<void>("DELETE", `${company(id)}/members/${seg(userId)}`),
    invitations: (id: string) => http.get<T.Invitation[]>(`${company(id)}/invitations`),
    revokeInvitation: (id: string, invitationId: string) =>
      http.send<void>("DELETE", `${company(id)}/invitations/${seg(invitationId)}`),

    apiTokens: (id: string) => http.get<T.ApiToken[]>(`${company(id)}/api-tokens`),
    createApiToken: (id: string, body: T.CreateApiTokenRequest) =>
      http.send<T.CreatedApiToken>("POST", `${company(id)}/api-tokens`, body),
    revokeApiToken: (id: string, tokenId: string) =>
      http.send<void>("DELETE", `${company(id)}/api-tokens/${seg(tokenId)}`),

    connections: (id: string) => http.get<T.Connection[]>(`${company(id)}/connections`),
    createConnection: (id: string, body: T.CreateConnectionRequest) =>
      http.send<T.Connection>("POST", `${company(id)}/connections`, body),
    updateConnection: (id: string, connectionId: string, body: T.UpdateConnectionRequest) =>
      http.send<T.Connection>("PATCH", `${company(id)}/connections/${seg(connectionId)}`, body),

    transferLog: (id: string, query: T.TransferLogQuery) =>
      http.get<T.Paged<T.TransferLogEntry>>(`${company(id)}/transfer-log`, { ...query }),
    parties: (id: string, query: T.PartiesQuery) =>
      http.get<T.PartyList>(`${company(id)}/parties`, { ...query }),

    // The SIE upload itself goes through XMLHttpRequest for its progress (pages/ledger/uploadSie.ts).
    fiscalYears: (id: string) => http.get<T.FiscalYear[]>(`${company(id)}/fiscal-years`),
    ledgerObjects: (id: string, yearId: string) => http.get<T.LedgerObjects>(`${year(id, yearId)}/objects`),
    trialBalance: (id: string, yearId: string, query: T.ReportQuery) =>
      http.get<T.TrialBalanceLine[]>(`${year(id, yearId)}/reports/trial-balance`, { ...query }),
    incomeStatement: (id: string, yearId: string, query: T.ReportQuery) =>
      http.get<T.IncomeStatement>(`${year(id, yearId)}/reports/income-statement`, { ...query }),
    balanceSheet: (id: string, yearId: string, query: T.ReportQuery) =>
      http.get<T.BalanceSheet>(`${year(id, yearId)}/reports/balance-sheet`, { ...query }),
    monthlyResult: (id: string, yearId: string, query: T.ReportQuery) =>
      http.get<T.MonthlyResult>(`${year(id, yearId)}/reports/monthly-result`, { ...query }),
    accountTransactions: (id: string, yearId: string, account: string, query: T.AccountTransactionsQuery) =>
      http.get<T.AccountTransactions>(`${year(id, yearId)}/accounts/${seg(account)}/transactions`, {
        ...query,
      }),
    voucher: (id: string, voucherId: string) =>
      http.get<T.VoucherDetail>(`${company(id)}/vouchers/${seg(voucherId)}`),
  };
}

export type Api = ReturnType<typeof createApi>;

export const ApiContext = createContext<Api | null>(null);

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error("useApi outside <ApiContext.Provider>");
  return api;
}
