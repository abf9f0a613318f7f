// Deliveries per second through the whole engine (enroll → durable job → runner →
// guarded HTTPS client → receiver, every step persisted in SQLite), next to a plain loop
// of the same requests through the same client with no persistence. Started by
// bench/run.mjs, which prepares the environment (trusted test CA, fresh database).
//
// Knobs (environment): BENCH_DELIVERIES (N, default 3000), BENCH_CONCURRENCY (C, default
// 64: the baseline's requests in flight and the runner's webhook lane), and
// BENCH_ENROLL_CONCURRENCY (E, default C: concurrent enroll() callers; 1 = one after another).
// The receiver runs in a child process (bench/receiver.ts) so it does not share this event loop.
import { fork, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { storedCredentials } from "@/lib/actions/send-webhook/executor";
import type { SendWebhookConfig } from "@/lib/actions/send-webhook/send-webhook-config";
import { getRecord } from "@/lib/crm/records";
import type { RecordDetail } from "@/lib/crm/record-schemas";
import { seed } from "@/lib/crm/seed";
import { db, getDb } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { buildWebhookRequest } from "@/lib/actions/send-webhook/build-request";
import { guardedRequest } from "@/lib/webhooks/guarded-request";
import { enroll } from "@/lib/workflows/runner";
import { startRunner } from "@/lib/workflows/start-runner";
import { updateWorkflowSchema } from "@/lib/workflows/workflow-schema";
import { createWorkflow, updateWorkflow } from "@/lib/workflows/workflows";
import type { ReceiverMessage } from "./receiver";

const positiveInt = (name: string, fallback: number) => {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};
const N = positiveInt("BENCH_DELIVERIES", 3000);
const C = positiveInt("BENCH_CONCURRENCY", 64);
// Concurrent enroll() callers; 1 means strictly one enrollment after another.
const E = positiveInt("BENCH_ENROLL_CONCURRENCY", C);
const WARMUP = Math.min(200, N);
const AIM_RATE = 500;
const AIM_RATIO = 1 / 3;

// ── peak RSS of this process (the runner's), sampled while everything runs ──
let peakRss = process.memoryUsage().rss;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
setInterval(sampleRss, 50).unref();

// ── receiver child process ──
type Count = Extract<ReceiverMessage, { type: "count" }>;
function startReceiver(): Promise<{ child: ChildProcess; url: string; count: (reset?: boolean) => Promise<Count> }> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const child = fork(path.join(here, "receiver.ts"), [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const count = (reset = false) =>
    new Promise<Count>((resolve) => {
      child.once("message", (m: ReceiverMessage) => resolve(m as Count));
      child.send({ type: reset ? "reset" : "count" });
    });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the receiver exited early (code ${code})`)));
    child.once("message", (m: ReceiverMessage) => {
      if (m.type === "ready") resolve({ child, url: m.url, count });
    });
  });
}

// ── workflow under test: one POST with a small custom body ──
function webhookConfig(url: string): SendWebhookConfig {
  return {
    method: "POST",
    webhookUrl: `${url}/bench`,
    authentication: { type: "NONE" },
    body: {
      type: "CUSTOM",
      fields: [
        { key: "email", source: { type: "PROPERTY", property: "email" } },
        { key: "firstname", source: { type: "PROPERTY", property: "firstname" } },
        { key: "source", source: { type: "STATIC", value: "hookflow-bench" } },
      ],
    },
    queryParams: [],
    outputs: [],
  };
}

async function webhookWorkflow(name: string, config: SendWebhookConfig) {
  const wf = await createWorkflow({ name, objectType: "contact" });
  return updateWorkflow(
    wf.id,
    updateWorkflowSchema.parse({ revision: wf.revision, enabled: true, actions: [{ id: "send", type: "SEND_WEBHOOK", config }] }),
  );
}

// ── (1) baseline: build + send, C at a time, nothing stored ──
async function plainLoop(config: SendWebhookConfig, records: RecordDetail[], n: number): Promise<{ ms: number; failures: number }> {
  let next = 0;
  let failures = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < n) {
      const i = next++;
      const { request } = await buildWebhookRequest(
        config,
        { record: records[i % records.length] },
        { deliveryId: randomUUID(), now: new Date(), credentials: storedCredentials },
      );
      const result = await guardedRequest(request);
      if (!result.ok || result.response.status !== 200) failures++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(C, n) }, lane));
  return { ms: performance.now() - started, failures };
}

// ── (2) system: enroll n records while a runner works through them ──
async function throughRunner(
  workflowId: string,
  contactIds: number[],
  n: number,
): Promise<{ ms: number; enrollMs: number; completed: number; failed: number; attempts: number }> {
  // The webhook lane and the per-destination cap get the baseline's concurrency: every
  // delivery goes to one host, so the default cap (16) would otherwise be the limit measured.
  const worker = startRunner({ pollMs: 50, lanes: { webhook: C }, perDestination: C, log: (m) => console.error(`  [worker] ${m}`) });
  const started = Date.now();
  let enrollMs = 0;
  try {
    // E callers enroll one record at a time, as E API clients would: each waits for its
    // answer before the next call, and each call starts in an event-loop turn of its own,
    // so the runner works alongside even if enroll() never waits for I/O.
    let next = 0;
    const caller = async () => {
      while (next < n) {
        const i = next++;
        await enroll(workflowId, contactIds[i % contactIds.length]);
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    };
    await Promise.all(Array.from({ length: Math.min(E, n) }, caller));
    enrollMs = Date.now() - started;
    // Done when no enrollment of this workflow is ACTIVE any more (or a stall: nothing moves
    // for 30 s). The poll is a query on the runner's connection, so it stays infrequent.
    let last = -1;
    let lastMove = Date.now();
    for (;;) {
      const active = await db.enrollment.count({ where: { workflowId, status: "ACTIVE" } });
      if (active === 0) break;
      if (active !== last) [last, lastMove] = [active, Date.now()];
      if (Date.now() - lastMove > 30_000) throw new Error(`stalled with ${active} enrollment(s) still ACTIVE`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await worker.stop();
  }
  // The clock stops at the last completion the runner recorded, not at the poll that noticed it.
  const [completed, failed, attempts, last] = await Promise.all([
    db.enrollment.count({ where: { workflowId, status: "COMPLETED" } }),
    db.enrollment.count({ where: { workflowId, status: "FAILED" } }),
    db.deliveryAttempt.count({ where: { outcome: "SUCCESS", step: { enrollment: { workflowId } } } }),
    db.enrollment.aggregate({ where: { workflowId }, _max: { finishedAt: true } }),
  ]);
  return { ms: (last._max.finishedAt?.getTime() ?? Date.now()) - started, enrollMs, completed, failed, attempts };
}

// ── run ──
const pad = (s: string, n: number) => s.padStart(n);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main() {
  console.log(
    `Hookflow delivery benchmark: N=${N} deliveries, concurrency C=${C}, enroll callers E=${E}, ${process.platform}/${process.arch}, Node ${process.version}`,
  );
  await migrate();
  await seed(getDb());
  const receiver = await startReceiver();
  try {
    const config = webhookConfig(receiver.url);
    const contacts = await db.record.findMany({
      where: { objectType: "contact", isDeleted: false },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    const contactIds = contacts.map((c) => c.id);
    const records = await Promise.all(contactIds.map((id) => getRecord(id)));
    const warmupWorkflow = await webhookWorkflow("Bench warm-up", config);
    const benchWorkflow = await webhookWorkflow("Bench", config);
    console.log(
      `receiver ${receiver.url} (child process ${receiver.child.pid}); ${contactIds.length} seeded contacts; database ${process.env.DATABASE_URL}`,
    );

    // Warm-up: JIT, SQLite page cache, Prisma's query plans, then TLS and keep-alive sockets
    // right before the baseline, so idle sockets are not closed by the receiver in between.
    await throughRunner(warmupWorkflow.id, contactIds, WARMUP);
    await plainLoop(config, records, WARMUP);
    await receiver.count(true);

    const load = os.loadavg()[0];
    const baseline = await plainLoop(config, records, N);
    const baselineSeen = await receiver.count(true);
    const system = await throughRunner(benchWorkflow.id, contactIds, N);
    const systemSeen = await receiver.count(true);
    sampleRss();

    const baseRate = N / (baseline.ms / 1000);
    const sysRate = system.completed / (system.ms / 1000);
    const ratio = sysRate / baseRate;
    const row = (name: string, n: number, ms: number, rate: number) =>
      `${name.padEnd(34)}${pad(String(n), 11)}${pad((ms / 1000).toFixed(2), 10)}${pad(rate.toFixed(0), 14)}`;
    console.log("");
    console.log(`${"".padEnd(34)}${pad("deliveries", 11)}${pad("seconds", 10)}${pad("deliveries/s", 14)}`);
    console.log(row("baseline: guardedRequest loop", N, baseline.ms, baseRate));
    console.log(row("system: enroll → runner → SQLite", system.completed, system.ms, sysRate));
    console.log(`${"ratio system / baseline".padEnd(34)}${pad(ratio.toFixed(2), 35)}`);
    console.log(
      `of the system's ${(system.ms / 1000).toFixed(2)} s, the ${N} enroll() calls took ${(system.enrollMs / 1000).toFixed(2)} s (${(N / (system.enrollMs / 1000)).toFixed(0)}/s from ${E} caller(s), the runner working alongside)`,
    );
    console.log(`peak RSS: runner process ${mb(peakRss)}, receiver process ${mb(systemSeen.rss)}`);
    // Other work on the machine skews both rates; a high figure here means "run it again".
    console.log(`load average before measuring: ${load.toFixed(2)} on ${os.availableParallelism()} CPUs`);
    console.log("");
    const checks = [
      [
        `baseline: receiver got ${baselineSeen.requests}/${N} requests, ${baseline.failures} failed`,
        baselineSeen.requests === N && baseline.failures === 0,
      ],
      [
        `system: ${system.completed}/${N} enrollments COMPLETED (${system.failed} FAILED), ${system.attempts} successful attempts stored`,
        system.completed === N && system.attempts === N,
      ],
      [
        `system: receiver got ${systemSeen.requests}/${N} requests, ${systemSeen.deliveryIds} distinct delivery ids`,
        systemSeen.requests === N && systemSeen.deliveryIds === N,
      ],
    ] as const;
    const aims = [
      [`system >= ${AIM_RATE} deliveries/s (${sysRate.toFixed(0)})`, sysRate >= AIM_RATE],
      [`ratio >= 0.33 (${ratio.toFixed(2)})`, ratio >= AIM_RATIO],
    ] as const;
    for (const [text, ok] of checks) console.log(`${ok ? "ok     " : "FAILED "} ${text}`);
    for (const [text, ok] of aims) console.log(`${ok ? "MET    " : "NOT MET"} aim: ${text}`);
    // A measurement, not a test: missed aims do not fail the run, missing deliveries do.
    if (!checks.every(([, ok]) => ok)) process.exitCode = 1;
  } finally {
    receiver.child.disconnect();
    await db.$disconnect();
  }
}

await main();
