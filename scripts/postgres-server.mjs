// A throwaway PostgreSQL server for tests: `initdb` in a temporary folder, started on a
// loopback port, deleted on stop. Uses Debian's `postgresql` package (`.ci/run` installs it
// where missing); finds its programs with `pg_config --bindir` or /usr/lib/postgresql/*/bin.
// PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user.
import { execFile, execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

function binDir() {
  const candidates = [];
  try {
    candidates.push(execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim());
  } catch {}
  const debian = "/usr/lib/postgresql";
  if (fs.existsSync(debian))
    for (const version of fs.readdirSync(debian).sort((a, b) => Number(b) - Number(a))) candidates.push(path.join(debian, version, "bin"));
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, "initdb")) && fs.existsSync(path.join(dir, "pg_ctl")));
  if (!found) throw new Error("PostgreSQL's initdb was not found: install Debian's package (apt-get install -y postgresql).");
  return found;
}

/** A free loopback TCP port, trying `from` upwards (or any free port when `from` is 0). */
async function freePort(from) {
  for (let port = from; ; port++) {
    const ok = await new Promise((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(0));
      server.listen(port, "127.0.0.1", () => {
        const chosen = server.address().port;
        server.close(() => resolve(chosen));
      });
    });
    if (ok) return ok;
    if (from === 0 || port > from + 100) throw new Error(`no free port from ${from}`);
  }
}

/**
 * Starts a new cluster; `url` is the superuser's URL to its `postgres` database. `pause` stops
 * the server (fast mode), `resume` starts it again, `restart` does both.
 * `port`: where to start looking for a free port (0: any).
 */
export async function startPostgres({ port: from = 0 } = {}) {
  const bin = binDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hookflow-pg-"));
  const data = path.join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  const ids = asRoot
    ? { uid: Number(execFileSync("id", ["-u", "postgres"]).toString()), gid: Number(execFileSync("id", ["-g", "postgres"]).toString()) }
    : {};
  if (asRoot) fs.chownSync(dir, ids.uid, ids.gid);
  const run = (program, args) => {
    const result = spawnSync(path.join(bin, program), args, { cwd: dir, encoding: "utf8", ...ids });
    if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr || result.stdout || result.error}`);
  };
  run("initdb", ["-D", data, "-U", "hookflow", "--auth=trust", "--no-locale", "-E", "UTF8", "--no-sync"]);
  const port = await freePort(from);
  // Durability is not what tests measure: no fsync, so template copies and commits are quick.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
  run("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-o", options, "-w", "start"]);
  let stopped = false;
  // Stopped as an operator stops it (running transactions are cut off, clients' connections
  // closed) and started again on the same port with the same data, for tests of workers that
  // outlive their database. Asynchronous, so the caller's process (a test's receiver) keeps
  // answering meanwhile.
  const pgCtl = (args) => promisify(execFile)(path.join(bin, "pg_ctl"), ["-D", data, ...args], { cwd: dir, ...ids });
  const pause = () => pgCtl(["-m", "fast", "-w", "stop"]);
  const resume = () => pgCtl(["-l", path.join(dir, "server.log"), "-o", options, "-w", "start"]);
  const restart = async () => {
    await pause();
    await resume();
  };
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off("exit", stop);
    spawnSync(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], { cwd: dir, ...ids });
    fs.rmSync(dir, { recursive: true, force: true });
  };
  // Also when the process ends without calling stop (a crash in a test's global setup): no
  // server outlives the process that started it.
  process.on("exit", stop);
  return { url: `postgresql://hookflow@127.0.0.1:${port}/postgres`, port, stop, restart, pause, resume };
}
