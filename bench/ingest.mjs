// npm run bench:ingest: webhook-trigger ingestion on the production server. Accepted hook events
// per second (POST /api/hooks/:token, each matched to a contact and enrolled) next to a trivial
// route of the same server (GET /api/health: one database ping), measured in the same run, so the
// ratio says what receiving an event costs beyond serving a request. The runner is off
// (HOOKFLOW_WORKER=off): this measures ingestion, not delivery.
//
// `npm run bench:ingest` measures on a fresh SQLite database, `npm run bench:ingest --
// --postgresql` on a throwaway PostgreSQL server; `npm run bench` runs both (measureIngest).
// Knobs: BENCH_EVENTS (N, default 3000 here, 2000 in npm run bench), BENCH_INGEST_CONCURRENCY
// (C, default 32 requests in flight), BENCH_PORT (default 3500). The app is built first when
// its sources changed (as npm start does), which takes minutes the first time.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { benchPostgres } from "./postgres.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const positiveInt = (name, fallback) => {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};
const C = positiveInt("BENCH_INGEST_CONCURRENCY", 32);
/** The trivial route and the hook events are measured in turns, this many rounds each. */
const ROUNDS = 4;
export const AIM_RATIO = 0.7;

/**
 * Starts the production server on `databaseUrl` (SQLite in a temporary folder when not given),
 * measures `n` health checks then `n` hook events, stops the server. Resolves to both rates,
 * latencies, the statuses of the hook requests and how many were accepted.
 */
