import { X509Certificate, createPrivateKey } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { generate } from "selfsigned";
import { inspectorTlsDir } from "./inspector-config";

// The inspector's certificate: self-signed for localhost and 127.0.0.1, made on first
// start (selfsigned, which uses Node's WebCrypto) and kept in data/inspector-tls/. Webhook
// calls to the inspector trust exactly this certificate (guarded-request.ts).

export type InspectorCertificate = { cert: string; key: string };

const VALID_DAYS = 5 * 365;
const RENEW_BEFORE_MS = 30 * 24 * 3600 * 1000;

const files = () => ({ cert: path.join(inspectorTlsDir(), "cert.pem"), key: path.join(inspectorTlsDir(), "key.pem") });

function usable(pair: InspectorCertificate): boolean {
  try {
    const x509 = new X509Certificate(pair.cert);
    return x509.checkPrivateKey(createPrivateKey(pair.key)) && Date.parse(x509.validTo) - Date.now() > RENEW_BEFORE_MS;
  } catch {
    return false;
  }
}

function readPair(): InspectorCertificate | null {
  try {
    const { cert, key } = files();
    return { cert: fs.readFileSync(cert, "utf8"), key: fs.readFileSync(key, "utf8") };
  } catch {
    return null;
  }
}

/** The inspector's certificate and key, created (or renewed near expiry) when needed. */
export async function ensureInspectorCertificate(): Promise<InspectorCertificate> {
  const existing = readPair();
  if (existing && usable(existing)) return existing;
  const notBeforeDate = new Date(Date.now() - 60_000);
  const pems = await generate([{ name: "commonName", value: "Hookflow request inspector" }], {
    keyType: "ec",
    curve: "P-256",
    algorithm: "sha256",
    notBeforeDate,
    notAfterDate: new Date(notBeforeDate.getTime() + VALID_DAYS * 24 * 3600 * 1000),
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
        ],
      },
    ],
  });
  const pair = { cert: pems.cert, key: pems.private };
  const target = files();
  fs.mkdirSync(inspectorTlsDir(), { recursive: true });
  // Key first, certificate last, each renamed into place: a reader never sees half a file,
  // and a certificate on disk always has its key beside it.
  const write = (file: string, content: string, mode: number) => {
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, content, { mode });
    fs.renameSync(temp, file);
  };
  write(target.key, pair.key, 0o600);
  write(target.cert, pair.cert, 0o644);
  return pair;
}

/** The certificate webhook calls to the inspector must see, or null before the inspector first started. */
export function readInspectorCertificate(): string | null {
  try {
    return fs.readFileSync(files().cert, "utf8");
  } catch {
    return null;
  }
}
