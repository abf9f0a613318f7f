import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_TYPES } from "@/lib/actions/action-registry";

// The shape DESIGN.md and the README promise, checked on the source tree: each rule names the
// one place where something may happen, and lists every line elsewhere that does it.
const root = path.resolve(import.meta.dirname, "..");
const skip = new Set(["node_modules", "generated", ".next"]);

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return skip.has(entry.name) ? [] : sources(rel);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

const files = [...["lib", "app", "scripts", "components"].flatMap(sources), "proxy.ts"];

/** Every line of a file outside `allowed` that matches `pattern`, as "file:line: text". */
function offenders(pattern: RegExp, allowed: (file: string) => boolean): string[] {
  return files
    .filter((file) => !allowed(file.split(path.sep).join("/")))
    .flatMap((file) =>
      fs
        .readFileSync(path.join(root, file), "utf8")
        .split("\n")
        .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
        .filter(({ line }) => pattern.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
}

describe("the source tree", () => {
  it("is scanned", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('writes and reads jobs only in lib/jobs (Prisma\'s tx.job / db.job, or raw SQL on "Job")', () => {
    expect(offenders(/\b(?:tx|db)\.job\.|"Job"/, (file) => file.startsWith("lib/jobs/"))).toEqual([]);
  });

  it("reads environment variables only in lib/config.ts (NODE_ENV is Next's, replaced at build time, not configuration)", () => {
    expect(offenders(/process\.env\b(?!\.NODE_ENV\b)/, (file) => file === "lib/config.ts")).toEqual([]);
  });

  it("names an action type only in its own folders and the three registries", () => {
    const registries = new Set([
      "lib/actions/action-registry.ts",
      "lib/actions/action-executors.ts",
      "components/actions/action-views.tsx",
    ]);
    const typeFolder = /^(lib|components)\/actions\/[^/]+\//;
    expect(ACTION_TYPES.length).toBeGreaterThan(3);
    const name = new RegExp(`["'\`](?:${ACTION_TYPES.join("|")})["'\`]|\\b(?:${ACTION_TYPES.join("|")}):`);
    expect(offenders(name, (file) => registries.has(file) || typeFolder.test(file))).toEqual([]);
  });
});
