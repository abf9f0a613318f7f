// npm run db:migration:create -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that takes the existing migrations to prisma/schema.prisma.
import fs from "node:fs";
import path from "node:path";
import { MIGRATIONS_DIR, pendingSchemaSql } from "../lib/db/migrate";

const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:migration:create -- <name>   (e.g. add_hook_events)");
  process.exit(2);
}
const sql = await pendingSchemaSql();
if (!sql) {
  console.log("prisma/schema.prisma matches the migrations: nothing to create.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql`);
