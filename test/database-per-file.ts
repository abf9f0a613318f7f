import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, expect, inject } from "vitest";
import { resetConfig } from "@/lib/config";
import { withDatabase } from "./global-setup";
import { DATABASE_FREE_FILES } from "./projects";

// A process's environment does not change, so config() keeps what it parsed; tests do change
// it (allowed hosts, inspector port, portal id…), and every change here makes config() read it again.
process.env = new Proxy(process.env, {
  set(target, name, value) {
    const done = Reflect.set(target, name, value);
    resetConfig();
    return done;
  },
  deleteProperty(target, name) {
    const done = Reflect.deleteProperty(target, name);
    resetConfig();
    return done;
  },
});

// Each test file gets its own copy of the seeded template database: a copied file on SQLite,
// a database created from the template on PostgreSQL.
const template = inject("templateDb");
let dropDatabase = async () => {};
if (template.kind === "postgresql") {
  const { Client } = await import("pg");
  const name = `hookflow_test_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: template.serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template.template}"`);
  } finally {
    await admin.end();
  }
  process.env.DATABASE_URL = withDatabase(template.serverUrl, name);
  dropDatabase = async () => {
    const again = new Client({ connectionString: template.serverUrl });
    await again.connect();
    await again.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => again.end());
  };
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hookflow-file-"));
  const file = path.join(dir, "test.db");
  fs.copyFileSync(template.file, file);
  process.env.DATABASE_URL = `file:${file}`;
  dropDatabase = async () => fs.rmSync(dir, { recursive: true, force: true });
}
process.env.HOOKFLOW_SECRET_KEY = inject("testSecretKey");

// Queries sent at once on one PostgreSQL connection (a transaction's): pg queues them but warns
// that pg@9 will refuse them. Prisma does it for sibling includes; such reads must be made one
// after another (see getRecord).
const overlappingQueries: string[] = [];
process.on("warning", (warning) => {
  if (/already executing a query/.test(warning.message)) overlappingQueries.push(warning.stack ?? warning.message);
});

let testFile = "";
beforeEach(({ task }) => {
  testFile = path.relative(process.cwd(), task.file.filepath);
});

afterAll(async () => {
  const globalForDb = globalThis as unknown as { hookflowDb?: unknown };
  const usedDatabase = Boolean(globalForDb.hookflowDb);
  const { getDb } = await import("@/lib/db");
  await getDb().$disconnect();
  await dropDatabase();
  // Files listed as database-free run on SQLite only (test/projects.ts); one that uses the
  // database after all must run on PostgreSQL too.
  expect(overlappingQueries, "queries overlapped on one PostgreSQL connection (run with --trace-deprecation to see where)").toEqual([]);
  if (DATABASE_FREE_FILES.includes(testFile))
    expect(usedDatabase, `${testFile} uses the database: remove it from DATABASE_FREE_FILES in test/projects.ts`).toBe(false);
});
