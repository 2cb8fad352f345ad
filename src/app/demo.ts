/**
 * Demo mode (`LEDGERBRIDGE_DEMO=1`, the default): the Fortnox sandbox runs inside the hub with seeded
 * companies, and a demo company in the hub is connected to it through a service account — so a fresh
 * `npm start` has something real to click. Everything it creates is marked demo/sandbox and labelled as
 * such in the app. The sandbox's state lives in memory, so each start re-grants the connection's tokens
 * and points it at the sandbox's new address; the hub's own data is kept.
 */

import { clientCredentials, fortnoxManifest } from "../connectors/fortnox/index.js";
import { authorizeInSandbox } from "../connectors/fortnox/sandbox/consentDriver.js";
import { type FortnoxSandbox, startFortnoxSandbox } from "../connectors/fortnox/sandbox/index.js";
import { connectServiceAccount, type FortnoxSettings, oauthConfig } from "../flows/fortnox/connection.js";
import type { FortnoxSecret } from "../flows/fortnox/ports.js";
import { LEDGER_SYNC } from "../flows/ledger/fortnoxSync.js";
import { startTrackedRun } from "../flows/runs.js";
import { writeConnectionSecret } from "../store/connectionSecrets.js";
import { createCompany, findDemoCompanies, shareDemoCompaniesWithAdmins } from "../store/repos/companies.js";
import {
  findConnectionsBySystem,
  setConnectionState,
  updateConnectionSettings,
} from "../store/repos/connections.js";
import { listFiscalYears } from "../store/repos/ledger/fiscalYears.js";
import { activeRunOf } from "../store/repos/syncRuns.js";
import type { AppContext } from "./context.js";

export interface Demo {
  readonly fortnox: FortnoxSandbox;
  stop(): Promise<void>;
}

/** A fixed client secret: the sandbox is a local emulator, and a stable secret keeps restarts simple. */
const DEMO_CLIENT = { clientId: "ledgerbridge-demo", clientSecret: "ledgerbridge-demo-sandbox-secret" };

export async function startDemo(ctx: AppContext, opts: { vouchersPerYear?: number } = {}): Promise<Demo> {
  const fortnox = await startFortnoxSandbox({
    host: "127.0.0.1",
    port: 0,
    seed: 1,
    vouchersPerYear: opts.vouchersPerYear ?? 1500,
    ...DEMO_CLIENT,
  });
  try {
    const tenant = fortnox.tenants[0]!;
    await approveServiceAccount(fortnox, tenant.tenantId);
    const settings: FortnoxSettings & { tenantId: string } = {
      apiBaseUrl: fortnox.url,
      authBaseUrl: fortnox.url,
      clientId: DEMO_CLIENT.clientId,
      tenantId: tenant.tenantId,
    };
    const company =
      (await findDemoCompanies(ctx.db))[0] ??
      (await createCompany(ctx.db, { name: `${tenant.name} (demo)`, demo: true }));
    const existing = (await findConnectionsBySystem(ctx.db, company.id, "fortnox"))[0];
    if (existing) await reconnect(ctx, company.id, existing.id, settings);
    else {
      await connectServiceAccount(ctx, {
        companyId: company.id,
        displayName: "Fortnox sandbox",
        settings,
        clientSecret: DEMO_CLIENT.clientSecret,
        sandbox: true,
      });
    }
    await shareDemoCompaniesWithAdmins(ctx.db);
    // Without a real Fortnox integration configured, activation links go to the sandbox.
    ctx.apps.fortnox ??= { ...DEMO_CLIENT, apiBaseUrl: fortnox.url, authBaseUrl: fortnox.url, sandbox: true };
    await firstSync(ctx, company.id);
    ctx.log.info(
      { fortnoxSandbox: fortnox.url, company: company.name },
      "demo mode: Fortnox sandbox connected",
    );
  } catch (e) {
    await fortnox.close();
    throw e;
  }
  return { fortnox, stop: () => fortnox.close() };
}

/** A fresh demo has two synced years to read: the first start syncs them, later starts keep them. */
async function firstSync(ctx: AppContext, companyId: string): Promise<void> {
  if ((await listFiscalYears(ctx.db, companyId)).length > 0) return;
  const [conn] = await findConnectionsBySystem(ctx.db, companyId, "fortnox");
  if (!conn || (await activeRunOf(ctx.db, LEDGER_SYNC, companyId, conn.id))) return; // one is under way
  await startTrackedRun(ctx, { kind: LEDGER_SYNC, companyId, connectionId: conn.id, params: { years: 2 } });
}

/** The sandbox's administrator approves the integration as a service account, once per start. */
async function approveServiceAccount(fortnox: FortnoxSandbox, tenantId: string): Promise<void> {
  const admin = fortnox.users[0]!;
  await authorizeInSandbox(fortnox, {
    username: admin.username,
    password: admin.password,
    tenantId,
    scopes: fortnoxManifest.scopes,
    serviceAccount: true,
  });
}

async function reconnect(
  ctx: AppContext,
  companyId: string,
  connectionId: string,
  settings: FortnoxSettings & { tenantId: string },
): Promise<void> {
  const tokens = await clientCredentials(
    oauthConfig(settings, DEMO_CLIENT.clientSecret),
    settings.tenantId,
    fortnoxManifest.scopes,
  );
  const secret: FortnoxSecret = { clientSecret: DEMO_CLIENT.clientSecret, tokens };
  await updateConnectionSettings(ctx.db, companyId, connectionId, settings);
  await writeConnectionSecret(ctx.db, ctx.secrets, companyId, connectionId, secret);
  await setConnectionState(ctx.db, companyId, connectionId, "active");
}
