import { defineConfig } from "prisma/config";

// The CLI is only used for `prisma generate` here (see scripts/prisma-generate.mjs);
// migrations are applied by scripts/migrate.mjs with Prisma's WebAssembly engine.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "node scripts/seed.mjs" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/hookflow.db" },
});
