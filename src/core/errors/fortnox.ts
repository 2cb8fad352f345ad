import type { ErrorSection } from "./types.js";

/** Fortnox-specific failures; generic ones (rate limits, 5xx, unauthorized) live in upstream.ts. */
export const fortnoxErrors = {
  fortnox_licence_missing: {
    category: "forbidden",
    message: "The Fortnox company has no licence for this part of Fortnox. Fortnox said: {upstreamMessage}",
  },
  fortnox_permission_denied: {
    category: "forbidden",
    message:
      "The Fortnox user or the connection's scopes do not allow this. Re-activate with the needed scopes. Fortnox said: {upstreamMessage}",
  },
  fortnox_not_found: {
    category: "not_found",
    message: "Fortnox has no such {entity}. Fortnox said: {upstreamMessage}",
  },
  fortnox_validation_failed: {
    category: "upstream_rejected",
    message: "Fortnox did not accept the {entity}. Fortnox said: {upstreamMessage}",
  },
  fortnox_authorization_refused: {
    category: "upstream_rejected",
    message: "Fortnox refused the authorization ({reason}). Fortnox said: {upstreamMessage}",
  },
} as const satisfies ErrorSection;
