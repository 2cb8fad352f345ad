/**
 * Encrypts connection secrets at rest with AES-256-GCM. The key comes from `LEDGERBRIDGE_SECRET_KEY`, or
 * is generated once into `<data dir>/secret.key` with mode 0600. A ciphertext is
 * `v1.<iv>.<tag>.<data>` in base64url, bound to the record it belongs to by associated data, so a secret
 * copied onto another connection does not decrypt.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { AppException, appError } from "../../core/index.js";

export interface SecretBox {
  seal(plaintext: string, context: string): string;
  open(sealed: string, context: string): string;
}

export function parseKey(text: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, "hex") : Buffer.from(t, "base64");
  if (key.length !== 32) throw new AppException(appError("secret_key_invalid"));
  return key;
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new AppException(appError("secret_key_invalid"));
  return {
    seal(plaintext, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      cipher.setAAD(Buffer.from(context, "utf8"));
      const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), data].map((b) => b.toString("base64url"));
      return `v1.${parts.join(".")}`;
    },
    open(sealed, context) {
      const [version, iv, tag, data] = sealed.split(".");
      if (version !== "v1" || !iv || !tag || data === undefined) {
        throw new AppException(appError("secret_undecryptable"));
      }
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
        decipher.setAAD(Buffer.from(context, "utf8"));
        decipher.setAuthTag(Buffer.from(tag, "base64url"));
        return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString(
          "utf8",
        );
      } catch {
        throw new AppException(appError("secret_undecryptable"));
      }
    },
  };
}

/**
 * The key from the environment, or the one in the data folder, generating it on first start. `onGenerated`
 * is told the path (never the key) so the caller can log that it happened.
 */
export function loadOrCreateKey(opts: {
  envKey: string | undefined;
  dataDir: string;
  onGenerated?: (path: string) => void;
}): Buffer {
  if (opts.envKey) return parseKey(opts.envKey);
  const path = join(opts.dataDir, "secret.key");
  if (existsSync(path)) return parseKey(readFileSync(path, "utf8"));
  mkdirSync(opts.dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(path, `${key.toString("hex")}\n`, { mode: 0o600, flag: "wx" });
  chmodSync(path, 0o600);
  opts.onGenerated?.(path);
  return key;
}
