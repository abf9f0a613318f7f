import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { Prisma as PostgresqlPrisma } from "@/lib/generated/prisma-pg/client";
import { databaseKind } from "./database-url";

// Reads that together make one picture (a run with its steps and attempts, a record with its
// history) must see one moment, however many queries Prisma splits them into (an `include` is a
// query of its own): the runner writes a step's new state and its attempt in one transaction, and
// a page must not show one without the other.
// - PostgreSQL: each statement of READ COMMITTED sees what was committed before it started, so two
//   queries can straddle a commit. REPEATABLE READ reads the whole transaction from the snapshot
//   of its first query; a transaction that only reads never fails for it.
// - SQLite: a read transaction sees one snapshot (WAL) and is serializable, the only level it
//   takes (Prisma refuses another). In one process it also waits for the client's open write
//   transaction (one connection, one transaction at a time) instead of reading its
//   uncommitted rows.

/** The isolation level Prisma is given: PostgreSQL's client knows REPEATABLE READ, SQLite's types do not. */
const REPEATABLE_READ = PostgresqlPrisma.TransactionIsolationLevel.RepeatableRead as unknown as Prisma.TransactionIsolationLevel;

/** Runs `read` in one transaction whose queries all see the same committed state. Only for reads. */
export function readSnapshot<T>(read: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  // maxWait: on SQLite the read queues behind the runner's write transactions (Prisma's default is 2 s).
  return db.$transaction(read, {
    maxWait: 10_000,
    timeout: 10_000,
    ...(databaseKind() === "postgresql" ? { isolationLevel: REPEATABLE_READ } : {}),
  });
}
