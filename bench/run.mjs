// npm run bench: every benchmark of issue 12 in one run, ending with one table of each figure,
// its ratio to its ceiling, the aim and whether it was met (a measurement, not a test: a missed
// aim does not fail the run; a lost delivery or a refused event does).
//   - bench/deliveries.ts: the raw undici ceiling, guardedRequest, SQLite in one process,
//     PostgreSQL with worker processes, graphile-worker, enroll → first byte at idle;
//   - bench/ingest.mjs: webhook-trigger ingestion on the production server, SQLite then PostgreSQL;
//   - bench/claims.ts: claim time with 1,000,000 finished jobs kept, SQLite and PostgreSQL.
// Node reads NODE_EXTRA_CA_CERTS only at startup, so the test CA is made (or reused) here and
// handed to the child processes, which then verify the receiver's certificate like any other.
// One throwaway PostgreSQL server serves the run (a fresh database per benchmark); SQLite
// databases live in a temporary folder; all are removed afterwards.
//
// Knobs: those of each benchmark (see their files), BENCH_EVENTS (hook events per ingest
// run here, default 2000), BENCH_PORT (first of two ports for the ingest servers, default
// 3500), BENCH_POSTGRES_PORT (first port to try for PostgreSQL, default any), BENCH_SKIP
// (comma-separated: postgresql, ingest, claims, and deliveries.ts's own), BENCH_KEEP_DB=1,
// BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" (Node flags for deliveries.ts).
//
// A row of the table is a JSON line {measurement, value, ratio?, aim?, met?} appended to the
// file named by BENCH_RESULT_FILE; bench/claims.ts gets the same variable and may add its own.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";
import { AIM_RATIO, measureIngest } from "./ingest.mjs";
import { benchPostgres } from "./postgres.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const positiveInt = (name, fallback) => {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};
const SKIP = new Set((process.env.BENCH_SKIP ?? "").split(",").map((s) => s.trim()));
const started = Date.now();
const { ensureTestCertificates } = await tsImport("../test/certs.ts", import.meta.url);
const certs = ensureTestCertificates();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hookflow-bench-"));
const resultFile = path.join(dir, "results.jsonl");
fs.writeFileSync(resultFile, "");

