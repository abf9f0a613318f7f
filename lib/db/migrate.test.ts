import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrate } from "./migrate";

// Starting Hookflow while a worker (or another web process) has the database open: with
// nothing to apply, migrate must not need the engine's exclusive lock.

const require = createRequire(import.meta.url);
const Database = require("better-sqlite3");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hookflow-migrate-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("migrate", () => {
  it("applies every migration to a new file, then starts beside a process holding the database open", async () => {
    const url = `file:${path.join(dir, "fresh.db")}`;
    const applied = await migrate(url);
    expect(applied.length).toBeGreaterThan(3);
    expect(applied).toContain("20261128154744_request_inspector");

    const other = new Database(path.join(dir, "fresh.db"));
    try {
      other.prepare("SELECT count(*) FROM Workflow").get();
      expect(await migrate(url)).toEqual([]);
    } finally {
      other.close();
    }
  });

  it("says which processes to stop when a pending migration cannot get the lock", async () => {
    const file = path.join(dir, "pending.db");
    const url = `file:${file}`;
    await migrate(url);
    const other = new Database(file);
    try {
      const last = other.prepare("SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1").get();
      other.prepare("DELETE FROM _prisma_migrations WHERE migration_name = ?").run(last.migration_name);
      await expect(migrate(url)).rejects.toThrow(/another process has the database open .* Stop them/);
    } finally {
      other.close();
    }
  });
});
