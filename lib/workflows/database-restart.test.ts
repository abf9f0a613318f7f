import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isDatabaseUnavailable, whileDatabaseAway } from "@/lib/db/database-away";
import type { PostgresServer } from "@/scripts/postgres-server.mjs";
import { startHttpsReceiver, type HttpsReceiver } from "@/test/https-receiver";
import { readThroughOutage as read, startOwnPostgres } from "@/test/own-postgres";
import { until } from "@/test/wait-for";
import { deliveryWorkflow } from "@/test/webhook-workflow";
import type { Worker } from "@/lib/jobs/worker";
import { retentionJobKind } from "@/lib/retention/retention-job";
import { enroll } from "./runner";
import { startRunner } from "./start-runner";

// PostgreSQL only (test/projects.ts), on a server of this file's own. A worker outlives its
// database: while the server is down it keeps what it already sent, and records it once the
// server is back, so the receiver gets each request once; then it claims work again.

let server: PostgresServer;
let receiver: HttpsReceiver;
let worker: Worker;
const logs: string[] = [];

beforeAll(async () => {
  ({ server } = await startOwnPostgres());
  process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "localhost";
  receiver = await startHttpsReceiver();
  worker = startRunner({ pollMs: 100, log: (m) => logs.push(m) });
}, 120_000);

afterAll(async () => {
  await worker?.stop().catch(() => {});
  await receiver?.close();
  await db.$disconnect();
  server?.stop();
});

describe("a worker whose database goes away", () => {
  it("records a request it sent while the database was down once it is back, without sending it again", async () => {
    const workflow = await deliveryWorkflow("Database restart", `${receiver.url}/restart`);
    let downAt = 0;
    receiver.setHandler(async () => {
      // The database stops while the request is at the receiver; the answer goes back while it is down.
      await server.pause();
      downAt = Date.now();
      setTimeout(() => void server.resume(), 1_500);
      return { status: 200, body: '{"ok":true}', headers: { "content-type": "application/json" } };
    });
    const { enrollmentId } = await enroll(workflow.id, 1);
    await until(() => receiver.requests.length === 1, 20_000);
    await until(
      async () => (await read(() => db.enrollment.findUniqueOrThrow({ where: { id: enrollmentId } }))).status !== "ACTIVE",
      30_000,
    );
    const run = await read(() =>
      db.enrollment.findUniqueOrThrow({ where: { id: enrollmentId }, include: { steps: { include: { attempts: true } } } }),
    );
    expect(downAt).toBeGreaterThan(0);
    expect(run.status).toBe("COMPLETED");
    expect(run.steps[0].attempts.map((a) => a.outcome)).toEqual(["SUCCESS"]);
    // Sent once: the outcome waited for the database instead of the job running again.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(receiver.requests.filter((r) => r.path === "/restart")).toHaveLength(1);
    // The retention sweep's job stays queued for its next run.
    expect(await read(() => db.job.count({ where: { status: { in: ["RUNNING", "QUEUED"] }, kind: { not: retentionJobKind.kind } } }))).toBe(
      0,
    );

    // And it keeps working: claims failed while the server was down, and resume.
    expect(logs.some((m) => /claiming \w+ jobs failed/.test(m))).toBe(true);
    receiver.setHandler(() => ({ status: 200, body: "{}" }));
    const next = await enroll(workflow.id, 2);
    await until(async () => (await db.enrollment.findUniqueOrThrow({ where: { id: next.enrollmentId } })).status === "COMPLETED", 20_000);
  }, 90_000);

  it("tells an unavailable database apart from a query that is wrong", async () => {
    await server.pause();
    const down = await db.$queryRaw`SELECT 1`.catch((error: unknown) => error);
    await server.resume();
    expect(isDatabaseUnavailable(down)).toBe(true);
    const wrong = await read(() => db.$queryRaw`SELECT * FROM "NoSuchTable"`).catch((error: unknown) => error);
    expect(wrong).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(wrong)).toBe(false);
    // Gives up after its time with the database still away.
    await server.pause();
    try {
      const started = Date.now();
      await expect(whileDatabaseAway(() => db.$queryRaw`SELECT 1`, 500)).rejects.toSatisfy(isDatabaseUnavailable);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await server.resume();
    }
  }, 60_000);
});
