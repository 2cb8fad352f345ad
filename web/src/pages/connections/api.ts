/**
 * The calls of issue 5 (activation links, preflight, sync runs), typed from the shared contract. They
 * live beside their pages rather than in api/endpoints.ts; the transport is the app's own (`createHttp`),
 * given the session's CSRF token when someone is signed in in this browser.
 */
import { useMemo } from "react";
import type { z } from "zod";
import type * as C from "../../../../src/api/contract/index.js";
import { createHttp, type Http } from "../../api/client.js";
import { useSession } from "../../api/queries.js";
import type { Paged } from "../../api/types.js";

export type ActivationLink = z.infer<typeof C.ActivationLink>;
export type CreateActivationLinkRequest = z.input<typeof C.CreateActivationLinkRequest>;
export type ActivationInfo = z.infer<typeof C.ActivationInfo>;
export type Preflight = z.infer<typeof C.Preflight>;
export type FeatureCheck = z.infer<typeof C.FeatureCheck>;
export type SyncRun = z.infer<typeof C.SyncRun>;
export type StartSyncRequest = z.input<typeof C.StartSyncRequest>;
export type FortnoxFinancialYear = z.infer<typeof C.FortnoxFinancialYear>;

export function createConnectApi(http: Http) {
  const company = (id: string) => `/api/companies/${encodeURIComponent(id)}`;
  const seg = encodeURIComponent;
  return {
    activationLinks: (id: string) => http.get<ActivationLink[]>(`${company(id)}/activation-links`),
    createActivationLink: (id: string, body: CreateActivationLinkRequest) =>
      http.send<ActivationLink>("POST", `${company(id)}/activation-links`, body),
    revokeActivationLink: (id: string, linkId: string) =>
      http.send<void>("DELETE", `${company(id)}/activation-links/${seg(linkId)}`),
    activation: (token: string) => http.get<ActivationInfo>(`/api/activations/${seg(token)}`),
    authorize: (token: string) =>
      http.send<{ authorizeUrl: string }>("POST", `/api/activations/${seg(token)}/authorize`),
    preflight: (id: string, connectionId: string) =>
      http.get<Preflight>(`${company(id)}/connections/${seg(connectionId)}/preflight`),
    startSync: (id: string, connectionId: string, body: StartSyncRequest) =>
      http.send<SyncRun>("POST", `${company(id)}/connections/${seg(connectionId)}/sync`, body),
    financialYears: (id: string, connectionId: string) =>
      http.get<FortnoxFinancialYear[]>(`${company(id)}/connections/${seg(connectionId)}/financial-years`),
    syncRuns: (id: string, query: { connectionId: string; page: number; pageSize: number }) =>
      http.get<Paged<SyncRun>>(`${company(id)}/sync-runs`, query),
  };
}

export type ConnectApi = ReturnType<typeof createConnectApi>;

/** The session (if any) supplies the CSRF token; a public page opened without one still works. */
export function useConnectApi(): ConnectApi {
  const session = useSession();
  const csrf = session.data?.csrfToken ?? null;
  return useMemo(() => {
    const http = createHttp();
    http.setCsrfToken(csrf);
    return createConnectApi(http);
  }, [csrf]);
}

export const connectKeys = {
  activationLinks: (companyId: string) => ["company", companyId, "activation-links"] as const,
  preflight: (companyId: string, connectionId: string) =>
    ["company", companyId, "preflight", connectionId] as const,
  runs: (companyId: string, connectionId: string, page: number) =>
    ["company", companyId, "sync-runs", connectionId, page] as const,
  activation: (token: string) => ["activation", token] as const,
  financialYears: (companyId: string, connectionId: string) =>
    ["company", companyId, "fortnox-years", connectionId] as const,
};
