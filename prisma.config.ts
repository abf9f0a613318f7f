import { defineConfig } from "prisma/config";

// The CLI is only used for `prisma generate` here (see scripts/prisma-generate.mjs, which
// names each provider's schema); migrations are applied by scripts/migrate.ts with Prisma's
// WebAssembly engine. On a machine where the native engine downloads, `prisma migrate
// deploy` reads the same folders: the PostgreSQL schema and migrations when DATABASE_URL is
// a postgresql:// URL.
const url = process.env.DATABASE_URL ?? "file:./data/hookflow.db";
const postgresql = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  schema: postgresql ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgresql ? "prisma/migrations-postgresql" : "prisma/migrations", seed: "tsx scripts/seed.ts" },
  datasource: { url },
});
