import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { Prisma as Sqlite } from "@/lib/generated/prisma/client";
import { Prisma as Postgresql } from "@/lib/generated/prisma-pg/client";
import { POSTGRESQL_SCHEMA, postgresqlSchema, SQLITE_SCHEMA } from "@/scripts/prisma-schema.mjs";

// lib/db.ts uses the PostgreSQL client through the SQLite client's types: both are
// generated from one schema (scripts/prisma-generate.mjs), and these checks keep it so.
describe("the SQLite and PostgreSQL clients", () => {
  it("are generated from the same models (prisma/postgresql/schema.prisma is current)", () => {
    expect(fs.readFileSync(POSTGRESQL_SCHEMA, "utf8")).toBe(postgresqlSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it("have the same models and fields", () => {
    const shape = (namespace: object) =>
      Object.fromEntries(Object.entries(namespace).filter(([name]) => name === "ModelName" || name.endsWith("ScalarFieldEnum")));
    expect(Object.keys(shape(Sqlite)).length).toBeGreaterThan(10);
    expect(shape(Postgresql)).toEqual(shape(Sqlite));
  });

  it("share the runtime's SQL fragments and errors, so code written against one works with the other", () => {
    expect(Postgresql.Sql).toBe(Sqlite.Sql);
    expect(Postgresql.PrismaClientKnownRequestError).toBe(Sqlite.PrismaClientKnownRequestError);
    expect(Postgresql.DbNull).toBe(Sqlite.DbNull);
    expect(Postgresql.JsonNull).toBe(Sqlite.JsonNull);
  });
});
