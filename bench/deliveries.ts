// Deliveries through the whole engine (enroll → durable job → runner → guarded HTTPS client →
// receiver), next to the ceiling: a raw undici Pool loop of the same requests to the same
// receiver (and the same loop through guardedRequest, Hookflow's client, with nothing
// stored). Started by bench/run.mjs, which prepares the environment (trusted test CA, a fresh
// SQLite database, a throwaway PostgreSQL database in BENCH_POSTGRES_URL) and prints the
// table of the rows written here. In order:
//   1. SQLite: the ceiling loops, then the runner in this process (as the web process runs it);
//      enroll → first byte at idle with the runner in another process (`npm run worker`).
//   2. PostgreSQL: one worker process and graphile-worker taking turns; idle latency with the
//      worker process; then a receiver that answers 50 ms late, with 1, 2 and 4 worker processes.
// A rate is deliveries divided by the time from the first enroll() (or add) to the last
// request's arrival at the receiver; every run is checked afterwards (each enrollment
// COMPLETED, each delivery id received once). The receiver is a child process
// (bench/receiver.ts), so it does not share this event loop.
//
// Knobs (environment): BENCH_DELIVERIES (N, default 3000), BENCH_CONCURRENCY (C, default 64:
// requests in flight in the loops, the runner's webhook lane, graphile-worker's concurrency),
// BENCH_ENROLL_CONCURRENCY (E, default C: concurrent enroll() callers; 1 = one after another),
// BENCH_SLOW_DELIVERIES (default 1200), BENCH_SLOW_CONCURRENCY (default 16: the webhook lane of
// each worker process against the slow receiver), BENCH_SLOW_MS (default 50),
// BENCH_LATENCY_SAMPLES (default 40), BENCH_ROUNDS (default 2: PostgreSQL comparisons keep the
// best of this many rounds), BENCH_SKIP (comma-separated: sqlite-latency, postgresql, graphile,
// pg-latency, scaling).
import { randomUUID } from "node:crypto";
import os from "node:os";
import { makeWorkerUtils, type WorkerUtils } from "graphile-worker";
import { Pool } from "undici";
import { storedCredentials } from "@/lib/actions/send-webhook/executor";
import { buildWebhookRequest } from "@/lib/actions/send-webhook/build-request";
import type { SendWebhookConfig } from "@/lib/actions/send-webhook/send-webhook-config";
import { resetConfig } from "@/lib/config";
import type { RecordDetail } from "@/lib/crm/record-schemas";
import { getRecord } from "@/lib/crm/records";
import { seed } from "@/lib/crm/seed";
import { db, getDb } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { groupCommit } from "@/lib/jobs/group-commit";
import { guardedRequest, type OutgoingRequest } from "@/lib/webhooks/guarded-request";
import { DELIVERY_ID_HEADER } from "@/lib/webhooks/outgoing";
import { enroll } from "@/lib/workflows/runner";
import { startRunner } from "@/lib/workflows/start-runner";
import type { DeliverPayload } from "./graphile-worker";
import {
  forkReady,
  GRAPHILE_TASK,
  now,
  type Process,
  positiveInt,
  quantile,
  type Receiver,
  type Row,
  sleep,
  startReceiver,
  startWorkerProcess,
  webhookConfig,
  webhookWorkflow,
  writeRows,
} from "./harness";

const N = positiveInt("BENCH_DELIVERIES", 3000);
const C = positiveInt("BENCH_CONCURRENCY", 64);
const E = positiveInt("BENCH_ENROLL_CONCURRENCY", C);
const SLOW_N = positiveInt("BENCH_SLOW_DELIVERIES", 1200);
const SLOW_C = positiveInt("BENCH_SLOW_CONCURRENCY", 16);
const SLOW_MS = positiveInt("BENCH_SLOW_MS", 50);
const LATENCY_SAMPLES = positiveInt("BENCH_LATENCY_SAMPLES", 40);
// Comparisons on PostgreSQL (Hookflow and graphile-worker taking turns, worker counts) keep the best of this many rounds.
const ROUNDS = positiveInt("BENCH_ROUNDS", 2);
const WORKER_COUNTS = [1, 2, 4];
const WARMUP = Math.min(200, N);
const SKIP = new Set((process.env.BENCH_SKIP ?? "").split(",").map((s) => s.trim()));
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL;
// A stall, not slowness: nothing arrived (or changed) for this long.
const STALL_MS = 30_000;

