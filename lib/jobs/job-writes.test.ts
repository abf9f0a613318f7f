import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Jobs are read and written only through lib/jobs (DESIGN.md): no other source file may touch
// the Job table, through Prisma (`tx.job.…`, `db.job.…`) or raw SQL (`"Job"`).
const root = path.resolve(import.meta.dirname, "..", "..");
const skip = new Set(["node_modules", "generated", ".next"]);

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return skip.has(entry.name) ? [] : sources(rel);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

describe("job writes", () => {
  it("happen only in lib/jobs", () => {
    const files = ["lib", "app", "scripts", "components"].filter((d) => fs.existsSync(path.join(root, d))).flatMap(sources);
    expect(files.length).toBeGreaterThan(20);
    const offenders = files
      .filter((file) => !file.startsWith(path.join("lib", "jobs") + path.sep))
      .flatMap((file) =>
        fs.readFileSync(path.join(root, file), "utf8").split("\n")
          .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
          .filter(({ line }) => /\b(?:tx|db)\.job\.|"Job"/.test(line))
          .map(({ at, line }) => `${at}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });
});
