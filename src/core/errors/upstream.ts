import type { ErrorSection } from "./types.js";

/** Errors about external systems. Connectors add their own sections beside this one. */
export const upstreamErrors = {
  upstream_unavailable: {
    category: "upstream_unavailable",
    message:
      "{system} did not answer in time or answered with a server error ({status}). It will be retried.",
  },
  upstream_rate_limited: {
    category: "rate_limited",
    message: "{system} asks us to slow down. The request will be retried after {retryAfter} seconds.",
  },
  upstream_rejected: {
    category: "upstream_rejected",
    message: "{system} refused the request: {upstreamMessage}",
  },
  upstream_unauthorized: {
    category: "upstream_rejected",
    message: "{system} no longer accepts this connection's authorization. Re-activate the connection.",
  },
  upstream_response_invalid: {
    category: "upstream_rejected",
    message: "{system} sent a {entity} we cannot read ({detail}).",
  },
  connection_needs_reauth: {
    category: "conflict",
    message: "The connection {connection} must be authorized again before it can be used.",
  },
  oauth_state_invalid: {
    category: "invalid_input",
    message: "The authorization answer does not belong to a request of ours, or it has expired. Start again.",
  },
  fortnox_not_configured: {
    category: "conflict",
    message:
      "This hub has no Fortnox integration configured. Set FORTNOX_CLIENT_ID and FORTNOX_CLIENT_SECRET (docs/config.md), or run the demo.",
  },
  activation_link_invalid: {
    category: "not_found",
    message: "This activation link is not valid: it was used already or it has expired. Ask for a new one.",
  },
} as const satisfies ErrorSection;
