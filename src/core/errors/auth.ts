import type { ErrorSection } from "./types.js";

export const authErrors = {
  unauthenticated: { category: "unauthorized", message: "Log in or send a valid API token to do this." },
  invalid_credentials: { category: "unauthorized", message: "The e-mail address or the password is wrong." },
  login_rate_limited: {
    category: "rate_limited",
    message: "Too many failed logins. Wait {retryAfter} seconds before trying again.",
  },
  csrf_failed: {
    category: "forbidden",
    message: "The request lacks a valid CSRF token. Reload the page and try again.",
  },
  forbidden_role: { category: "forbidden", message: "Your role ({role}) in this company cannot {action}." },
  setup_already_done: {
    category: "conflict",
    message: "The first administrator already exists. Log in instead.",
  },
  setup_required: { category: "conflict", message: "Create the first administrator before logging in." },
  email_taken: { category: "conflict", message: "A user with the e-mail address {email} already exists." },
  weak_password: {
    category: "invalid_input",
    message: "The password must be at least {min} characters long.",
  },
  last_owner: {
    category: "conflict",
    message: "A company must keep at least one owner. Make someone else owner first.",
  },
  secret_key_invalid: {
    category: "invalid_input",
    message: "LEDGERBRIDGE_SECRET_KEY must be 32 bytes as 64 hex characters or base64.",
  },
  secret_undecryptable: {
    category: "internal",
    message: "A stored secret cannot be decrypted: the secret key changed since it was stored.",
  },
} as const satisfies ErrorSection;