export async function measureIngest({ n, port, databaseUrl }) {
  const warmupCount = Math.min(300, n);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hookflow-bench-ingest-"));
  const token = `hf_${crypto.randomBytes(32).toString("base64url")}`;
  const server = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl ?? `file:${path.join(dir, "bench.db")}`,
      HOOKFLOW_SECRET_KEY: crypto.randomBytes(32).toString("base64"),
      HOOKFLOW_WORKER: "off",
      HOOKFLOW_INSPECTOR: "off",
      HOOKFLOW_BOOTSTRAP_EMAIL: "bench@example.com",
      HOOKFLOW_BOOTSTRAP_PASSWORD: crypto.randomBytes(18).toString("base64url"),
      HOOKFLOW_BOOTSTRAP_TOKEN: token,
    },
  });
  const exited = new Promise((resolve) => server.once("exit", resolve));
  const kill = () => {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {}
  };
  // Also when this process ends some other way: no server outlives it.
  process.on("exit", kill);
  const agent = new http.Agent({ keepAlive: true, maxSockets: C });

  /** One request: its status, body and milliseconds. */
  function request(method, pathname, body) {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: "127.0.0.1",
          port,
          method,
          path: pathname,
          agent,
          headers: {
            authorization: `Bearer ${token}`,
            ...(payload ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } : {}),
          },
        },
        (res) => {
          const chunks = [];
          res.on("data", (chunk) => chunks.push(chunk));
          res.on("end", () =>
            resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - started }),
          );
        },
      );
      req.on("error", reject);
      req.end(payload);
    });
  }

  async function api(method, pathname, body) {
    const res = await request(method, pathname, body);
    if (res.status >= 300) throw new Error(`${method} ${pathname} answered ${res.status}: ${res.text.slice(0, 300)}`);
    return JSON.parse(res.text);
  }

  async function waitForServer() {
    const deadline = Date.now() + 600_000;
    while (Date.now() < deadline) {
      if (server.exitCode !== null) throw new Error(`the server exited (code ${server.exitCode})`);
      try {
        if ((await request("GET", "/api/health")).status === 200) return;
      } catch {}
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error("the server did not answer /api/health within 10 minutes");
  }

  /** n requests, C in flight: the seconds they took, their latencies and the statuses seen. */
  async function load(count, make, first = 0) {
    const latencies = [];
    const statuses = {};
    let next = first;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: C }, async () => {
        while (next < first + count) {
          const i = next++;
          const res = await make(i);
          latencies.push(res.ms);
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        }
      }),
    );
    return { seconds: (performance.now() - started) / 1000, latencies, statuses };
  }

  /** Rounds of one kind of request as one measurement: requests per second, latency percentiles, statuses. */
  function summary(rounds) {
    const latencies = rounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
    const statuses = {};
    for (const round of rounds) for (const [status, n] of Object.entries(round.statuses)) statuses[status] = (statuses[status] ?? 0) + n;
    const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
    const seconds = rounds.reduce((sum, r) => sum + r.seconds, 0);
    return { rate: latencies.length / seconds, p50: at(0.5), p99: at(0.99), statuses };
  }

  try {
    await waitForServer();
    const { id } = await api("POST", "/api/workflows", { name: "Ingest bench", objectType: "contact" });
    const workflow = await api("PUT", `/api/workflows/${id}`, {
      revision: 1,
      enabled: true,
      trigger: { type: "WEBHOOK", recordMatch: { payloadPath: "contact.email", property: "email" } },
      actions: [{ id: "a1", type: "SEND_WEBHOOK", config: { method: "POST", webhookUrl: "https://hooks.example.com/bench" } }],
    });
    const { records } = await api("GET", "/api/records?objectType=contact&limit=50");
    const emails = records.map((record) => record.properties.email).filter(Boolean);
    const run = crypto.randomUUID().slice(0, 8);
    const hook = (i) =>
      request("POST", `/api/hooks/${workflow.hookToken}`, { eventId: `${run}-${i}`, contact: { email: emails[i % emails.length] } });
    const health = () => request("GET", "/api/health");

    // Warm both paths, then measure them in turns on the same server (ROUNDS rounds of n/ROUNDS
    // each), so a change of the machine's load during the run weighs on both alike.
    await load(warmupCount, health);
    await load(warmupCount, hook, n);
    const trivialRounds = [];
    const ingestRounds = [];
    for (let round = 0; round < ROUNDS; round++) {
      const from = Math.floor((n * round) / ROUNDS);
      const count = Math.floor((n * (round + 1)) / ROUNDS) - from;
      trivialRounds.push(await load(count, health));
      ingestRounds.push(await load(count, hook, from));
    }
    const ingest = summary(ingestRounds);
    return { n, c: C, trivial: summary(trivialRounds), ingest, accepted: ingest.statuses[202] ?? 0 };
  } finally {
    agent.destroy();
    kill();
    await exited;
    process.off("exit", kill);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ── npm run bench:ingest [-- --postgresql] ──
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.on("SIGINT", () => process.exit(130));
  const postgresql = process.argv.includes("--postgresql");
  const n = positiveInt("BENCH_EVENTS", 3000);
  const postgres = postgresql ? await benchPostgres() : null;
  console.log(`Starting the production server (npm start builds the app first when its sources changed: minutes the first time)…`);
  const result = await measureIngest({
    n,
    port: positiveInt("BENCH_PORT", 3500),
    databaseUrl: postgres ? await postgres.database("hookflow_ingest") : undefined,
  });
  postgres?.stop();
  const { trivial, ingest, accepted } = result;
  const fmt = (x, digits = 0) => x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
  console.log(`\nWebhook-trigger ingestion, production server, runner off (N=${n}, C=${C}, ${postgresql ? "PostgreSQL" : "SQLite"})`);
  console.log(
    `  trivial route  GET /api/health      ${fmt(trivial.rate)} req/s   p50 ${fmt(trivial.p50, 1)} ms   p99 ${fmt(trivial.p99, 1)} ms`,
  );
  console.log(
    `  hook events    POST /api/hooks/:token ${fmt(ingest.rate)} events/s   p50 ${fmt(ingest.p50, 1)} ms   p99 ${fmt(ingest.p99, 1)} ms`,
  );
  console.log(`  statuses       ${JSON.stringify(ingest.statuses)} (${fmt(accepted)} accepted)`);
  const ratio = ingest.rate / trivial.rate;
  console.log(
    `  ratio          ${ratio.toFixed(2)}× the trivial route (aim ≥ ${AIM_RATIO}×)${ratio >= AIM_RATIO ? "" : "  ← below the aim"}`,
  );
  process.exit(accepted === n ? 0 : 1);
}
