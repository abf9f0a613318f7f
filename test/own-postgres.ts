import pg from "pg";
import { seed } from "@/lib/crm/seed";
import { getDb } from "@/lib/db";
import { whileDatabaseAway } from "@/lib/db/database-away";
import { migrate } from "@/lib/db/migrate";
import { type PostgresServer, startPostgres } from "@/scripts/postgres-server.mjs";
import { withDatabase } from "./global-setup";

/**
 * A PostgreSQL server of the calling test file alone, with a migrated and seeded database
 * that becomes DATABASE_URL: for tests that stop or restart the server, which would break the
 * other files sharing the server of test/global-setup.ts.
 */
export async function startOwnPostgres(): Promise<{ server: PostgresServer; url: string }> {
  const server = await startPostgres();
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query('CREATE DATABASE "hookflow"').finally(() => admin.end());
  const url = withDatabase(server.url, "hookflow");
  process.env.DATABASE_URL = url;
  await migrate(url);
  await seed(getDb());
  return { server, url };
}

/** A test's own read while the server may be down or restarting: tried again until it is back (30 s at most). */
export const readThroughOutage = <T>(query: () => Promise<T>) => whileDatabaseAway(query, 30_000);