// Peak resident memory of this process (in the SQLite phase: the runner's), sampled.
let peakRss = process.memoryUsage().rss;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
setInterval(sampleRss, 50).unref();

const ratio = (x: number) => `${x.toFixed(2)}×`;
const perSecond = (rate: number) => `${Math.round(rate).toLocaleString("en-US")} deliveries/s`;
const ms = (x: number) => `${x.toFixed(0)} ms`;

// Rows of the table, written at the end with the ceiling's first (see main).
const rows: Row[] = [];
const addRow = (row: Row) => rows.push(row);

// Correctness of each run: a missed aim does not fail `npm run bench`, a lost delivery does.
const checks: { text: string; ok: boolean }[] = [];
function check(text: string, ok: boolean) {
  checks.push({ text, ok });
  if (!ok) console.log(`  FAILED: ${text}`);
}

type Bench = { receiver: Receiver; config: SendWebhookConfig; contactIds: number[] };

/** Migrates and seeds the current database: its contacts, their records and a warm-up workflow. */
async function prepareDatabase(receiver: Receiver): Promise<Bench & { warmup: string; records: RecordDetail[] }> {
  await migrate();
  await seed(getDb());
  const contacts = await db.record.findMany({
    where: { objectType: "contact", isDeleted: false },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const contactIds = contacts.map((c) => c.id);
  const config = webhookConfig(receiver.url);
  const warmup = await webhookWorkflow("Bench warm-up", config);
  const records = await Promise.all(contactIds.map((id) => getRecord(id)));
  return { receiver, config, contactIds, warmup: warmup.id, records };
}

// ── the ceiling: n requests, C in flight, through a plain undici Pool ──
async function undiciLoop(pool: Pool, requests: OutgoingRequest[], n: number): Promise<{ rate: number; failures: number }> {
  const url = new URL(requests[0].url);
  let next = 0;
  let failures = 0;
  const started = now();
  const lane = async () => {
    while (next < n) {
      const request = requests[next++ % requests.length];
      const response = await pool.request({
        path: url.pathname,
        method: request.method,
        headers: { ...request.headers, [DELIVERY_ID_HEADER]: randomUUID() },
        body: request.body,
      });
      await response.body.text();
      if (response.statusCode !== 200) failures++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(C, n) }, lane));
  return { rate: n / ((now() - started) / 1000), failures };
}

/**
 * The ceiling is measured again right before each line divided by it, since the load of a
 * shared machine moves within a run; every figure is kept for the table's summary rows.
 */
type Ceiling = { measure: () => Promise<number>; all: number[] };

function ceilingOf(receiver: Receiver, pool: Pool, requests: OutgoingRequest[]): Ceiling {
  const all: number[] = [];
  return {
    all,
    async measure() {
      // Fresh keep-alive sockets first, unmeasured: the receiver closes idle ones after 5 s.
      await undiciLoop(pool, requests, 2 * C);
      await receiver.count(true);
      const { rate, failures } = await undiciLoop(pool, requests, N);
      const seen = await receiver.count(true);
      check(
        `ceiling ${all.length + 1}: receiver got ${seen.requests}/${N} requests, ${failures} failed`,
        seen.requests === N && failures === 0,
      );
      all.push(rate);
      console.log(`  ceiling, raw undici Pool loop: ${perSecond(rate)}`);
      return rate;
    },
  };
}

// ── the same requests through Hookflow's client, built each time, nothing stored ──
async function guardedLoop(config: SendWebhookConfig, records: RecordDetail[], n: number): Promise<{ rate: number; failures: number }> {
  let next = 0;
  let failures = 0;
  const started = now();
  const lane = async () => {
    while (next < n) {
      const record = records[next++ % records.length];
      const { request } = await buildWebhookRequest(
        config,
        { record },
        { deliveryId: randomUUID(), now: new Date(), credentials: storedCredentials },
      );
      const result = await guardedRequest(request);
      if (!result.ok || result.response.status !== 200) failures++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(C, n) }, lane));
  return { rate: n / ((now() - started) / 1000), failures };
}

