// npm run db:reset: empties the database at DATABASE_URL (SQLite: deletes its file; PostgreSQL:
// drops everything in its public schema), migrates it again and loads the sample data.
// PostgreSQL on another machine is only reset with --force: a copied production URL must not
// empty a production database by accident.
import "./check-config";
import fs from "node:fs";
import { parseArgs } from "node:util";
import ipaddr from "ipaddr.js";
import { databaseKind, databaseUrl, sqliteFilePath } from "../lib/db/database-url";
import { migrate, resetPostgresql } from "../lib/db/migrate";
import { db } from "../lib/db";
import { seed } from "../lib/crm/seed";

const USAGE = "Usage: npm run db:reset [-- --force]   (--force: also reset a PostgreSQL database on another machine)";

function fail(message: string, code: 1 | 2 = 1): never {
  console.error(message);
  process.exit(code);
}

let force = false;
try {
  force = parseArgs({ options: { force: { type: "boolean" } }, strict: true, allowPositionals: false }).values.force === true;
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`, 2);
}

const url = databaseUrl();
let kind: ReturnType<typeof databaseKind>;
try {
  kind = databaseKind(url);
} catch (error) {
  fail((error as Error).message);
}

/** Where a PostgreSQL URL points, as people name it (never its user or password), and whether that is this machine. */
function postgresqlTarget(raw: string) {
  const parsed = new URL(raw);
  // pg takes a Unix socket folder from ?host=, or from an empty host (postgresql:///name).
  const socket = parsed.searchParams.get("host") ?? (parsed.hostname === "" ? "the default socket" : null);
  const host = parsed.hostname.replace(/^\[|\]$/g, "");
  const loopback = host === "localhost" || (ipaddr.isValid(host) && ipaddr.process(host).range() === "loopback");
  const local = socket !== null ? socket.startsWith("/") || socket === "the default socket" : loopback;
  const database = decodeURIComponent(parsed.pathname.slice(1)) || "(the user's default)";
  const where = socket !== null ? `socket ${socket}` : `${parsed.host}`;
  return { local, description: `database "${database}" on ${where}`, schema: parsed.searchParams.get("schema") };
}

if (kind === "sqlite") {
  const file = sqliteFilePath(url);
  // -journal too: a crash in rollback-journal mode leaves one behind.
  const removed = [file, `${file}-wal`, `${file}-shm`, `${file}-journal`].filter((f) => {
    if (!fs.existsSync(f)) return false;
    fs.rmSync(f);
    return true;
  });
  console.log(removed.length ? `Deleted ${removed.join(", ")}` : `No database at ${file}; creating one.`);
} else {
  const target = postgresqlTarget(url);
  // Hookflow's tables are in the public schema (its PostgreSQL client does not read ?schema=):
  // a URL naming another schema suggests data elsewhere, and public is not to be emptied on a guess.
  if (target.schema !== null && target.schema !== "public") {
    fail(
      `DATABASE_URL names the schema "${target.schema}", but Hookflow keeps its tables in the public schema and does not read ?schema=. ` +
        "Nothing was reset. Remove the parameter if the public schema is the one to empty.",
    );
  }
  if (!target.local && !force) {
    fail(
      `DATABASE_URL points to PostgreSQL on another machine (${target.description}). npm run db:reset would drop every table ` +
        "and all data in its public schema. Nothing was reset. If that is what you want, run: npm run db:reset -- --force",
    );
  }
  try {
    await resetPostgresql(url);
  } catch (error) {
    fail(`Could not reset ${target.description}: ${(error as Error).message}`);
  }
  console.log(`Dropped every table and all data in the public schema of ${target.description}.`);
}

const applied = await migrate(url);
console.log(`Applied migrations: ${applied.join(", ") || "none"}`);

const counts = await seed(db);
console.log(
  `Seeded sample data: ${counts.contacts} contacts, ${counts.companies} companies, ${counts.deals} deals, ${counts.tickets} tickets.`,
);
await db.$disconnect();
