import { describe, expect, inject, it } from "vitest";
import { pendingSchemaSql } from "./migrate";

// `npm run db:migration:create` after the last migration must find nothing to do, on each
// provider: prisma/schema.prisma and the migrations agree. This also holds the partial indexes on
// Job (written from the schema's `where: raw(...)`, preview feature "partialIndexes"): if the
// engine read them back differently from the schema, every new migration would drop and
// re-create them, or fail to read the database (lib/db/migrate.ts, readsPartialIndexes).
// Runs in both projects: on SQLite with a scratch file, on PostgreSQL with a scratch database on
// the test server.

describe("prisma/schema.prisma", () => {
  it("matches the migrations of this provider: a new migration would be empty", async () => {
    const template = inject("templateDb");
    const sql = template.kind === "sqlite" ? await pendingSchemaSql("sqlite") : await pendingSchemaSql("postgresql", template.serverUrl);
    expect(sql).toBe("");
  }, 120_000);
});
