// npm run bench:claims: how long one claim of due jobs takes when the Job table holds a long
// history. Fills a fresh database with BENCH_DONE_JOBS (1,000,000) finished jobs and
// BENCH_QUEUED_JOBS (100,000) due queued jobs, then times BENCH_CLAIMS (500) calls of claimJobs()
// for 32 jobs each, as a worker's webhook lane makes them (each claim's jobs are then marked
// done, untimed, so the running set stays the size of a busy worker's). Prints p50/p99 per
// database, next to a ceiling timed in turns with the claims (a transaction reading one job by
// id) and the ratios to it: the machines are shared and noisy, the ratios are what compare.
// Aim: p99 at most 20 ms. A measurement, not a test.
//
// Databases: SQLite (a temporary file) and PostgreSQL: the database of BENCH_POSTGRES_URL (as
// `npm run bench` passes it; BENCH_DATABASE_URL also works; it is migrated, emptied of jobs and
// filled, so never point it at real data), or else a throwaway server started here
// (scripts/postgres-server.mjs, on a free port from BENCH_POSTGRES_PORT).
// BENCH_CLAIMS_DATABASES=sqlite (or postgresql) runs one. With BENCH_RESULT_FILE (npm run bench)
// each database's figures are also appended there as a row of its table.
// BENCH_CLAIMS_COMPARE=1 also times the same claims with the indexes claims used before the
// partial ones (lane, status, runAt) and (status, lockedUntil), to show what they change.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { resetConfig } from "@/lib/config";
import { getDb } from "@/lib/db";
import { insertRows, jsonParam } from "@/lib/db/insert-rows";
import { migrate } from "@/lib/db/migrate";
import { claimJobs, completeJobs } from "@/lib/jobs/job-queue";
import { startPostgres } from "../scripts/postgres-server.mjs";
import { positiveInt, quantile, writeRows } from "./harness";

const DONE_JOBS = positiveInt("BENCH_DONE_JOBS", 1_000_000);
const QUEUED_JOBS = positiveInt("BENCH_QUEUED_JOBS", 100_000);
const CLAIMS = positiveInt("BENCH_CLAIMS", 500);
const CLAIM_SIZE = 32;
const WARMUP = 20;
const AIM_P99_MS = 20;
/** Destination hosts of the webhook jobs; claims cap each at PER_DESTINATION running jobs. */
const DESTINATIONS = 50;
const PER_DESTINATION = 16;
/** Rows per INSERT: 11 bound values each stays under SQLite's 32,766 and PostgreSQL's 65,535. */
const INSERT_ROWS = 2_000;
const databases = (process.env.BENCH_CLAIMS_DATABASES ?? "sqlite,postgresql").split(",").map((d) => d.trim());
const compare = process.env.BENCH_CLAIMS_COMPARE === "1";

const COLUMNS = ["id", "lane", "kind", "payload", "stepId", "destination", "status", "runAt", "attempts", "createdAt", "updatedAt"];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Stats = { p50: number; p99: number; max: number; mean: number };
type Result = { database: string; indexes: string; claim: Stats; baseline: Stats; claimed: number; fillS: number; indexMb: number };

function selectDatabase(url: string) {
  process.env.DATABASE_URL = url;
  resetConfig();
}

/** Writes `count` jobs made by `row(i)`, INSERT_ROWS per statement, 50 statements per transaction. */
async function fill(count: number, row: (i: number) => unknown[]) {
  const db = getDb();
  for (let start = 0; start < count; start += INSERT_ROWS * 50) {
    await db.$transaction(
      async (tx) => {
        for (let from = start; from < Math.min(count, start + INSERT_ROWS * 50); from += INSERT_ROWS) {
          const rows = Array.from({ length: Math.min(INSERT_ROWS, count - from) }, (_, k) => row(from + k));
          await insertRows(tx, "Job", COLUMNS, rows);
        }
      },
      { timeout: 600_000, maxWait: 60_000 },
    );
  }
}

