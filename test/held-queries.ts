import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { afterEach } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQueryable } from "@prisma/driver-adapter-utils";
import { databaseKind, databaseUrl } from "@/lib/db/database-url";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresqlPrismaClient } from "@/lib/generated/prisma-pg/client";

// Interleaving a reader's queries with another connection's writes, deterministically: a Prisma
// client (a connection of its own, as another process would have) whose every query first awaits
// `beforeQuery(sql)`, in or out of a transaction. Installed as the app's `db` (lib/db.ts keeps one
// client per process in globalThis), lib code under test reads through it, and a test can commit
// a write between two of its queries.

type Hook = (sql: string) => Promise<void> | void;

function holding<Q extends SqlQueryable>(queryable: Q, beforeQuery: Hook): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    await beforeQuery(query.sql);
    return queryRaw(query);
  };
  return queryable;
}

function withHook(factory: SqlDriverAdapterFactory, beforeQuery: Hook): SqlDriverAdapterFactory {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter: SqlDriverAdapter = holding(await connect(), beforeQuery);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (level) => holding(await startTransaction(level), beforeQuery);
    return adapter;
  };
  return factory;
}

/** A new client on the test database whose queries await `beforeQuery` before they are sent. */
export function clientWithHeldQueries(beforeQuery: Hook): PrismaClient {
  const url = databaseUrl();
  if (databaseKind(url) === "postgresql")
    return new PostgresqlPrismaClient({
      adapter: withHook(new PrismaPg({ connectionString: url }), beforeQuery),
    }) as unknown as PrismaClient;
  return new PrismaClient({ adapter: withHook(new PrismaBetterSqlite3({ url, timeout: 10_000 }), beforeQuery) });
}

/** Makes lib/db.ts's `db` this client until the returned function puts the previous one back. */
export function installAsDb(client: PrismaClient): () => void {
  const global = globalThis as unknown as { hookflowDb?: PrismaClient; hookflowDbUrl?: string };
  const previous = { client: global.hookflowDb, url: global.hookflowDbUrl };
  global.hookflowDb = client;
  global.hookflowDbUrl = databaseUrl();
  return () => {
    global.hookflowDb = previous.client;
    global.hookflowDbUrl = previous.url;
  };
}

/**
 * For a test file: `hold(beforeQuery)` makes `db` a client with held queries (clientWithHeldQueries)
 * until `release()`, or the end of the test, when the app's client is put back and the held one
 * disconnected.
 */
export function heldReader(): { hold: (beforeQuery: Hook) => PrismaClient; release: () => void } {
  let restore: (() => void) | null = null;
  let reader: PrismaClient | null = null;
  const release = () => {
    restore?.();
    restore = null;
  };
  afterEach(async () => {
    release();
    await reader?.$disconnect();
    reader = null;
  });
  return {
    hold(beforeQuery) {
      reader = clientWithHeldQueries(beforeQuery);
      restore = installAsDb(reader);
      return reader;
    },
    release,
  };
}
