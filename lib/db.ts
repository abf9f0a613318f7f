import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
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
    return adapter;
  }
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
