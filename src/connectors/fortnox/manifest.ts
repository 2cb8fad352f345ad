/** Fortnox as data: auth mode, base URLs, scopes and rate limit (reference §0, §1.5, §2). */
export const fortnoxManifest = {
  id: "fortnox",
  name: "Fortnox",
  auth: "oauth2",
  urls: {
    api: "https://api.fortnox.se",
    authorize: "https://apps.fortnox.se/oauth-v1/auth",
    token: "https://apps.fortnox.se/oauth-v1/token",
  },
  /** Everything the connector's operations touch; Fortnox fixes the scopes at authorization (§1.5). */
  scopes: [
    "companyinformation",
    "bookkeeping",
    "supplier",
    "supplierinvoice",
    "customer",
    "invoice",
    "payment",
    "article",
    "settings",
    "project",
    "costcenter",
    "archive",
    "inbox",
    "connectfile",
  ],
  rateLimit: { requests: 25, windowMs: 5000 },
  pageSizeMax: 500,
  accessTokenLifetimeSeconds: 3600,
  refreshTokenLifetimeDays: 45,
} as const;

export type FortnoxScope = (typeof fortnoxManifest.scopes)[number];
