/**
 * Random bearer secrets (session cookies, API tokens, invitation and activation links). Only their
 * SHA-256 is stored: they carry 256 bits of entropy, so a fast hash is enough and lookups stay indexed.
 */
import { createHash, randomBytes } from "node:crypto";

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("base64url");
}

/** An API token: `lb_<prefix>_<secret>`; the prefix is shown in lists so users can tell tokens apart. */
export function newApiToken(): { token: string; prefix: string; hash: string } {
  const prefix = randomBytes(4).toString("hex");
  const token = `lb_${prefix}_${randomSecret()}`;
  return { token, prefix, hash: sha256(token) };
}