async function prepare(url: string): Promise<number> {
  selectDatabase(url);
  await migrate(url);
  const db = getDb();
  await db.$executeRawUnsafe('DELETE FROM "Job"');
  const started = performance.now();
  const now = Date.now();
  const destination = (i: number) => `receiver-${i % DESTINATIONS}.example.com`;
  // A month of history: finished deliveries (and some default-lane work), oldest first.
  await fill(DONE_JOBS, (i) => {
    const at = new Date(now - 30 * DAY + Math.floor((i / DONE_JOBS) * 30 * DAY));
    const webhook = i % 5 !== 0;
    return [
      randomUUID(),
      webhook ? "webhook" : "default",
      "run-step",
      jsonParam({ stepId: randomUUID() }),
      randomUUID(),
      webhook ? destination(i) : null,
      "DONE",
      at,
      1,
      at,
      at,
    ];
  });
  // A backlog that came due over the last hour.
  await fill(QUEUED_JOBS, (i) => {
    const at = new Date(now - HOUR + Math.floor((i / QUEUED_JOBS) * HOUR));
    return [
      randomUUID(),
      "webhook",
      "run-step",
      jsonParam({ stepId: randomUUID() }),
      randomUUID(),
      destination(i),
      "QUEUED",
      at,
      0,
      at,
      at,
    ];
  });
  // PostgreSQL's autovacuum vacuums and analyzes a table soon after a bulk load (the steady
  // state a real queue is in: statistics, a visibility map, hint bits set); SQLite has no
  // statistics unless someone runs ANALYZE, and Hookflow does not, so neither does this.
  if (url.startsWith("postgres")) await db.$executeRawUnsafe('VACUUM (ANALYZE) "Job"');
  return (performance.now() - started) / 1000;
}

const CLAIM_INDEXES = {
  partial: ["Job_queued_due_idx", "Job_running_lease_idx"],
  previous: ["Job_lane_status_runAt_idx", "Job_status_lockedUntil_idx"],
};

/** Megabytes the claims' indexes take (after the claims: a claimed job leaves the queued index). */
async function indexMegabytes(database: string, names: string[]): Promise<number> {
  const db = getDb();
  const rows =
    database === "sqlite"
      ? await db.$queryRawUnsafe<{ bytes: number | bigint }[]>(
          `SELECT sum(pgsize) AS bytes FROM dbstat WHERE name IN (${names.map(() => "?").join(", ")})`,
          ...names,
        )
      : await db.$queryRawUnsafe<{ bytes: number | bigint }[]>(
          "SELECT sum(pg_relation_size(indexrelid))::bigint AS bytes FROM pg_stat_user_indexes WHERE indexrelname = ANY($1::text[])",
          names,
        );
  return Number(rows[0]?.bytes ?? 0) / 1_048_576;
}

function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    max: sorted[sorted.length - 1],
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
  };
}

/**
 * Times the claims, each next to the run's ceiling: a transaction that reads one job by its id,
 * the cheapest database round trip a claim could be. Taken in turns, both see the same load.
 */
async function measure(database: string, indexes: string, fillS: number): Promise<Result> {
  const db = getDb();
  const workerId = `bench-${randomUUID().slice(0, 8)}`;
  const claimTimes: number[] = [];
  const baselineTimes: number[] = [];
  let claimed = 0;
  let lastId = "";
  for (let i = 0; i < WARMUP + CLAIMS; i++) {
    let started = performance.now();
    const jobs = await claimJobs({ lane: "webhook", workerId, limit: CLAIM_SIZE, perDestination: PER_DESTINATION });
    const claimMs = performance.now() - started;
    lastId = jobs[0]?.id ?? lastId;
    started = performance.now();
    await db.$transaction((tx) => tx.job.findUnique({ where: { id: lastId }, select: { id: true } }));
    const baselineMs = performance.now() - started;
    if (i >= WARMUP) {
      claimTimes.push(claimMs);
      baselineTimes.push(baselineMs);
      claimed += jobs.length;
    }
    // The jobs "run" and finish (untimed), as a worker's would.
    await db.$transaction((tx) =>
      completeJobs(
        tx,
        jobs.map((job) => job.id),
      ),
    );
  }
  const indexMb = await indexMegabytes(database, indexes.startsWith("partial") ? CLAIM_INDEXES.partial : CLAIM_INDEXES.previous);
  return { database, indexes, claim: stats(claimTimes), baseline: stats(baselineTimes), claimed, fillS, indexMb };
}

/** Puts back the indexes claims had before the partial ones (for BENCH_CLAIMS_COMPARE). */
async function previousIndexes() {
  const db = getDb();
  for (const statement of [
    'DROP INDEX "Job_queued_due_idx"',
    'DROP INDEX "Job_running_lease_idx"',
    'CREATE INDEX "Job_lane_status_runAt_idx" ON "Job"("lane", "status", "runAt")',
    'CREATE INDEX "Job_status_lockedUntil_idx" ON "Job"("status", "lockedUntil")',
  ])
    await db.$executeRawUnsafe(statement);
}

