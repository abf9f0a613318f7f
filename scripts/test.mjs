// npm test: Biome (lint + format check), knip (unused code), type check, Vitest (unit +
// integration on real SQLite), Playwright (real Chromium). Prints one closing line
// "N passed, N failed" over all suites and writes it to test-results/summary.txt for .ci/run.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const results = path.join(root, "test-results");
fs.rmSync(results, { recursive: true, force: true });
fs.mkdirSync(results, { recursive: true });
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const only = process.argv[2]; // optional: "unit" or "e2e"

let passed = 0;
let failed = 0;
const readJson = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
};

function step(name, command, args, extraEnv = {}) {
  console.log(`\n── ${name} ──`);
  return spawnSync(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: "inherit" }).status ?? 1;
}

if (!only) {
  // Each check counts as one test: passed when it finds nothing.
  for (const [name, command, args] of [
    ["Lint and format (Biome)", bin("biome"), ["ci", "."]],
    ["Unused files, exports and dependencies (knip)", bin("knip"), []],
    ["Type check", bin("tsc"), ["--noEmit", "-p", "."]],
  ]) {
    const status = step(name, command, args);
    status === 0 ? passed++ : failed++;
  }
}

if (!only || only === "unit") {
  const file = path.join(results, "vitest.json");
  const status = step("Unit and integration tests (Vitest)", bin("vitest"), [
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile=${file}`,
  ]);
  const report = readJson(file);
  passed += report?.numPassedTests ?? 0;
  failed += report?.numFailedTests ?? 0;
  if (status !== 0 && !report?.numFailedTests) failed++; // the run itself broke
}

if (!only || only === "e2e") {
  const file = path.join(results, "playwright.json");
  const status = step("End-to-end tests (Playwright, Chromium)", bin("playwright"), ["test", "--reporter=list,json"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: file,
  });
  const stats = readJson(file)?.stats;
  passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  failed += stats?.unexpected ?? 0;
  if (status !== 0 && !stats?.unexpected) failed++;
}

const summary = `${passed} passed, ${failed} failed`;
fs.writeFileSync(path.join(results, "summary.txt"), `${summary}\n`);
console.log(`\n${summary}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
