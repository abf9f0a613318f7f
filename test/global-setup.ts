import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureTestCertificates, TEST_CERTS_DIR } from "./certs";

// Builds one migrated, seeded template database per run and project; each test file gets its
// own copy (test/database-per-file.ts), so files never share a database and never mock one.
// SQLite (project "sqlite"): a template file copied per file. PostgreSQL (project
// "postgresql"): a throwaway server (scripts/postgres-server.mjs: initdb in a temporary
// folder, a loopback port from HOOKFLOW_TEST_POSTGRES_PORT or any free one) with a template
// database that each file copies with CREATE DATABASE … TEMPLATE.
export default async function setup(project: TestProject) {
  // Node reads NODE_EXTRA_CA_CERTS only at process start. Vitest 4 forks its workers after
  // global setup with a copy of this process's env, so setting it here reaches every
  // test file (asserted in lib/webhooks/guarded-request.test.ts); the forks pool is
  // pinned in vitest.config.ts because worker threads would not re-read it.
  process.env.NODE_EXTRA_CA_CERTS = ensureTestCertificates(TEST_CERTS_DIR).ca;
  // WEBHOOK_ALLOWED_PRIVATE_HOSTS is read on every call, so tests that talk to the local
  // receiver set it themselves; url-guard.test.ts relies on it being unset by default.
  const secretKey = Buffer.alloc(32, 7).toString("base64");
  const previous = { url: process.env.DATABASE_URL, key: process.env.HOOKFLOW_SECRET_KEY };
  process.env.HOOKFLOW_SECRET_KEY = secretKey;
  const cleanups: (() => void)[] = [];
  try {
    if (project.name === "postgresql") {
      const { startPostgres } = await import("../scripts/postgres-server.mjs");
      const server = await startPostgres({ port: Number(process.env.HOOKFLOW_TEST_POSTGRES_PORT) || 0 });
      cleanups.push(server.stop);
      const { Client } = await import("pg");
      const admin = new Client({ connectionString: server.url });
      await admin.connect();
      await admin.query('CREATE DATABASE "hookflow_template"');
      await admin.end();
      await migrateAndSeed(withDatabase(server.url, "hookflow_template"));
      project.provide("templateDb", { kind: "postgresql", serverUrl: server.url, template: "hookflow_template" });
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hookflow-test-"));
      cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
      const template = path.join(dir, "template.db");
      await migrateAndSeed(`file:${template}`);
      project.provide("templateDb", { kind: "sqlite", file: template });
    }
  } catch (error) {
    for (const cleanup of cleanups) cleanup();
    throw error;
  } finally {
    process.env.DATABASE_URL = previous.url;
  }
  project.provide("testSecretKey", secretKey);
  return () => {
    for (const cleanup of cleanups) cleanup();
  };
}

async function migrateAndSeed(url: string) {
  process.env.DATABASE_URL = url;
  const { migrate } = await import("../lib/db/migrate");
  await migrate(url);
  const { getDb } = await import("../lib/db");
  const { seed } = await import("../lib/crm/seed");
  const db = getDb();
  await seed(db);
  await db.$disconnect();
}

/** The URL of another database on the same server. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: { kind: "sqlite"; file: string } | { kind: "postgresql"; serverUrl: string; template: string };
    testSecretKey: string;
  }
}
