import fs from "node:fs";
import { db } from "@/lib/db";
import { databaseKind, databaseUrl, sqliteFilePath } from "@/lib/db/database-url";

/**
 * Whether the test file's database holds `text` anywhere. SQLite: the bytes of the database
 * file after a checkpoint (in any form SQLite keeps: rows, free pages, indexes). PostgreSQL:
 * the text of every row of every table of the database.
 */
export async function databaseHolds(text: string): Promise<boolean> {
  const url = databaseUrl();
  if (databaseKind(url) === "sqlite") {
    await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    return fs.readFileSync(sqliteFilePath(url)).includes(Buffer.from(text));
  }
  const tables = await db.$queryRaw<
    { name: string }[]
  >`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
  for (const { name } of tables) {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    const [{ found }] = await db.$queryRawUnsafe<{ found: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM ${quoted} AS t WHERE strpos(t::text, $1) > 0) AS found`,
      text,
    );
    if (found) return true;
  }
  return false;
}
