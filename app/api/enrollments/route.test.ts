import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseKind } from "@/lib/db/database-url";
import { enrollMany } from "@/lib/workflows/runner";
import { callRoute } from "@/test/call-route";
import { sendingWorkflow } from "@/test/webhook-workflow";
import * as cancel from "./[id]/cancel/route";
import * as runs from "./route";

// GET /api/enrollments, the Runs page's list. No runner runs in this file: runs stay ACTIVE
// unless a test cancels them. enrollMany writes a group with one createdAt, so ties on the time
// are the rule here and paging must break them by id.
type Page = {
  runs: { id: string; status: string; workflow: { id: string; name: string }; createdAt: string }[];
  nextCursor: string | null;
};

async function allPages(query: Record<string, string>) {
  const seen: Page["runs"] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const res = await callRoute(runs.GET, { query: { ...query, ...(cursor ? { cursor } : {}) }, as: "VIEWER" });
    expect(res.status).toBe(200);
    const page = res.json as Page;
    seen.push(...page.runs);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return seen;
}

describe("GET /api/enrollments", () => {
  it("pages through every run of every workflow, newest first, each once; filters by workflow and status", async () => {
    const a = await sendingWorkflow("Runs A");
    const b = await sendingWorkflow("Runs B");
    const inA = await enrollMany(a.id, [1, 2, 3, 4, 5]);
    const inB = await enrollMany(b.id, [1, 2, 3]);
    await callRoute(cancel.POST, { params: { id: inB[1].enrollmentId } });

    const everything = await allPages({ limit: "2" });
    const ids = everything.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining([...inA, ...inB].map((e) => e.enrollmentId)));
    // Newest first: createdAt never goes up, and ties come in descending id order.
    for (let i = 1; i < everything.length; i++) {
      const [prev, cur] = [everything[i - 1], everything[i]];
      expect(cur.createdAt <= prev.createdAt).toBe(true);
      if (cur.createdAt === prev.createdAt) expect(cur.id < prev.id).toBe(true);
    }

    const onlyA = await allPages({ workflowId: a.id, limit: "2" });
    expect(onlyA.map((r) => r.id).sort()).toEqual(inA.map((e) => e.enrollmentId).sort());
    expect(onlyA.every((r) => r.workflow.name === "Runs A")).toBe(true);

    const cancelled = await allPages({ status: "CANCELLED" });
    expect(cancelled.map((r) => r.id)).toEqual([inB[1].enrollmentId]);
    const activeInB = await allPages({ status: "ACTIVE", workflowId: b.id, limit: "1" });
    expect(activeInB.map((r) => r.id).sort()).toEqual([inB[0].enrollmentId, inB[2].enrollmentId].sort());
  });

  it("answers 400 saying what to fix for a bad status, limit or cursor", async () => {
    const status = await callRoute(runs.GET, { query: { status: "DONE" } });
    expect(status.status).toBe(400);
    expect(status.json.error.message).toMatch(/ACTIVE, COMPLETED, FAILED or CANCELLED/);
    expect((await callRoute(runs.GET, { query: { limit: "0" } })).status).toBe(400);
    expect((await callRoute(runs.GET, { query: { limit: "500" } })).status).toBe(400);
    const cursor = await callRoute(runs.GET, { query: { cursor: "gone" } });
    expect(cursor.status).toBe(400);
    expect(cursor.json.error.message).toMatch(/start again from the first page/);
    expect((await callRoute(runs.GET, { query: { nonsense: "1" } })).status).toBe(400);
    expect((await callRoute(runs.GET, { as: "anonymous" })).status).toBe(401);
  });

  it("reads a page through an index, never a scan and sort of every run", async () => {
    const filters = { none: "", status: `status = 'ACTIVE' AND`, workflow: `"workflowId" = 'x' AND` } as const;
    const page = (where: string, at: string) =>
      `SELECT id FROM "Enrollment" WHERE ${where} "createdAt" <= ${at} AND ("createdAt" < ${at} OR id < 'x') ORDER BY "createdAt" DESC, id DESC LIMIT 51`;
    // The plan of the statement Prisma sends for a later page, filtered and not. PostgreSQL, whose
    // small test table would be read whole and sorted anyway, is asked for its best plan that does neither.
    const plan = async (where: string) =>
      databaseKind() === "sqlite"
        ? (await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${page(where, "1")}`)).map((row) => row.detail).join(" | ")
        : db.$transaction(async (tx) => {
            // Penalised, not forbidden: a Sort still shows when no index gives the order.
            for (const setting of ["enable_seqscan", "enable_bitmapscan", "enable_sort"])
              await tx.$executeRawUnsafe(`SET LOCAL ${setting} = off`);
            const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${page(where, "now()")}`);
            return rows.map((row) => row["QUERY PLAN"]).join(" | ");
          });
    const index = {
      none: "Enrollment_createdAt_id_idx",
      status: "Enrollment_status_createdAt_id_idx",
      workflow: "Enrollment_workflowId_createdAt_id_idx",
    };
    for (const [filter, where] of Object.entries(filters) as [keyof typeof filters, string][]) {
      const found = await plan(where);
      expect(found, filter).toContain(index[filter]);
      // SQLite sorts in a TEMP B-TREE, PostgreSQL in a Sort node: neither may appear.
      expect(found, filter).not.toMatch(/TEMP B-TREE|Sort/);
    }
  });
});