const results: Result[] = [];
const cleanups: (() => void | Promise<void>)[] = [];
try {
  for (const database of databases) {
    let url: string;
    if (database === "sqlite") {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hookflow-bench-claims-"));
      cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
      url = `file:${path.join(dir, "bench.db")}`;
    } else if (database === "postgresql") {
      const given = process.env.BENCH_POSTGRES_URL || process.env.BENCH_DATABASE_URL;
      if (given) url = given;
      else {
        const server = await startPostgres({ port: positiveInt("BENCH_POSTGRES_PORT", 0) || 0 });
        cleanups.push(server.stop);
        url = server.url;
      }
    } else throw new Error(`BENCH_CLAIMS_DATABASES: unknown database "${database}" (sqlite, postgresql)`);
    console.error(`${database}: filling ${DONE_JOBS.toLocaleString("en")} done and ${QUEUED_JOBS.toLocaleString("en")} queued jobs…`);
    const fillS = await prepare(url);
    console.error(`${database}: filled in ${fillS.toFixed(1)} s; ${CLAIMS} claims of ${CLAIM_SIZE}…`);
    results.push(await measure(database, "partial (this version)", fillS));
    if (compare) {
      await previousIndexes();
      if (database === "postgresql") await getDb().$executeRawUnsafe('VACUUM (ANALYZE) "Job"');
      results.push(await measure(database, "previous (full)", fillS));
    }
    await getDb().$disconnect();
  }
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup();
}

const ms = (n: number) => `${n.toFixed(2)} ms`.padStart(10);
console.log(
  `\nclaimJobs() with ${DONE_JOBS.toLocaleString("en")} DONE and ${QUEUED_JOBS.toLocaleString("en")} due QUEUED jobs: ${CLAIMS} claims of ${CLAIM_SIZE} (webhook lane, ${DESTINATIONS} destinations, ${PER_DESTINATION} each).`,
);
console.log("ceiling: a transaction reading one job by id, timed in turns with the claims (same load); index MB: the claims' two indexes.");
console.log(
  `${"database".padEnd(11)}${"indexes".padEnd(24)}${"p50".padStart(10)}${"p99".padStart(10)}${"max".padStart(10)}${"ceil p50".padStart(10)}${"ceil p99".padStart(10)}  p50 ×ceil  p99 ×ceil  claimed  index MB  fill`,
);
for (const r of results)
  console.log(
    `${r.database.padEnd(11)}${r.indexes.padEnd(24)}${ms(r.claim.p50)}${ms(r.claim.p99)}${ms(r.claim.max)}${ms(r.baseline.p50)}${ms(r.baseline.p99)}` +
      `${(r.claim.p50 / r.baseline.p50).toFixed(1).padStart(11)}${(r.claim.p99 / r.baseline.p99).toFixed(1).padStart(11)}${String(r.claimed).padStart(9)}${r.indexMb.toFixed(1).padStart(10)}  ${r.fillS.toFixed(0)} s`,
  );
// Rows of npm run bench's table (bench/run.mjs): the figures of this version's indexes.
writeRows(
  results
    .filter((r) => r.indexes.startsWith("partial"))
    .map((r) => ({
      measurement: `claim of ${CLAIM_SIZE}, ${r.database}, ${DONE_JOBS.toLocaleString("en")} DONE + ${QUEUED_JOBS.toLocaleString("en")} QUEUED jobs`,
      value: `p50 ${r.claim.p50.toFixed(1)} ms, p99 ${r.claim.p99.toFixed(1)} ms`,
      ratio: `p99 ${(r.claim.p99 / r.baseline.p99).toFixed(1)}× ceil`,
      aim: `p99 ≤ ${AIM_P99_MS} ms`,
      met: r.claim.p99 <= AIM_P99_MS,
    })),
);
const worst = Math.max(...results.filter((r) => r.indexes.startsWith("partial")).map((r) => r.claim.p99));
console.log(`aim: p99 <= ${AIM_P99_MS} ms: ${worst <= AIM_P99_MS ? "met" : "NOT met"} (worst p99 ${worst.toFixed(2)} ms)`);
