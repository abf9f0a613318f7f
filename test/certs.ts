import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// Certificates for the local HTTPS receiver. Tests trust the CA only through
// NODE_EXTRA_CA_CERTS, exactly as an operator trusts a private CA in production, so the
// client under test runs with TLS verification fully on.

/** Stable across runs: Node reads NODE_EXTRA_CA_CERTS at process start, so the path must not change between setup and workers. */
export const TEST_CERTS_DIR = path.join(os.tmpdir(), "hookflow-test-certs");

export type TestCertificates = {
  dir: string;
  /** The test CA; point NODE_EXTRA_CA_CERTS here. */
  ca: string;
  /** Server certificate for DNS:localhost and IP:127.0.0.1, signed by the test CA. */
  serverKey: string;
  serverCert: string;
  /** Self-signed certificate for the same names, NOT signed by the test CA: for "untrusted certificate" tests. */
  untrustedKey: string;
  untrustedCert: string;
};

const FILES = {
  ca: "ca.pem",
  serverKey: "server-key.pem",
  serverCert: "server.pem",
  untrustedKey: "untrusted-key.pem",
  untrustedCert: "untrusted.pem",
} as const;

const EC_KEY = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
const SERVER_EXTENSIONS = [
  "subjectAltName=DNS:localhost,IP:127.0.0.1",
  "basicConstraints=critical,CA:FALSE",
  "keyUsage=critical,digitalSignature",
  "extendedKeyUsage=serverAuth",
];
// Regenerate a month before expiry so a long-lived tmp folder never serves an expired certificate.
const RENEW_BEFORE_SECONDS = 30 * 24 * 3600;

const checked = new Set<string>();

function openssl(cwd: string, args: string[]) {
  execFileSync("openssl", args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
}

function paths(dir: string): TestCertificates {
  const entries = Object.entries(FILES).map(([key, file]) => [key, path.join(dir, file)]);
  return { dir, ...Object.fromEntries(entries) } as TestCertificates;
}

function usable(certs: TestCertificates): boolean {
  if (!Object.keys(FILES).every((key) => fs.existsSync(certs[key as keyof typeof FILES]))) return false;
  try {
    for (const cert of [certs.ca, certs.serverCert, certs.untrustedCert]) {
      openssl(certs.dir, ["x509", "-in", cert, "-noout", "-checkend", String(RENEW_BEFORE_SECONDS)]);
    }
    return true;
  } catch {
    return false;
  }
}

function generate(dir: string) {
  const serial = () => `0x${crypto.randomBytes(16).toString("hex")}`;
  openssl(dir, [
    "req",
    "-x509",
    ...EC_KEY,
    "-keyout",
    "ca-key.pem",
    "-out",
    FILES.ca,
    "-days",
    "3650",
    "-set_serial",
    serial(),
    "-subj",
    "/CN=Hookflow Test CA",
    "-addext",
    "basicConstraints=critical,CA:TRUE",
    "-addext",
    "keyUsage=critical,keyCertSign,cRLSign",
  ]);
  fs.writeFileSync(path.join(dir, "server-ext.cnf"), `${SERVER_EXTENSIONS.join("\n")}\n`);
  openssl(dir, ["req", "-new", ...EC_KEY, "-keyout", FILES.serverKey, "-out", "server.csr", "-subj", "/CN=localhost"]);
  // 365 days: browsers (Playwright's Chromium) reject longer-lived server certificates.
  openssl(dir, [
    "x509",
    "-req",
    "-in",
    "server.csr",
    "-CA",
    FILES.ca,
    "-CAkey",
    "ca-key.pem",
    "-set_serial",
    serial(),
    "-out",
    FILES.serverCert,
    "-days",
    "365",
    "-extfile",
    "server-ext.cnf",
  ]);
  openssl(dir, [
    "req",
    "-x509",
    ...EC_KEY,
    "-keyout",
    FILES.untrustedKey,
    "-out",
    FILES.untrustedCert,
    "-days",
    "365",
    "-set_serial",
    serial(),
    "-subj",
    "/CN=localhost",
    ...SERVER_EXTENSIONS.flatMap((ext) => ["-addext", ext]),
  ]);
}

/**
 * Creates the test CA and certificates in `dir` once and reuses them afterwards. Safe to call
 * from several processes at once: each generates into its own folder and renames it into
 * place, and a loser of that race uses the winner's files.
 */
export function ensureTestCertificates(dir: string = TEST_CERTS_DIR): TestCertificates {
  const existing = paths(dir);
  // Checking means spawning openssl; once per process is enough.
  if (checked.has(dir) || usable(existing)) {
    checked.add(dir);
    return existing;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const staging = fs.mkdtempSync(`${dir}.staging-`);
  try {
    generate(staging);
    try {
      fs.renameSync(staging, dir);
    } catch (error) {
      if (!usable(existing)) throw error;
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  checked.add(dir);
  return existing;
}
