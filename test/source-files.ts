import { readdirSync, statSync } from "node:fs";
import path from "node:path";

// The app's own source files, for tests that read the code (catalog keys used, errors made by hand):
// TypeScript under a folder, without tests, generated clients and dependencies.

export const REPO_ROOT = path.resolve(import.meta.dirname, "..");

/** Every .ts/.tsx file under `dir` (absolute paths), tests, lib/generated and node_modules left out. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === "generated" || name === "node_modules" ? [] : sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}
