import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureTestCertificates, TEST_CERTS_DIR } from "./certs";

// Builds one migrated, seeded SQLite template per run; each test file copies it
// (test/database-per-file.ts), so files never share a database and never mock one.
export default async function setup(project: TestProject) {
  // Node reads NODE_EXTRA_CA_CERTS only at process start. Vitest 4 forks its workers after
  // global setup with a copy of this process's env, so setting it here reaches every
  // test file (asserted in lib/webhooks/guarded-request.test.ts); the forks pool is
  // pinned in vitest.config.ts because worker threads would not re-read it.
  process.env.NODE_EXTRA_CA_CERTS = ensureTestCertificates(TEST_CERTS_DIR).ca;
  // WEBHOOK_ALLOWED_PRIVATE_HOSTS is read on every call, so tests that talk to the local
  // receiver set it themselves; url-guard.test.ts relies on it being unset by default.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hookflow-test-"));
  const template = path.join(dir, "template.db");
  const previous = { url: process.env.DATABASE_URL, key: process.env.HOOKFLOW_SECRET_KEY };
  process.env.DATABASE_URL = `file:${template}`;
  process.env.HOOKFLOW_SECRET_KEY = Buffer.alloc(32, 7).toString("base64");
  const { migrate } = await import("../lib/db/migrate");
  await migrate();
  const { getDb } = await import("../lib/db");
  const { seed } = await import("../lib/crm/seed");
  const db = getDb();
  await seed(db);
  await db.$disconnect();
  process.env.DATABASE_URL = previous.url;
  project.provide("templateDb", template);
  project.provide("testSecretKey", Buffer.alloc(32, 7).toString("base64"));
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
    testSecretKey: string;
  }
}
