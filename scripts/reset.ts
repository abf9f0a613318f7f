// npm run db:reset: deletes the SQLite database at DATABASE_URL, recreates it and loads the sample data.
import "./check-config";
import fs from "node:fs";
import { databaseKind, databaseUrl, sqliteFilePath } from "../lib/db/database-url";
import { migrate } from "../lib/db/migrate";
import { db } from "../lib/db";
import { seed } from "../lib/crm/seed";

const url = databaseUrl();
let kind: ReturnType<typeof databaseKind>;
try {
  kind = databaseKind(url);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
if (kind !== "sqlite") {
  console.error(
    "npm run db:reset only deletes SQLite database files; DATABASE_URL points to PostgreSQL. " +
      "Drop and recreate that database yourself, then run npm run db:seed.",
  );
  process.exit(1);
}

const file = sqliteFilePath(url);
// -journal too: a crash in rollback-journal mode leaves one behind.
const removed = [file, `${file}-wal`, `${file}-shm`, `${file}-journal`].filter((f) => {
  if (!fs.existsSync(f)) return false;
  fs.rmSync(f);
  return true;
});
console.log(removed.length ? `Deleted ${removed.join(", ")}` : `No database at ${file}; creating one.`);

const applied = await migrate(url);
console.log(`Applied migrations: ${applied.join(", ") || "none"}`);

const counts = await seed(db);
console.log(
  `Seeded sample data: ${counts.contacts} contacts, ${counts.companies} companies, ${counts.deals} deals, ${counts.tickets} tickets.`,
);
await db.$disconnect();
