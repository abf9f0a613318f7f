// Runs `prisma generate` without the native schema engine (see ENVIRONMENT notes in README),
// once per provider: lib/generated/prisma (SQLite, whose types the app uses) from
// prisma/schema.prisma, and lib/generated/prisma-pg (PostgreSQL) from the schema that
// scripts/prisma-schema.mjs derives from it. lib/db.ts picks one by DATABASE_URL.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { SQLITE_SCHEMA, writePostgresqlSchema } from "./prisma-schema.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, "scripts", "schema-engine-stub.sh"),
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const bin = path.join(root, "node_modules", "prisma", "build", "index.js");
for (const schema of [SQLITE_SCHEMA, writePostgresqlSchema()]) {
  const result = spawnSync(process.execPath, [bin, "generate", "--schema", path.relative(root, schema)], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
