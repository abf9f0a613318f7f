import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { IsolationLevel, SqlDriverAdapter, Transaction } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresqlPrismaClient } from "@/lib/generated/prisma-pg/client";
import { databaseKind, databaseUrl } from "@/lib/db/database-url";

// In WAL mode, synchronous=NORMAL syncs the log at checkpoints instead of at every commit:
// a commit stays atomic and the file consistent, but a power cut or OS crash (not a process
// crash) can lose the last commits. SQLite's recommended setting for WAL.
class TunedSqlite extends PrismaBetterSqlite3 {
  async connect() {
    const adapter = await super.connect();
    await adapter.executeScript("PRAGMA synchronous = NORMAL;");
    return takingTurnsWithTransactions(adapter);
  }
}

/**
 * SQLite runs on one connection per process, and the adapter sends a statement made outside a
 * transaction to it at once, even while a transaction of this process is open there: the
 * statement then joins that transaction. It reads the transaction's uncommitted writes, and its
 * own write is undone if the transaction rolls back, after its caller was told it was done
 * (lib/db/outside-transactions.test.ts). Here statements and transactions take turns, in the
 * order they come: a transaction holds the turn from its BEGIN to its COMMIT or ROLLBACK. (Code
 * inside a transaction must use the transaction's client, never `db`: it would wait for itself.)
 */
function takingTurnsWithTransactions(adapter: SqlDriverAdapter): SqlDriverAdapter {
  let last: Promise<void> = Promise.resolve();
  /** Waits for the turn; resolves to the function that passes it on. */
  const turn = (): Promise<() => void> => {
    let release!: () => void;
    const previous = last;
    last = new Promise<void>((resolve) => {
      release = resolve;
    });
    return previous.then(() => release);
  };
  const alone =
    <A, R>(run: (arg: A) => Promise<R>) =>
    async (arg: A): Promise<R> => {
      const release = await turn();
      try {
        return await run(arg);
      } finally {
        release();
      }
    };
  const startTransaction = adapter.startTransaction.bind(adapter);
  return Object.assign(adapter, {
    queryRaw: alone(adapter.queryRaw.bind(adapter)),
    executeRaw: alone(adapter.executeRaw.bind(adapter)),
    async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
      const release = await turn();
      try {
        const tx = await startTransaction(isolationLevel);
        const commit = tx.commit.bind(tx);
        const rollback = tx.rollback.bind(tx);
        return Object.assign(tx, {
          commit: () => commit().finally(release),
          rollback: () => rollback().finally(release),
        });
      } catch (error) {
        release();
        throw error;
      }
    },
  });
}

// Two generated clients from one schema (scripts/prisma-generate.mjs): a Prisma client is
// built for one provider. The SQLite client's types are the app's types; the PostgreSQL
// client has the same models, fields and methods (lib/db/two-clients.test.ts checks its
// models and fields against them), so it is used through the same type.
function createClient(): PrismaClient {
  const url = databaseUrl();
  if (databaseKind(url) === "postgresql") {
    const client = new PostgresqlPrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    return client as unknown as PrismaClient;
  }
  // timeout: how long a writer waits for SQLite's lock before giving up (ms).
  return new PrismaClient({ adapter: new TunedSqlite({ url, timeout: 10_000 }) });
}

// One client per process (and per hot reload in development).
const globalForDb = globalThis as unknown as { hookflowDb?: PrismaClient; hookflowDbUrl?: string };

export function getDb(): PrismaClient {
  const url = databaseUrl();
  if (!globalForDb.hookflowDb || globalForDb.hookflowDbUrl !== url) {
    globalForDb.hookflowDb = createClient();
    globalForDb.hookflowDbUrl = url;
  }
  return globalForDb.hookflowDb;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = getDb();
    const value = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
