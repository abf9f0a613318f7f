// The app as Playwright tests it: a fresh, seeded SQLite database and key file in a
// temporary folder, with the specs' owner bootstrapped, served on PORT (default 3100) by the
// same start script as npm start.
// Webhook tests deliver to a local HTTPS receiver (e2e/fixtures/receiver.ts), so the
// server trusts the test CA and may reach localhost, as the integration tests do.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hookflow-e2e-"));
process.env.DATABASE_URL = `file:${path.join(dir, "e2e.db")}`;
process.env.HOOKFLOW_SECRET_KEY_FILE = path.join(dir, "secret.key");
process.env.PORT ??= "3100";
// The request inspector's listener, on a port of its own so a running Hookflow (3443) does not clash.
process.env.HOOKFLOW_INSPECTOR_PORT ??= String(Number(process.env.PORT) + 443);
process.env.HOOKFLOW_INSPECTOR_TLS_DIR = path.join(dir, "inspector-tls");
process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));

// Same certificates (same folder) as the receiver in the test process: test/certs.ts
// creates them once and reuses them. Node reads NODE_EXTRA_CA_CERTS at start, and
// start.mjs spawns the server with process.env, so setting it here is enough. The owner the
// specs sign in as comes from e2e/fixtures/accounts.ts (defined once there), created at start
// by the bootstrap variables.
const { ca, owner } = JSON.parse(
  execFileSync(
    path.join(root, "node_modules", ".bin", "tsx"),
    [
      "--eval",
      'import { ensureTestCertificates } from "./test/certs.ts"; import { OWNER } from "./e2e/fixtures/accounts.ts"; process.stdout.write(JSON.stringify({ ca: ensureTestCertificates().ca, owner: OWNER }));',
    ],
    { cwd: root, encoding: "utf8" },
  ),
);
process.env.NODE_EXTRA_CA_CERTS = ca.trim();
process.env.HOOKFLOW_BOOTSTRAP_NAME = owner.name;
process.env.HOOKFLOW_BOOTSTRAP_EMAIL = owner.email;
process.env.HOOKFLOW_BOOTSTRAP_PASSWORD = owner.password;
process.env.HOOKFLOW_BOOTSTRAP_TOKEN = owner.token;
process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "localhost";

await import("./start.mjs");