/** Resolves once `n` requests reached the receiver; throws when nothing arrives for STALL_MS. */
async function arrivals(receiver: Receiver, n: number) {
  let last = -1;
  let lastMove = Date.now();
  for (;;) {
    const seen = await receiver.count();
    if (seen.requests >= n) return seen;
    if (seen.requests !== last) [last, lastMove] = [seen.requests, Date.now()];
    if (Date.now() - lastMove > STALL_MS) throw new Error(`stalled: ${seen.requests} of ${n} requests arrived`);
    await sleep(50);
  }
}

/** Resolves once no enrollment of the workflow is ACTIVE; throws when the count stops moving for STALL_MS. */
async function settled(workflowId: string) {
  let last = -1;
  let lastMove = Date.now();
  for (;;) {
    const active = await db.enrollment.count({ where: { workflowId, status: "ACTIVE" } });
    if (active === 0) return;
    if (active !== last) [last, lastMove] = [active, Date.now()];
    if (Date.now() - lastMove > STALL_MS) throw new Error(`stalled with ${active} enrollment(s) still ACTIVE`);
    await sleep(100);
  }
}

/**
 * n deliveries: E callers add them one at a time (each waits for its answer, as E API clients
 * would) while whatever works the queue sends them; the rate runs to the last arrival.
 */
