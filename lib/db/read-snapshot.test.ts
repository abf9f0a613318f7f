import { describe, expect, it } from "vitest";
import { createRecord, setRecordProperty } from "@/lib/crm/record-lookup";
import type { RecordDetail } from "@/lib/crm/record-schemas";
import { getRecord, loadRecordsForRun } from "@/lib/crm/records";
import { getDb } from "@/lib/db";
import { databaseKind } from "@/lib/db/database-url";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnrollment } from "@/lib/workflows/enrollments";
import { enroll } from "@/lib/workflows/runner";
import { webhookWorkflow } from "@/test/webhook-workflow";
import { clientWithHeldQueries, heldReader, installAsDb } from "@/test/held-queries";
import { readSnapshot } from "./read-snapshot";

// Readers that show one picture read it as of one moment, on both databases, although Prisma
// splits them into several queries. Each test holds the reader just before one of its queries,
// commits a write from another connection (as the runner in another process, or a concurrent
// transaction in this one, does), and lets the reader go on. Before readSnapshot, PostgreSQL
// (READ COMMITTED) and SQLite (each statement its own read) showed the write half-done: a step
// still PENDING with the attempt that made it RETRY_SCHEDULED, as a flaky "schedules a retry"
// once saw on PostgreSQL.

// The app's own client, kept before any test installs its held reader as `db`.
const original = getDb();
const writer = (): PrismaClient => original;
const held = heldReader();

/** Makes `db` a client that runs `write` once, before its first query whose SQL names `table`, and waits for it. */
function writeBeforeQueryOn(table: string, write: () => Promise<unknown>): { fired: () => boolean } {
  let armed = true;
  held.hold(async (sql) => {
    // Quoted as Prisma quotes it: "Table" on PostgreSQL, `main`.`Table` on SQLite.
    if (!armed || !new RegExp(`["\`]${table}["\`]`).test(sql)) return;
    armed = false;
    await write();
  });
  return { fired: () => !armed };
}

/** Runs `write` through the app's own code on the writer's connection while the reader is held. */
async function asWriter(write: () => Promise<unknown>) {
  const back = installAsDb(writer());
  try {
    await write();
  } finally {
    back();
  }
}

describe("readSnapshot", () => {
  it(`reads one moment${databaseKind() === "postgresql" ? " (REPEATABLE READ)" : ""}: a commit between two of its queries is not seen`, async () => {
    // Another connection: on SQLite, a query of `db` itself outside the transaction would run inside it (one connection).
    const w = clientWithHeldQueries(() => {});
    const count = async (client: Pick<PrismaClient, "$queryRaw">) =>
      Number((await client.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n FROM "AuditEntry"`)[0].n);
    const before = await count(w);
    const seen = await readSnapshot(async (tx) => {
      const first = await count(tx);
      await w.auditEntry.create({ data: { action: "test.write", actorKind: "system", actorName: "Test", summary: "between two reads" } });
      const isolation =
        databaseKind() === "postgresql"
          ? (await tx.$queryRaw<{ level: string }[]>`SELECT current_setting('transaction_isolation') AS level`)[0].level
          : null;
      return { first, second: await count(tx), isolation };
    });
    expect(seen).toEqual({ first: before, second: before, isolation: databaseKind() === "postgresql" ? "repeatable read" : null });
    expect(await count(w)).toBe(before + 1);
    await w.$disconnect();
  });
});

describe("a run's page (getEnrollment)", () => {
  it("shows a step's state and its attempts from the same moment while the runner records a retry", async () => {
    const wf = await webhookWorkflow();
    const { enrollmentId } = await enroll(wf.id, 1);
    const step = await writer().enrollmentStep.findFirstOrThrow({ where: { enrollmentId } });
    expect(step.status).toBe("PENDING");
    const nextAttemptAt = new Date(Date.now() + 60_000);
    // What the runner writes for a retryable failure, in one transaction: the step's state and its attempt.
    const recordRetry = () =>
      writer().$transaction(async (tx) => {
        await tx.enrollmentStep.update({
          where: { id: step.id },
          data: { status: "RETRY_SCHEDULED", error: "The endpoint failed with 500." },
        });
        await tx.deliveryAttempt.create({
          data: { stepId: step.id, attempt: 1, startedAt: new Date(), durationMs: 5, outcome: "RETRYABLE", request: {}, nextAttemptAt },
        });
      });
    const hold = writeBeforeQueryOn("DeliveryAttempt", recordRetry);
    const during = await getEnrollment(enrollmentId);
    expect(hold.fired()).toBe(true);
    // The moment before the retry was recorded, whole: no attempt next to a PENDING step.
    expect(during.steps.map((s) => [s.status, s.attempts.length])).toEqual([["PENDING", 0]]);
    held.release();
    const after = await getEnrollment(enrollmentId);
    expect(after.steps.map((s) => [s.status, s.attempts.length])).toEqual([["RETRY_SCHEDULED", 1]]);
    expect(after.steps[0].attempts[0]).toMatchObject({ outcome: "RETRYABLE", nextAttemptAt: nextAttemptAt.toISOString() });
  });
});

describe("a record with its history (getRecord, loadRecordsForRun)", () => {
  const readers: [string, (id: number) => Promise<RecordDetail>][] = [
    ["getRecord (the record page)", (id) => getRecord(id)],
    ["loadRecordsForRun (a run's all-properties payload)", async (id) => (await loadRecordsForRun([id], new Set([id]))).get(id)!],
  ];
  for (const [name, read] of readers) {
    it(`${name} shows each property's value with its newest version while the property changes`, async () => {
      const id = await createRecord(
        "contact",
        { email: "snap@example.com", jobtitle: "first" },
        { type: "INTEGRATION", id: "snapshot-test" },
      );
      const hold = writeBeforeQueryOn("PropertyHistory", () =>
        asWriter(() => setRecordProperty(id, "jobtitle", "second", { type: "WORKFLOW", id: "d1" })),
      );
      const during = await read(id);
      expect(hold.fired()).toBe(true);
      expect(during.properties.jobtitle.value).toBe("first");
      expect(during.history.jobtitle.map((v) => v.value)).toEqual(["first"]);
      held.release();
      const after = await read(id);
      expect(after.properties.jobtitle.value).toBe("second");
      expect(after.history.jobtitle.map((v) => v.value)).toEqual(["second", "first"]);
    });
  }
});
