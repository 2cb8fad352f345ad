import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./passwords.js";
import { createSecretBox, loadOrCreateKey, parseKey } from "./secretBox.js";
import { newApiToken, sha256 } from "./tokens.js";

describe("secret box", () => {
  const box = createSecretBox(Buffer.alloc(32, 7));

  it("round-trips and never stores the plaintext", () => {
    const sealed = box.seal('{"refresh":"åäö-secret"}', "connection:1");
    expect(sealed).not.toContain("secret");
    expect(box.open(sealed, "connection:1")).toBe('{"refresh":"åäö-secret"}');
  });

  it("refuses a secret moved to another record, a tampered one, and another key", () => {
    const sealed = box.seal("s3cret", "connection:1");
    expect(() => box.open(sealed, "connection:2")).toThrow(/cannot be decrypted/);
    const tampered = sealed.slice(0, -2) + (sealed.endsWith("A") ? "BB" : "AA");
    expect(() => box.open(tampered, "connection:1")).toThrow(/cannot be decrypted/);
    expect(() => createSecretBox(Buffer.alloc(32, 8)).open(sealed, "connection:1")).toThrow(
      /cannot be decrypted/,
    );
  });

  it("generates a key file with mode 0600 once, then reuses it", () => {
    const dir = mkdtempSync(join(tmpdir(), "lb-key-"));
    const told: string[] = [];
    const k1 = loadOrCreateKey({ envKey: undefined, dataDir: dir, onGenerated: (p) => told.push(p) });
    const k2 = loadOrCreateKey({ envKey: undefined, dataDir: dir, onGenerated: (p) => told.push(p) });
    expect(k1.equals(k2)).toBe(true);
    expect(told).toEqual([join(dir, "secret.key")]);
    expect(statSync(join(dir, "secret.key")).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, "secret.key"), "utf8").trim()).toBe(k1.toString("hex"));
  });

  it("accepts hex and base64 keys and refuses others", () => {
    expect(parseKey("ab".repeat(32))).toHaveLength(32);
    expect(parseKey(Buffer.alloc(32, 1).toString("base64"))).toHaveLength(32);
    expect(() => parseKey("short")).toThrow(/32 bytes/);
  });
});

describe("passwords", () => {
  it("verify the right password only, with a salted hash", async () => {
    const h1 = await hashPassword("correct horse battery");
    const h2 = await hashPassword("correct horse battery");
    expect(h1).not.toBe(h2);
    expect(h1.startsWith("scrypt$32768$8$1$")).toBe(true);
    expect(await verifyPassword("correct horse battery", h1)).toBe(true);
    expect(await verifyPassword("correct horse batterY", h1)).toBe(false);
    expect(await verifyPassword("x", "garbage")).toBe(false);
  });
});

describe("api tokens", () => {
  it("are random, prefixed, and stored only as a hash", () => {
    const a = newApiToken();
    const b = newApiToken();
    expect(a.token).toMatch(/^lb_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toBe(sha256(a.token));
    expect(a.hash).not.toContain(a.token);
  });
});
