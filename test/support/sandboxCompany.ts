/**
 * A company of ours connected to a company of the Fortnox sandbox by service account, as the
 * activation link or `ledgerbridge connect fortnox` would leave it.
 */
import type { AppContext } from "../../src/app/context.js";
import { fortnoxManifest } from "../../src/connectors/fortnox/index.js";
import { authorizeInSandbox } from "../../src/connectors/fortnox/sandbox/consentDriver.js";
import type { FortnoxSandbox } from "../../src/connectors/fortnox/sandbox/index.js";
import { connectServiceAccount } from "../../src/flows/fortnox/connection.js";
import { createCompany } from "../../src/store/repos/companies.js";

export async function connectSandboxCompany(
  ctx: AppContext,
  sb: FortnoxSandbox,
  name: string,
  tenantIndex = 0,
) {
  const tenant = sb.tenants[tenantIndex]!;
  await authorizeInSandbox(sb, {
    username: "admin",
    tenantId: tenant.tenantId,
    scopes: fortnoxManifest.scopes,
    serviceAccount: true,
  });
  const companyId = (await createCompany(ctx.db, { name })).id;
  const settings = {
    apiBaseUrl: sb.url,
    authBaseUrl: sb.url,
    clientId: sb.clientId,
    tenantId: tenant.tenantId,
  };
  const conn = await connectServiceAccount(ctx, {
    companyId,
    displayName: "Fortnox",
    settings,
    clientSecret: sb.clientSecret,
  });
  return { companyId, connectionId: conn.id, settings };
}
