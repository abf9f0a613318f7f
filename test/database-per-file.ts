import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, inject } from "vitest";

// Each test file gets its own copy of the seeded template database.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hookflow-file-"));
const file = path.join(dir, "test.db");
fs.copyFileSync(inject("templateDb"), file);
process.env.DATABASE_URL = `file:${file}`;
process.env.HOOKFLOW_SECRET_KEY = inject("testSecretKey");

afterAll(async () => {
  const { getDb } = await import("@/lib/db");
  await getDb().$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});