async function throughQueue(receiver: Receiver, n: number, add: (i: number) => Promise<unknown>) {
  await receiver.count(true);
  const started = now();
  let next = 0;
  const caller = async () => {
    while (next < n) {
      await add(next++);
      // Each call in an event-loop turn of its own, so an in-process runner works alongside.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  await Promise.all(Array.from({ length: Math.min(E, n) }, caller));
  const enrollSeconds = (now() - started) / 1000;
  const seen = await arrivals(receiver, n);
  const seconds = ((seen.lastAt ?? now()) - started) / 1000;
  return { rate: n / seconds, seconds, enrollSeconds, seen };
}

/** n enrollments of a new workflow through whatever runner is working; checked afterwards. */
async function throughHookflow(bench: Bench, label: string, n: number, workflowId?: string) {
  const id = workflowId ?? (await webhookWorkflow(label, bench.config)).id;
  const result = await throughQueue(bench.receiver, n, (i) => enroll(id, bench.contactIds[i % bench.contactIds.length]));
  await settled(id);
  if (workflowId) return result; // a warm-up: not checked, not reported
  const [completed, attempts] = await Promise.all([
    db.enrollment.count({ where: { workflowId: id, status: "COMPLETED" } }),
    db.deliveryAttempt.count({ where: { outcome: "SUCCESS", step: { enrollment: { workflowId: id } } } }),
  ]);
  const { seen } = result;
  check(`${label}: ${completed}/${n} enrollments COMPLETED, ${attempts} successful attempts stored`, completed === n && attempts === n);
  check(
    `${label}: receiver got ${seen.requests}/${n} requests, ${seen.deliveryIds} distinct delivery ids`,
    seen.requests === n && seen.deliveryIds === n,
  );
  console.log(
    `  ${label}: ${perSecond(result.rate)} (${n} in ${result.seconds.toFixed(2)} s; the enroll() calls took ${result.enrollSeconds.toFixed(2)} s)`,
  );
  return result;
}

/**
 * Enroll → first byte at the receiver on an idle system, one enrollment at a time, with a
 * runner in another process: the wait between two enrollments is random (150–400 ms) so the
 * runner's polling phase is too. Three first samples warm up and are left out.
 */
async function idleLatency(bench: Bench, label: string) {
  const workflow = await webhookWorkflow(label, bench.config);
  bench.receiver.watch(true);
  const samples: number[] = [];
  try {
    for (let i = -3; i < LATENCY_SAMPLES; i++) {
      await sleep(150 + Math.random() * 250);
      const arrival = bench.receiver.nextArrival(STALL_MS);
      const started = now();
      await enroll(workflow.id, bench.contactIds[(i + 3) % bench.contactIds.length]);
      const { at } = await arrival;
      if (i >= 0) samples.push(at - started);
    }
  } finally {
    bench.receiver.watch(false);
  }
  await settled(workflow.id);
  samples.sort((a, b) => a - b);
  const result = { p50: quantile(samples, 0.5), p99: quantile(samples, 0.99), max: samples[samples.length - 1] };
  console.log(`  ${label}: p50 ${ms(result.p50)}, p99 ${ms(result.p99)}, max ${ms(result.max)} (${samples.length} enrollments)`);
  return result;
}

/** `npm run worker` processes on the current database, each with a webhook lane of `lane`. */
const workerEnv = (lane: number, perDestination: number) => ({
  DATABASE_URL: process.env.DATABASE_URL!,
  HOOKFLOW_WEBHOOK_CONCURRENCY: String(lane),
  HOOKFLOW_PER_DESTINATION_CONCURRENCY: String(perDestination),
});

async function sqlitePhase(receiver: Receiver, pool: Pool) {
  const bench = await prepareDatabase(receiver);
  console.log(`SQLite ${process.env.DATABASE_URL}: ${bench.contactIds.length} seeded contacts`);

  // Warm-up: JIT, SQLite's page cache, Prisma's query plans; then TLS and keep-alive sockets
  // of both loops right before they are measured, so the receiver closes no idle socket.
  const inProcess = () =>
    startRunner({ pollMs: 50, lanes: { webhook: C }, perDestination: C, log: (m) => console.error(`  [runner] ${m}`) });
  let runner = inProcess();
  await throughHookflow(bench, "warm-up", WARMUP, bench.warmup);
  await runner.stop();
  const requests = await Promise.all(
    bench.records.map(async (record) => {
      const built = await buildWebhookRequest(
        bench.config,
        { record },
        { deliveryId: randomUUID(), now: new Date(), credentials: storedCredentials },
      );
      return built.request;
    }),
  );
  const ceiling = ceilingOf(receiver, pool, requests);
  await undiciLoop(pool, requests, WARMUP);
  await guardedLoop(bench.config, bench.records, WARMUP);

  let before = await ceiling.measure();
  const guarded = await guardedLoop(bench.config, bench.records, N);
  const guardedSeen = await receiver.count(true);
  check(
    `guardedRequest loop: receiver got ${guardedSeen.requests}/${N} requests, ${guarded.failures} failed`,
    guardedSeen.requests === N && guarded.failures === 0,
  );
  console.log(`  guardedRequest loop: ${perSecond(guarded.rate)}`);
  addRow({ measurement: "guardedRequest loop, nothing stored", value: perSecond(guarded.rate), ratio: ratio(guarded.rate / before) });

  before = await ceiling.measure();
  runner = inProcess();
  const sqlite = await throughHookflow(bench, "Hookflow SQLite, runner in this process", N);
  await runner.stop();
  sampleRss();
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.log(`  peak RSS: this process (runner and enroll() callers) ${mb(peakRss)}, receiver ${mb(sqlite.seen.rss)}`);
  const sqliteRatio = sqlite.rate / before;
  addRow({
    measurement: "Hookflow SQLite, one process",
    value: perSecond(sqlite.rate),
    ratio: ratio(sqliteRatio),
    aim: "≥ 0.50×",
    met: sqliteRatio >= 0.5,
  });

  if (!SKIP.has("sqlite-latency")) {
    const worker = await startWorkerProcess(workerEnv(C, C));
    try {
      const latency = await idleLatency(bench, "enroll → first byte, SQLite, worker process");
      addRow({
        measurement: "enroll → first byte, idle, SQLite worker process",
        value: `p50 ${ms(latency.p50)}, p99 ${ms(latency.p99)}`,
        aim: "reported",
        met: null,
      });
    } finally {
      await worker.stop();
    }
  }
  return ceiling;
}

async function postgresqlPhase(receiver: Receiver, ceiling: Ceiling) {
  // The same code on the other database: a new client for the new DATABASE_URL.
  await db.$disconnect();
  process.env.DATABASE_URL = POSTGRES_URL;
  resetConfig();
  const bench = await prepareDatabase(receiver);
  console.log(`PostgreSQL (throwaway server): ${bench.contactIds.length} seeded contacts`);

  // One worker process and graphile-worker, the receiver answering at once, taking turns for
  // BENCH_ROUNDS rounds; the best round of each counts (other work on the machine only ever
  // slows a round down). Then idle latency with the worker process alone.
  const worker = await startWorkerProcess(workerEnv(C, C));
  let graphile: Graphile | null = null;
  try {
    await throughHookflow(bench, "warm-up", WARMUP, bench.warmup);
    if (!SKIP.has("graphile")) {
      graphile = await startGraphile(bench);
      await throughGraphile(bench, graphile, WARMUP);
    }
    // Each round: the ceiling, Hookflow, graphile-worker; each ratio to that round's ceiling.
    const best = { hookflow: 0, hookflowRatio: 0, graphile: 0, graphileRatio: 0 };
    for (let round = 1; round <= ROUNDS; round++) {
      const before = await ceiling.measure();
      const { rate } = await throughHookflow(bench, `Hookflow PostgreSQL, 1 worker process, round ${round}`, N);
      best.hookflow = Math.max(best.hookflow, rate);
      best.hookflowRatio = Math.max(best.hookflowRatio, rate / before);
      if (!graphile) continue;
      const other = (await throughGraphile(bench, graphile, N, round)).rate;
      best.graphile = Math.max(best.graphile, other);
      best.graphileRatio = Math.max(best.graphileRatio, other / before);
    }
    await graphile?.stop();
    graphile = null;
    addRow({
      measurement: "Hookflow PostgreSQL, 1 worker process",
      value: perSecond(best.hookflow),
      ratio: ratio(best.hookflowRatio),
      aim: "≥ 0.40×",
      met: best.hookflowRatio >= 0.4,
    });
    if (best.graphile) {
      addRow({
        measurement: `graphile-worker 0.18, 1 process, concurrency ${C}`,
        value: perSecond(best.graphile),
        ratio: ratio(best.graphileRatio),
      });
      addRow({
        measurement: "Hookflow PostgreSQL 1 worker ÷ graphile-worker",
        value: "",
        ratio: ratio(best.hookflow / best.graphile),
        aim: "≥ 1.00×",
        met: best.hookflow / best.graphile >= 1,
      });
    }
    if (!SKIP.has("pg-latency")) {
      const latency = await idleLatency(bench, "enroll → first byte, PostgreSQL, worker process");
      addRow({
        measurement: "enroll → first byte, idle, PostgreSQL worker process",
        value: `p50 ${ms(latency.p50)}, p99 ${ms(latency.p99)}`,
        aim: "p50 ≤ 50 ms",
        met: latency.p50 <= 50,
      });
    }
  } finally {
    await graphile?.stop();
    await worker.stop();
  }

  // A destination that answers 50 ms late: deliveries wait on the network, so more worker
  // processes should deliver more. The per-destination cap (counted across processes) is set
  // above the sum of the lanes: it is not what is measured here. Best of BENCH_ROUNDS each.
  if (!SKIP.has("scaling")) {
    receiver.delay(SLOW_MS);
    const workers: Process[] = [];
    const env = workerEnv(SLOW_C, SLOW_C * Math.max(...WORKER_COUNTS));
    let one = 0;
    try {
      for (const count of WORKER_COUNTS) {
        while (workers.length < count) workers.push(await startWorkerProcess(env));
        await throughHookflow(bench, "warm-up", Math.min(SLOW_N, 150 * count), bench.warmup);
        const label = `receiver +${SLOW_MS} ms, ${count} worker${count > 1 ? "s" : ""} (lane ${SLOW_C}${count > 1 ? " each" : ""})`;
        let best = 0;
        for (let round = 1; round <= ROUNDS; round++)
          best = Math.max(best, (await throughHookflow(bench, `Hookflow PostgreSQL, ${label}, round ${round}`, SLOW_N)).rate);
        console.log(`    (at most ${perSecond((count * SLOW_C * 1000) / SLOW_MS)} if only the receiver's delay counted)`);
        if (count === 1) one = best;
        addRow({
          measurement: `PostgreSQL, ${label}`,
          value: perSecond(best),
          ratio: count === 1 ? "base" : `${ratio(best / one)} 1 worker`,
          aim: count === 2 ? "≥ 1.60× 1 worker" : "reported",
          met: count === 2 ? best / one >= 1.6 : null,
        });
      }
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
      receiver.delay(0);
    }
  }
}

type Graphile = { add: (i: number) => Promise<unknown>; left: () => Promise<number>; stop: () => Promise<void> };

/** graphile-worker in a process of its own on the current database, concurrency C; jobs added as Hookflow's enrollments are. */
async function startGraphile(bench: Bench): Promise<Graphile> {
  const worker = await forkReady("graphile-worker.ts", { BENCH_RECEIVER_URL: bench.receiver.url, BENCH_CONCURRENCY: String(C) });
  let utils: WorkerUtils;
  try {
    utils = await makeWorkerUtils({ connectionString: process.env.DATABASE_URL });
  } catch (error) {
    await worker.stop();
    throw error;
  }
  // Concurrent callers' jobs go in one addJobs call, grouped exactly as enroll() groups
  // concurrent enrollments into one transaction (the same group-commit helper, same batch cap).
  const addJob = groupCommit(
    async (payloads: DeliverPayload[]) => [...(await utils.addJobs(payloads.map((payload) => ({ identifier: GRAPHILE_TASK, payload }))))],
    500,
  );
  return {
    add: (i) => addJob({ recordId: bench.contactIds[i % bench.contactIds.length], deliveryId: randomUUID() }),
    // A job leaves graphile-worker's table when its task succeeded: 0 once all are done.
    async left() {
      let left = -1;
      for (const deadline = Date.now() + STALL_MS; left !== 0 && Date.now() < deadline; await sleep(100)) {
        left = await utils.withPgClient(async (client) =>
          Number((await client.query("select count(*) from graphile_worker.jobs")).rows[0].count),
        );
      }
      return left;
    },
    async stop() {
      await utils.release();
      await worker.stop();
    },
  };
}

/** n deliveries through graphile-worker; checked afterwards unless a warm-up (no round). */
async function throughGraphile(bench: Bench, graphile: Graphile, n: number, round?: number) {
  const result = await throughQueue(bench.receiver, n, graphile.add);
  const left = await graphile.left();
  if (round === undefined) return result;
  const { seen } = result;
  check(`graphile-worker, round ${round}: ${left} job(s) left in its queue`, left === 0);
  check(
    `graphile-worker, round ${round}: receiver got ${seen.requests}/${n} requests, ${seen.deliveryIds} distinct delivery ids`,
    seen.requests === n && seen.deliveryIds === n,
  );
  console.log(`  graphile-worker, 1 process, round ${round}: ${perSecond(result.rate)} (${n} in ${result.seconds.toFixed(2)} s)`);
  return result;
}

async function main() {
  console.log(
    `Hookflow delivery benchmark: N=${N}, C=${C}, enroll callers E=${E}, ${process.platform}/${process.arch}, Node ${process.version}, ` +
      `load average ${os.loadavg()[0].toFixed(2)} on ${os.availableParallelism()} CPUs`,
  );
  const receiver = await startReceiver();
  const pool = new Pool(new URL(receiver.url).origin, { connections: C });
  let ceiling: Ceiling | undefined;
  try {
    ceiling = await sqlitePhase(receiver, pool);
    if (POSTGRES_URL && !SKIP.has("postgresql")) await postgresqlPhase(receiver, ceiling);
  } finally {
    await pool.close();
    receiver.stop();
    await db.$disconnect();
    // The ceiling's row first: the median of its measurements, then how far they spread.
    const all = [...(ceiling?.all ?? [])].sort((a, b) => a - b);
    if (all.length) {
      rows.unshift({
        measurement: `ceiling: raw undici Pool loop (N=${N}, C=${C})`,
        value: perSecond(quantile(all, 0.5)),
        ratio: "1.00×",
        aim: `ceiling (median of ${all.length})`,
      });
      rows.push({
        measurement: "ceiling, lowest and highest in this run",
        value: `${Math.round(all[0]).toLocaleString("en-US")} – ${perSecond(all[all.length - 1])}`,
      });
    }
    writeRows(rows);
  }
  const failed = checks.filter((c) => !c.ok);
  console.log(failed.length ? `${failed.length} check(s) FAILED (see above)` : `all ${checks.length} checks ok`);
  if (failed.length) process.exitCode = 1;
}

await main();
