// npm run bench: prepares what bench/deliveries.ts needs before its process starts. Node
// reads NODE_EXTRA_CA_CERTS only at startup, so the test CA is made (or reused) here and
// handed to a child process, which then verifies the receiver's certificate like any other.
// Each run gets a fresh database in a temporary folder, removed afterwards.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { ensureTestCertificates } = await tsImport("../test/certs.ts", import.meta.url);
const certs = ensureTestCertificates();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hookflow-bench-"));

// BENCH_NODE_ARGS passes Node flags to the measured process, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
const nodeArgs = process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
const result = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), [...nodeArgs, "bench/deliveries.ts"], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_EXTRA_CA_CERTS: certs.ca,
    WEBHOOK_ALLOWED_PRIVATE_HOSTS: "localhost",
    DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
    HOOKFLOW_SECRET_KEY: crypto.randomBytes(32).toString("base64"),
  },
});
// BENCH_KEEP_DB=1 leaves the database behind for inspection.
if (process.env.BENCH_KEEP_DB) console.log(`database kept in ${dir}`);
else fs.rmSync(dir, { recursive: true, force: true });
process.exit(result.status ?? 1);
