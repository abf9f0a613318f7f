import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { buildSampleData } from "@/lib/crm/sample-data";
import { db } from "@/lib/db";
import { databaseKind, databaseUrl } from "@/lib/db/database-url";
import { PROVIDERS } from "@/lib/db/migrate";
import { webhookWorkflow } from "@/test/webhook-workflow";

// npm run db:reset, run for real (tsx, as npm runs it) on this file's database: a SQLite file in
// the "sqlite" project, a PostgreSQL database of the throwaway server in the "postgresql" one.
const run = (args: string[] = [], url = databaseUrl()) => {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/reset.ts", ...args], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
    timeout: 120_000,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

// Each run is a new Node process that loads Prisma's schema engine (seconds on a busy machine).
describe("npm run db:reset", { timeout: 240_000 }, () => {
  it(`empties the ${databaseKind()} database, migrates it and loads the sample data again`, async () => {
    const sample = buildSampleData();
    await webhookWorkflow();
    await db.$executeRawUnsafe('CREATE TABLE "Stray" ("id" INTEGER)');
    await db.$executeRawUnsafe('INSERT INTO "Stray" ("id") VALUES (1)');
    await db.record.deleteMany({ where: { objectType: "deal" } });
    // The script empties what this process has open: on SQLite it deletes the file under an open connection.
    await db.$disconnect();

    const reset = run();
    expect(reset.stderr).toBe("");
    expect(reset.status).toBe(0);
    expect(reset.stdout).toMatch(
      databaseKind() === "postgresql"
        ? /^Dropped every table and all data in the public schema of database "hookflow_test_\w+" on 127\.0\.0\.1:\d+\.$/m
        : /^Deleted .*test\.db/m,
    );
    expect(reset.stdout).toContain(
      `Seeded sample data: ${sample.contacts.length} contacts, ${sample.companies.length} companies, ${sample.deals.length} deals, ${sample.tickets.length} tickets.`,
    );

    expect(await db.workflow.count()).toBe(0);
    expect(await db.record.count({ where: { objectType: "deal" } })).toBe(sample.deals.length);
    expect(await db.record.count({ where: { objectType: "contact" } })).toBe(sample.contacts.length);
    await expect(db.$queryRawUnsafe('SELECT COUNT(*) FROM "Stray"')).rejects.toThrow();
    const migrations = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL ORDER BY "migration_name"',
    );
    const folders = fs.readdirSync(PROVIDERS[databaseKind()].migrations, { withFileTypes: true });
    expect(migrations.map((m) => m.migration_name)).toEqual(
      folders
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort(),
    );
  });

  it("refuses PostgreSQL on another machine without --force, a ?schema= it would not empty, and unknown options, touching nothing", () => {
    const remote = run([], "postgresql://hookflow:s3cret-pw@db.example.com:5432/production");
    expect(remote.status).toBe(1);
    expect(remote.stderr).toContain('PostgreSQL on another machine (database "production" on db.example.com:5432)');
    expect(remote.stderr).toContain("Nothing was reset. If that is what you want, run: npm run db:reset -- --force");
    expect(remote.stderr + remote.stdout).not.toMatch(/s3cret|hookflow:/);

    const schema = run(["--force"], "postgresql://hookflow@127.0.0.1:1/hookflow?schema=crm");
    expect(schema.status).toBe(1);
    expect(schema.stderr).toContain('DATABASE_URL names the schema "crm", but Hookflow keeps its tables in the public schema');

    const typo = run(["--forse"]);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/Unknown option '--forse'[\s\S]*Usage: npm run db:reset \[-- --force\]/);
  });
});
