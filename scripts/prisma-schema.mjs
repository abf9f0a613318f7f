// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma: the same models with the
// PostgreSQL provider and the PostgreSQL client's output folder (lib/generated/prisma-pg).
// One Prisma schema has one provider; this keeps the SQLite schema the only one edited.
// Json fields become PostgreSQL `json`, not Prisma's default `jsonb`: like SQLite's text,
// `json` keeps a document as written (key order: a payload is shown and sent in the order it
// came or was configured; and the escape \u0000, which jsonb refuses). Hookflow never
// filters on JSON, so jsonb's operators and indexes are not missed.
// Run by scripts/prisma-generate.mjs (npm install, npm run db:generate) and by
// npm run db:migration:create.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const SQLITE_SCHEMA = path.join(root, "prisma", "schema.prisma");
export const POSTGRESQL_SCHEMA = path.join(root, "prisma", "postgresql", "schema.prisma");

/** The PostgreSQL schema's text for a SQLite schema's text. */
export function postgresqlSchema(source) {
  const replace = (text, pattern, replacement, what) => {
    if (!pattern.test(text)) throw new Error(`prisma/schema.prisma: cannot find the ${what} to rewrite for PostgreSQL`);
    return text.replace(pattern, replacement);
  };
  let text = replace(source, /(datasource db \{\s*provider\s*=\s*)"sqlite"/, '$1"postgresql"', "datasource's sqlite provider");
  text = replace(text, /(output\s*=\s*)"\.\.\/lib\/generated\/prisma"/, '$1"../../lib/generated/prisma-pg"', "client output");
  text = text.replace(/^(\s+\w+\s+Json\??)(?=\s|$)/gm, "$1 @db.Json");
  return `// GENERATED from prisma/schema.prisma by scripts/prisma-schema.mjs: do not edit.\n${text}`;
}

/** Writes the PostgreSQL schema; returns its path. */
export function writePostgresqlSchema() {
  const text = postgresqlSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
  fs.mkdirSync(path.dirname(POSTGRESQL_SCHEMA), { recursive: true });
  if (!fs.existsSync(POSTGRESQL_SCHEMA) || fs.readFileSync(POSTGRESQL_SCHEMA, "utf8") !== text) fs.writeFileSync(POSTGRESQL_SCHEMA, text);
  return POSTGRESQL_SCHEMA;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`Wrote ${path.relative(process.cwd(), writePostgresqlSchema())}`);
}
