// npm run db:migration:create -- <name>: writes <timestamp>_<name>/migration.sql into
// prisma/migrations (SQLite) and prisma/migrations-postgresql (PostgreSQL), each with the
// SQL that takes that provider's existing migrations to prisma/schema.prisma. The
// PostgreSQL diff runs on a scratch database: on the server of `--postgres=<url>` when given,
// else on a throwaway server started here (Debian's `postgresql` package).
import fs from "node:fs";
import path from "node:path";
import type { DatabaseKind } from "../lib/db/database-url";
import { PROVIDERS, pendingSchemaSql } from "../lib/db/migrate";
import { startPostgres } from "./postgres-server.mjs";
import { writePostgresqlSchema } from "./prisma-schema.mjs";

const args = process.argv.slice(2);
const given = args.find((arg) => arg.startsWith("--postgres="))?.slice("--postgres=".length);
const name = (args.find((arg) => !arg.startsWith("--")) ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:migration:create -- <name> [--postgres=postgresql://…]   (e.g. add_hook_events)");
  process.exit(2);
}
writePostgresqlSchema();
const sql: Record<DatabaseKind, string> = { sqlite: await pendingSchemaSql("sqlite"), postgresql: "" };
const server = given ? null : await startPostgres();
try {
  sql.postgresql = await pendingSchemaSql("postgresql", given || server?.url);
} finally {
  server?.stop();
}
if (!sql.sqlite && !sql.postgresql) {
  console.log("prisma/schema.prisma matches the migrations of both providers: nothing to create.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
for (const kind of ["sqlite", "postgresql"] as const) {
  if (!sql[kind]) {
    console.log(`${kind}: the migrations already match the schema.`);
    continue;
  }
  const dir = path.join(PROVIDERS[kind].migrations, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql[kind]);
  console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql`);
}
