import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// npm start's first step (scripts/start.mjs runs seed-if-empty.ts under tsx) stops on a
// bad variable, before it touches the database, with a message naming the variable.
describe("starting with a bad environment variable", () => {
  it("exits non-zero from seed-if-empty.ts, naming the variable and what is allowed", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hookflow-config-"));
    try {
      const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/seed-if-empty.ts"], {
        env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "start.db")}`, HOOKFLOW_PORTAL_ID: "abc" },
        encoding: "utf8",
        timeout: 30_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("HOOKFLOW_PORTAL_ID must be a whole number of at least 1");
      expect(result.stderr).toContain('got "abc"');
      expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
      expect(fs.existsSync(path.join(dir, "start.db"))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
