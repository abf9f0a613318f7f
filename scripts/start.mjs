// npm start: migrate and seed the database on first start, build the app when its
// sources changed since the last build, then serve it on PORT (default 3000).
import { spawnSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const port = process.env.PORT || "3000";
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Fingerprint of everything that goes into the build: size and mtime of each source file.
function sourceFingerprint() {
  const hash = createHash("sha256");
  // next-env.d.ts is written by the build itself: counting it would rebuild on the next start.
  // bench/ is not part of the app: editing a benchmark must not rebuild the app it measures.
  const skip = new Set(["node_modules", ".next", "data", ".git", "test-results", "playwright-report", "e2e", "bench", "next-env.d.ts"]);
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (skip.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(tsx?|css|json|mjs|prisma)$/.test(entry.name)) {
        const stat = fs.statSync(full);
        hash.update(`${path.relative(root, full)}:${stat.size}:${stat.mtimeMs}\n`);
      }
    }
  };
  walk(root);
  return hash.digest("hex");
}

run(bin("tsx"), [path.join(root, "scripts", "seed-if-empty.ts")]);

const stamp = path.join(root, ".next", "hookflow-source.sha256");
const fingerprint = sourceFingerprint();
const built = fs.existsSync(path.join(root, ".next", "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === fingerprint;
if (!built) {
  console.log("Building Hookflow (first start or sources changed)…");
  run(bin("next"), ["build"]);
  fs.writeFileSync(stamp, fingerprint);
}

console.log(`Hookflow is starting on http://localhost:${port}`);
// Our own server (scripts/server.mjs) rather than next start: it sets the client address from the connection.
const server = spawn(process.execPath, [path.join(root, "scripts", "server.mjs")], {
  cwd: root,
  env: { ...env, PORT: port },
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
