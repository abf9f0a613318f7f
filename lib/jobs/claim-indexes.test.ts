import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseKind } from "@/lib/db/database-url";

// Claims must cost the same with a million finished jobs kept as with none (issue 12): the
// queries that find due work read partial indexes holding only QUEUED and only RUNNING jobs.
// These are the shapes of claimJobs' queries (on SQLite as Prisma writes them, status bound as
// a parameter; the PostgreSQL claim's statement has the same conditions with literal statuses);
// the planner must be able to use the partial index for each. bench/claims.ts measures the time.

const queries = [
  {
    what: "due queued jobs, oldest first",
    index: "Job_queued_due_idx",
    sql: 'SELECT "id", "destination" FROM "Job" WHERE "lane" = $1 AND "status" = $2 AND "runAt" <= $3 ORDER BY "runAt" ASC LIMIT 128',
    params: ["webhook", "QUEUED"],
  },
  {
    what: "running jobs whose lease ran out",
    index: "Job_running_lease_idx",
    sql: 'SELECT "id", "destination" FROM "Job" WHERE "lane" = $1 AND "status" = $2 AND "lockedUntil" < $3 AND "lockedBy" <> \'w\' ORDER BY "lockedUntil" ASC LIMIT 128',
    params: ["webhook", "RUNNING"],
  },
  {
    what: "running jobs per destination",
    index: "Job_running_lease_idx",
    sql: 'SELECT COUNT(*), "destination" FROM "Job" WHERE "lane" = $1 AND "status" = $2 AND "lockedUntil" > $3 AND "destination" IS NOT NULL GROUP BY "destination"',
    params: ["default", "RUNNING"],
  },
];

async function plan(sql: string, params: unknown[]): Promise<string> {
  if (databaseKind() === "sqlite") {
    // better-sqlite3 binds `?` in order only: each $n becomes a `?` with its value.
    const order: number[] = [];
    const text = sql.replace(/\$(\d+)/g, (_, n: string) => {
      order.push(Number(n) - 1);
      return "?";
    });
    const rows = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${text}`, ...order.map((i) => params[i]));
    return rows.map((row) => row.detail).join("\n");
  }
  // A tiny table is cheaper to scan whole; with scans priced out, the planner shows which
  // indexes it can use at all for the query.
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
    const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`, ...params);
    return rows.map((row) => row["QUERY PLAN"]).join("\n");
  });
}

describe("the claim queries", () => {
  it.each(queries)("find $what through the partial index $index", async ({ index, sql, params }) => {
    expect(await plan(sql, [...params, new Date()])).toContain(index);
  });

  it("take the chosen jobs by their ids, not by reading every queued job", async () => {
    // claimJobs' compare-and-set. An index starting with `status` would let SQLite, which has
    // no statistics, read all queued jobs for `status = ?` instead (as with the indexes before).
    const sql =
      'UPDATE "Job" SET "status" = $1, "lockedBy" = $2 WHERE "id" IN ($3, $4, $5) AND (("status" = $6 AND "lockedUntil" < $7) OR ("status" = $8 AND "runAt" <= $7))';
    const text = await plan(sql, ["RUNNING", "w", "a", "b", "c", "RUNNING", new Date(), "QUEUED"]);
    expect(text).toMatch(databaseKind() === "sqlite" ? /SEARCH Job USING INDEX sqlite_autoindex_Job_1 \(id=\?\)/ : /Job_pkey/);
    expect(text).not.toMatch(/MULTI-INDEX OR|BitmapOr/);
  });

  it("have indexes that hold only the jobs of their status", async () => {
    const definitions =
      databaseKind() === "sqlite"
        ? await db.$queryRawUnsafe<{ sql: string }[]>(
            `SELECT sql FROM sqlite_master WHERE type = 'index' AND name LIKE 'Job\\_%' ESCAPE '\\'`,
          )
        : await db.$queryRawUnsafe<{ sql: string }[]>(`SELECT indexdef AS sql FROM pg_indexes WHERE tablename = 'Job'`);
    const text = definitions.map((row) => row.sql ?? "").join("\n");
    expect(text).toMatch(/"Job_queued_due_idx" ON [^\n]*"Job"[^\n]*\("?lane"?, "runAt"\) WHERE \(?status = 'QUEUED'/);
    expect(text).toMatch(/"Job_running_lease_idx" ON [^\n]*"Job"[^\n]*\("?lane"?, "lockedUntil"\) WHERE \(?status = 'RUNNING'/);
    expect(text).toMatch(/"Job_done_idx" ON [^\n]*"Job"[^\n]*\("updatedAt"\) WHERE \(?status = 'DONE'/);
    expect(text).toMatch(/"Job_dead_idx" ON [^\n]*"Job"[^\n]*\("updatedAt"\) WHERE \(?status = 'DEAD'/);
  });
});
