import { type ChildProcess, spawn } from "node:child_process";
import readline from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { PostgresServer } from "@/scripts/postgres-server.mjs";
import { startHttpsReceiver, type HttpsReceiver } from "@/test/https-receiver";
import { readThroughOutage as read, startOwnPostgres } from "@/test/own-postgres";
import { deliveryWorkflow } from "@/test/webhook-workflow";
import { retentionJobKind } from "@/lib/retention/retention-job";
import { enroll, STEP_JOB } from "./runner";

// PostgreSQL only (test/projects.ts). The production layout under stress: four `npm run
// worker` processes share one PostgreSQL server and deliver 5,000 webhooks to one HTTPS
// receiver. Mid-run one worker is SIGKILLed and the database server is restarted. Every
// delivery must arrive; a request may arrive twice only if the killed worker held its job
// (same delivery id, sent again after its lease ran out); no job is left RUNNING or QUEUED;
// and the receiver never sees more requests at once than the per-destination cap.
// The server is this file's own: restarting the one other test files share would break them.

const DELIVERIES = 5_000;
const WORKERS = 4;
const CAP = 8;
const LEASE_MS = 5_000;

let server: PostgresServer;
let url = "";
let receiver: HttpsReceiver;
const workers: { child: ChildProcess; id: string; output: string[] }[] = [];
let inFlight = 0;
let maxInFlight = 0;

beforeAll(async () => {
  ({ server, url } = await startOwnPostgres());
  receiver = await startHttpsReceiver(async () => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    // Long enough for requests to overlap, so the cap is what limits them.
    await new Promise((resolve) => setTimeout(resolve, 5));
    inFlight--;
    return { status: 200, headers: { "content-type": "application/json" }, body: '{"ok":true}' };
  });
}, 120_000);

afterAll(async () => {
  for (const worker of workers) worker.child.kill("SIGKILL");
  await receiver?.close();
  await db.$disconnect();
  server?.stop();
});

function startWorkerProcess(): Promise<(typeof workers)[number]> {
  // node itself, not the tsx wrapper: SIGKILL must hit the process that does the work.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      HOOKFLOW_LEASE_MS: String(LEASE_MS),
      HOOKFLOW_PER_DESTINATION_CONCURRENCY: String(CAP),
      HOOKFLOW_WEBHOOK_CONCURRENCY: "16",
      WEBHOOK_ALLOWED_PRIVATE_HOSTS: "localhost",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  readline.createInterface({ input: child.stderr! }).on("line", (line) => output.push(line));
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`worker exited early (${code}): ${output.join("\n")}`)));
    readline.createInterface({ input: child.stdout! }).on("line", (line) => {
      output.push(line);
      const started = /\[hookflow worker\] (\S+) started/.exec(line);
      if (started) resolve({ child, id: started[1], output });
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function untilDelivered(count: number) {
  const end = Date.now() + 120_000;
  while (receiver.requests.length < count) {
    if (Date.now() > end) throw new Error(`only ${receiver.requests.length} of ${count} requests arrived`);
    await sleep(20);
  }
}

describe("many worker processes on one PostgreSQL", () => {
  it("deliver every webhook once through a SIGKILLed worker and a database restart, never over the per-destination cap", async () => {
    const workflow = await deliveryWorkflow("Many workers", `${receiver.url}/many`);
    const contacts = (await db.record.findMany({ where: { objectType: "contact" }, select: { id: true } })).map((c) => c.id);
    workers.push(...(await Promise.all(Array.from({ length: WORKERS }, startWorkerProcess))));

    await Promise.all(Array.from({ length: DELIVERIES }, (_, i) => enroll(workflow.id, contacts[i % contacts.length])));

    // Kill the worker holding the most jobs in the middle of its work, and note which jobs it held then.
    await untilDelivered(1_000);
    const holders = await db.job.groupBy({ by: ["lockedBy"], where: { status: "RUNNING" }, _count: { _all: true } });
    const busiest = holders.sort((a, b) => b._count._all - a._count._all)[0]?.lockedBy;
    const killed = workers.find((w) => w.id === busiest) ?? workers[0];
    killed.child.kill("SIGKILL");
    await new Promise((resolve) => killed.child.once("exit", resolve));
    const held = await db.job.findMany({ where: { status: "RUNNING", lockedBy: killed.id, kind: STEP_JOB }, select: { stepId: true } });
    const heldDeliveryIds = new Set(
      (await db.enrollmentStep.findMany({ where: { id: { in: held.map((j) => j.stepId!) } }, select: { deliveryId: true } })).map(
        (s) => s.deliveryId,
      ),
    );

    // Restart the database while the other three keep delivering.
    await untilDelivered(2_500);
    const beforeRestart = receiver.requests.length;
    await server.restart();

    const end = Date.now() + 150_000;
    for (;;) {
      const active = await read(() => db.enrollment.count({ where: { workflowId: workflow.id, status: "ACTIVE" } }));
      if (active === 0) break;
      if (Date.now() > end) throw new Error(`${active} enrollments still ACTIVE`);
      await sleep(250);
    }

    // Every delivery arrived; repeats only of what the killed worker held.
    const seen = new Map<string, number>();
    for (const request of receiver.requests) {
      const id = request.headers["x-hookflow-delivery-id"];
      seen.set(id, (seen.get(id) ?? 0) + 1);
    }
    const steps = await read(() =>
      db.enrollmentStep.findMany({ where: { enrollment: { workflowId: workflow.id } }, select: { deliveryId: true } }),
    );
    expect(steps).toHaveLength(DELIVERIES);
    expect(steps.every((s) => seen.has(s.deliveryId))).toBe(true);
    expect(seen.size).toBe(DELIVERIES);
    const repeated = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    expect(repeated.filter((id) => !heldDeliveryIds.has(id))).toEqual([]);
    expect([...seen.values()].every((n) => n <= 2)).toBe(true);

    // Every run finished well, one successful attempt each; nothing left behind in the queue.
    const statuses = await read(() =>
      db.enrollment.groupBy({ by: ["status"], where: { workflowId: workflow.id }, _count: { _all: true } }),
    );
    expect(statuses.map((s) => [s.status, s._count._all])).toEqual([["COMPLETED", DELIVERIES]]);
    expect(
      await read(() => db.deliveryAttempt.count({ where: { step: { enrollment: { workflowId: workflow.id } }, outcome: "SUCCESS" } })),
    ).toBe(DELIVERIES);
    // Every delivery's job ended; the retention sweep's job stays queued for its next run.
    expect(
      await read(() => db.job.count({ where: { status: { in: ["RUNNING", "QUEUED", "DEAD"] }, kind: { not: retentionJobKind.kind } } })),
    ).toBe(0);

    // The cap held at the receiver, across processes, through both faults.
    expect(maxInFlight).toBeGreaterThan(1);
    expect(maxInFlight).toBeLessThanOrEqual(CAP);
    // The faults happened mid-run: the killed worker held jobs, the restart came before the end.
    expect(held.length).toBeGreaterThan(0);
    expect(beforeRestart).toBeLessThan(DELIVERIES);
    // The surviving workers are still running and saw the database go away.
    const survivors = workers.filter((w) => w !== killed);
    for (const worker of survivors) expect(worker.child.exitCode).toBeNull();
    expect(survivors.some((w) => w.output.some((line) => /failed|unavailable/.test(line)))).toBe(true);
  }, 300_000);
});
