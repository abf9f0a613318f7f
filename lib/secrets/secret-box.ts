import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { config, decodeSecretKey, SECRET_KEY_ALLOWED } from "@/lib/config";
import { type ApiErrorKey, type ApiErrorParams, englishApiError } from "@/lib/i18n/api-errors";

// AES-256-GCM for secrets at rest. Stored form: "v1:<keyId>:<iv>:<tag>:<ciphertext>"
// (base64url parts). keyId is a short hash of the key, so a value encrypted under
// another key is reported as such instead of failing as corrupt data.

const VERSION = "v1";

/** A stored secret the key cannot open, or a key file that holds no key: its sentence is an apiErrors catalog key's. */
export class SecretKeyError extends Error {
  readonly code = "SECRET_KEY_MISMATCH";
  readonly text: { key: SecretKeyErrorKey; params?: ApiErrorParams };

  constructor(key: SecretKeyErrorKey, params?: ApiErrorParams) {
    super(englishApiError(key, params));
    this.text = { key, ...(params ? { params } : {}) };
  }
}

type SecretKeyErrorKey = Extract<ApiErrorKey, `SECRET_KEY_MISMATCH.${string}`>;

function keyFromFile(file: string): Buffer {
  const key = decodeSecretKey(fs.readFileSync(file, "utf8"));
  if (key) return key;
  throw new SecretKeyError("SECRET_KEY_MISMATCH.keyFile", { file, allowed: SECRET_KEY_ALLOWED });
}

/** The key of HOOKFLOW_SECRET_KEY (checked by config), else of the key file, created (mode 0600) on first use. */
function loadKey(secretKey: Buffer | undefined, file: string): Buffer {
  if (secretKey) return secretKey;
  try {
    return keyFromFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const key = randomBytes(32);
  try {
    // "wx": never overwrite a key another process created meanwhile.
    fs.writeFileSync(file, `${key.toString("base64")}\n`, { mode: 0o600, flag: "wx" });
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return keyFromFile(file);
    throw error;
  }
}

let cached: { source: string; key: Buffer; id: string } | undefined;

function currentKey() {
  const { secretKey, secretKeyFile } = config();
  const source = `${secretKey?.toString("base64") ?? ""}|${secretKeyFile}`;
  if (!cached || cached.source !== source) {
    const key = loadKey(secretKey, secretKeyFile);
    cached = { source, key, id: createHash("sha256").update(key).digest("base64url").slice(0, 8) };
  }
  return cached;
}

/**
 * A key for another purpose (signing session cookies), derived from the secret key with HKDF:
 * one key to keep and back up, and no purpose's key reveals another's.
 */
export function derivedKey(purpose: string): string {
  return Buffer.from(hkdfSync("sha256", currentKey().key, Buffer.alloc(0), `hookflow:${purpose}`, 32)).toString("base64url");
}

export function encryptSecret(plaintext: string): string {
  const { key, id } = currentKey();
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, id, iv.toString("base64url"), tag.toString("base64url"), body.toString("base64url")].join(":");
}

export function decryptSecret(stored: string): string {
  const { key, id } = currentKey();
  const parts = stored.split(":");
  if (parts.length !== 5 || parts[0] !== VERSION) {
    throw new SecretKeyError("SECRET_KEY_MISMATCH.format");
  }
  const [, keyId, iv, tag, body] = parts;
  if (keyId !== id) {
    throw new SecretKeyError("SECRET_KEY_MISMATCH.otherKey");
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretKeyError("SECRET_KEY_MISMATCH.integrity");
  }
}
