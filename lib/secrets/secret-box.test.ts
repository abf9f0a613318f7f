import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, SecretKeyError } from "./secret-box";

const saved = { key: process.env.HOOKFLOW_SECRET_KEY, file: process.env.HOOKFLOW_SECRET_KEY_FILE };
afterEach(() => {
  process.env.HOOKFLOW_SECRET_KEY = saved.key;
  if (saved.file === undefined) delete process.env.HOOKFLOW_SECRET_KEY_FILE;
  else process.env.HOOKFLOW_SECRET_KEY_FILE = saved.file;
});

describe("secret box (AES-256-GCM)", () => {
  it("round-trips and never stores the plaintext; each encryption differs", () => {
    const a = encryptSecret("hunter2-value");
    const b = encryptSecret("hunter2-value");
    expect(a).not.toContain("hunter2");
    expect(a).not.toBe(b);
    expect(decryptSecret(a)).toBe("hunter2-value");
  });

  it("says clearly when the key changed, instead of returning garbage", () => {
    const stored = encryptSecret("value");
    process.env.HOOKFLOW_SECRET_KEY = Buffer.alloc(32, 9).toString("hex");
    expect(() => decryptSecret(stored)).toThrow(/encrypted with a different key/);
  });

  it("detects tampering", () => {
    const parts = encryptSecret("value").split(":");
    parts[4] = Buffer.from("other").toString("base64url");
    expect(() => decryptSecret(parts.join(":"))).toThrow(SecretKeyError);
  });

  it("rejects a key of the wrong size with instructions", () => {
    process.env.HOOKFLOW_SECRET_KEY = "too-short";
    expect(() => encryptSecret("x")).toThrow(/32 bytes/);
  });

  it("creates a key file with owner-only permissions when no key is configured, and reuses it", () => {
    delete process.env.HOOKFLOW_SECRET_KEY;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hookflow-key-")), "nested", "secret.key");
    process.env.HOOKFLOW_SECRET_KEY_FILE = file;
    const stored = encryptSecret("from file");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(fs.readFileSync(file, "utf8").trim(), "base64")).toHaveLength(32);
    expect(decryptSecret(stored)).toBe("from file");
  });
});
