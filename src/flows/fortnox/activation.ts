/**
 * Connecting a company's Fortnox by an activation link: the hub's admin creates a link, whoever
 * administers the company's Fortnox opens it, reads what the integration will read, and grants access
 * on Fortnox's own page. The callback checks the single-use state, stores the tokens sealed, and turns
 * the connection active — a new one, or the same one again when it needed re-authorization (its data
 * and settings are kept). With a service account (the default) the hub then works with the
 * client-credentials grant and the company's TenantId (reference §1.3–1.4).
 */
import type { AppContext, OAuthApp } from "../../app/context.js";
import {
  clientCredentials,
  completeAuthorization,
  createAuthorizationRequest,
  createFortnoxClient,
  type FortnoxTokens,
  fortnoxManifest,
  getCompanyInformation,
  MemoryTokenStore,
} from "../../connectors/fortnox/index.js";
import { AppException, appError, fail } from "../../core/index.js";
import { upsertSchedule } from "../../jobs/scheduler.js";
import { writeConnectionSecret } from "../../store/connectionSecrets.js";
import {
  type ActivationLink,
  consumeState,
  findOpenLink,
  newState,
} from "../../store/repos/activationLinks.js";
import { getCompany } from "../../store/repos/companies.js";
import {
  createConnection,
  getConnection,
  setConnectionState,
  updateConnectionSettings,
} from "../../store/repos/connections.js";
import { LEDGER_SYNC } from "../kinds.js";
import { NIGHTLY, oauthConfig } from "./connection.js";
import type { FortnoxSecret } from "./ports.js";

export function fortnoxApp(ctx: AppContext): OAuthApp {
  return ctx.apps.fortnox ?? fail("fortnox_not_configured");
}

export const callbackUrl = (ctx: AppContext) => `${ctx.publicUrl}/api/oauth/fortnox/callback`;

/** What the person opening the link is shown before granting access. */
export async function describeLink(ctx: AppContext, token: string) {
  const link = (await findOpenLink(ctx.db, token)) ?? fail("activation_link_invalid");
  const company = (await getCompany(ctx.db, link.companyId)) ?? fail("activation_link_invalid");
  return {
    companyName: company.name,
    system: link.system,
    displayName: link.displayName,
    serviceAccount: link.serviceAccount,
    reactivation: link.connectionId !== null,
    scopes: [...fortnoxManifest.scopes],
    sandbox: fortnoxApp(ctx).sandbox,
    expiresAt: link.expiresAt,
  };
}

export async function startAuthorization(ctx: AppContext, token: string): Promise<string> {
  const link = (await findOpenLink(ctx.db, token)) ?? fail("activation_link_invalid");
  const app = fortnoxApp(ctx);
  const state = await newState(ctx.db, link.id);
  return createAuthorizationRequest(oauthConfig(settingsOf(app), app.clientSecret), {
    redirectUri: callbackUrl(ctx),
    scopes: fortnoxManifest.scopes,
    serviceAccount: link.serviceAccount,
    state,
  }).url;
}

const settingsOf = (app: OAuthApp, tenantId?: string) => ({
  apiBaseUrl: app.apiBaseUrl,
  authBaseUrl: app.authBaseUrl,
  clientId: app.clientId,
  ...(tenantId ? { tenantId } : {}),
});

export interface CallbackQuery {
  readonly code?: string | undefined;
  readonly state?: string | undefined;
  readonly error?: string | undefined;
  readonly error_description?: string | undefined;
}

/** Completes the activation; returns the company and the connection that is now active. */
export async function completeActivation(ctx: AppContext, q: CallbackQuery) {
  if (!q.state) fail("oauth_state_invalid");
  const link = (await consumeState(ctx.db, q.state)) ?? fail("oauth_state_invalid");
  try {
    const app = fortnoxApp(ctx);
    const oauth = oauthConfig(settingsOf(app), app.clientSecret);
    const answer = Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined)) as Record<
      string,
      string
    >;
    const first = await completeAuthorization(oauth, answer, {
      state: q.state,
      redirectUri: callbackUrl(ctx),
    });
    const { tokens, tenantId } = link.serviceAccount
      ? await serviceAccountTokens(app, first)
      : { tokens: first, tenantId: undefined };
    const connectionId = await storeConnection(ctx, link, app, tokens, tenantId);
    const company = await getCompany(ctx.db, link.companyId);
    return { companyId: link.companyId, companyName: company?.name ?? "", connectionId };
  } catch (e) {
    // The link stays usable for another try (a refusal on the consent page, a network error).
    await ctx.db.query("UPDATE activation_links SET used_at = NULL WHERE id = $1", [link.id]);
    throw e;
  }
}

/**
 * A service account works with client credentials and the TenantId; the authorization-code tokens are
 * used once, to read the company's database number, which is its TenantId (reference §1.4).
 */
async function serviceAccountTokens(app: OAuthApp, first: FortnoxTokens) {
  const oauth = oauthConfig(settingsOf(app), app.clientSecret);
  const probe = createFortnoxClient({
    apiBaseUrl: app.apiBaseUrl,
    oauth,
    tokens: new MemoryTokenStore(first),
  });
  const info = await getCompanyInformation(probe);
  if (!info.databaseNumber) {
    throw new AppException(
      appError("upstream_response_invalid", {
        system: "Fortnox",
        entity: "company information",
        detail: "no DatabaseNumber",
      }),
    );
  }
  const tenantId = String(info.databaseNumber);
  return { tokens: await clientCredentials(oauth, tenantId, fortnoxManifest.scopes), tenantId };
}

async function storeConnection(
  ctx: AppContext,
  link: ActivationLink,
  app: OAuthApp,
  tokens: FortnoxTokens,
  tenantId: string | undefined,
): Promise<string> {
  const settings = settingsOf(app, tenantId);
  const secret: FortnoxSecret = { clientSecret: app.clientSecret, tokens };
  return ctx.db.transaction(async (tx) => {
    const existing = link.connectionId
      ? await getConnection(tx, link.companyId, link.connectionId)
      : undefined;
    const id =
      existing?.id ??
      (
        await createConnection(tx, {
          companyId: link.companyId,
          system: "fortnox",
          displayName: link.displayName,
          settings,
          sandbox: app.sandbox,
        })
      ).id;
    if (existing)
      await updateConnectionSettings(tx, link.companyId, id, { ...existing.settings, ...settings });
    await writeConnectionSecret(tx, ctx.secrets, link.companyId, id, secret);
    await setConnectionState(tx, link.companyId, id, "active");
    await upsertSchedule(tx, {
      companyId: link.companyId,
      connectionId: id,
      kind: LEDGER_SYNC,
      cron: NIGHTLY,
      data: { years: 2 },
    });
    return id;
  });
}