// Children run in process groups of their own (they start runners, receivers, servers); an
// interrupted run takes every group down with it.
const groups = new Set();
process.on("exit", () => {
  for (const pid of groups)
    try {
      process.kill(-pid, "SIGKILL");
    } catch {}
  if (process.env.BENCH_KEEP_DB) console.log(`databases kept in ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
});
process.on("SIGINT", () => process.exit(130));

/** A TypeScript file of the project in a child process; resolves to its exit code. */
function runTs(file, env, nodeArgs = []) {
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), [...nodeArgs, file], {
    cwd: root,
    stdio: "inherit",
    detached: true,
    env: { ...process.env, NODE_EXTRA_CA_CERTS: certs.ca, BENCH_RESULT_FILE: resultFile, ...env },
  });
  groups.add(child.pid);
  return new Promise((resolve) =>
    child.once("exit", (code, signal) => {
      groups.delete(child.pid);
      resolve(code ?? (signal ? 1 : 0));
    }),
  );
}

const addRow = (row) => fs.appendFileSync(resultFile, `${JSON.stringify(row)}\n`);
let failed = false;

const postgres = SKIP.has("postgresql") ? null : await benchPostgres();
console.log(postgres ? "PostgreSQL: a throwaway server is up\n" : "PostgreSQL: skipped\n");

// ── deliveries ──
const deliveries = await runTs(
  "bench/deliveries.ts",
  {
    WEBHOOK_ALLOWED_PRIVATE_HOSTS: "localhost",
    DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
    HOOKFLOW_SECRET_KEY: crypto.randomBytes(32).toString("base64"),
    ...(postgres ? { BENCH_POSTGRES_URL: await postgres.database("hookflow_bench") } : {}),
  },
  process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [],
);
if (deliveries !== 0) failed = true;

// ── ingestion, SQLite then PostgreSQL ──
if (!SKIP.has("ingest")) {
  const n = positiveInt("BENCH_EVENTS", 2000);
  const port = positiveInt("BENCH_PORT", 3500);
  const databases = [["SQLite", undefined], ...(postgres ? [["PostgreSQL", await postgres.database("hookflow_ingest")]] : [])];
  for (const [index, [name, databaseUrl]] of databases.entries()) {
    console.log(`\nIngestion on ${name}: starting the production server (npm start; it builds the app first when sources changed)…`);
    try {
      const { trivial, ingest, accepted } = await measureIngest({ n, port: port + index, databaseUrl });
      const ratio = ingest.rate / trivial.rate;
      console.log(
        `  GET /api/health ${trivial.rate.toFixed(0)} req/s (p50 ${trivial.p50.toFixed(1)} ms), ` +
          `POST /api/hooks/:token ${ingest.rate.toFixed(0)} events/s (p50 ${ingest.p50.toFixed(1)} ms, p99 ${ingest.p99.toFixed(1)} ms), ` +
          `statuses ${JSON.stringify(ingest.statuses)}`,
      );
      if (accepted !== n) {
        failed = true;
        console.log(`  FAILED: ${accepted}/${n} hook events accepted`);
      }
      addRow({
        measurement: `ingest ${name}: GET /api/health (trivial, N=${n})`,
        value: `${trivial.rate.toFixed(0)} req/s`,
        ratio: "1.00×",
      });
      addRow({
        measurement: `ingest ${name}: accepted hook events`,
        value: `${ingest.rate.toFixed(0)} events/s`,
        ratio: `${ratio.toFixed(2)}× trivial`,
        aim: `≥ ${AIM_RATIO.toFixed(2)}× trivial`,
        met: ratio >= AIM_RATIO,
      });
    } catch (error) {
      failed = true;
      console.log(`  FAILED: ${error.message}`);
    }
  }
}

// ── claim time with many rows (bench/claims.ts; skipped if it is missing) ──
const claims = path.join(root, "bench", "claims.ts");
if (!SKIP.has("claims")) {
  if (fs.existsSync(claims)) {
    const before = fs.readFileSync(resultFile, "utf8").length;
    console.log("\nClaim time (bench/claims.ts)…");
    const code = await runTs("bench/claims.ts", postgres ? { BENCH_POSTGRES_URL: await postgres.database("hookflow_claims") } : {});
    if (code !== 0) failed = true;
    if (fs.readFileSync(resultFile, "utf8").length === before)
      addRow({ measurement: "claim time with 1M rows (bench/claims.ts)", value: "see its output above" });
  } else addRow({ measurement: "claim time with 1M rows", value: "skipped: no bench/claims.ts" });
}
postgres?.stop();

// ── the table ──
const rows = fs
  .readFileSync(resultFile, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line));
const columns = [
  ["measurement", (r) => r.measurement],
  ["value", (r) => r.value ?? ""],
  ["ratio", (r) => r.ratio ?? ""],
  ["aim", (r) => r.aim ?? ""],
  ["met", (r) => (r.met === true ? "met" : r.met === false ? "NOT MET" : "")],
];
const widths = columns.map(([title, cell]) => Math.max(title.length, ...rows.map((r) => cell(r).length)));
const line = (cells) =>
  cells
    .map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
    .join("  ")
    .trimEnd();
// Other work on the machine moves every figure: a high load average here means "run it again".
console.log(
  `\nHookflow benchmarks, ${new Date().toISOString().slice(0, 16)}Z, ${os.availableParallelism()} CPUs, Node ${process.version}, ` +
    `load average ${os.loadavg()[0].toFixed(1)} at the end`,
);
console.log(line(columns.map(([title]) => title)));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const row of rows) console.log(line(columns.map(([, cell]) => cell(row))));
console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s in all${failed ? "; some checks FAILED (see above)" : ""}`);
process.exit(failed ? 1 : 0);
