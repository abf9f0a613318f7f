import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { resetConfig } from "@/lib/config";

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
