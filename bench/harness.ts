// What the measuring processes of `npm run bench` share: knobs, the receiver child process
// and its client, the benchmark's webhook configuration, runner processes, and the rows of
// the final table (appended as JSON lines to BENCH_RESULT_FILE, printed by bench/run.mjs).
import { type ChildProcess, fork, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SendWebhookConfig } from "@/lib/actions/send-webhook/send-webhook-config";
import { updateWorkflowSchema } from "@/lib/workflows/workflow-schema";
import { createWorkflow, updateWorkflow } from "@/lib/workflows/workflows";
import type { ReceiverCommand, ReceiverMessage } from "./receiver";

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.dirname(here);

export const positiveInt = (name: string, fallback: number) => {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/** Epoch milliseconds, sub-millisecond precision, the receiver's clock (see receiver.ts). */
export const now = () => performance.timeOrigin + performance.now();
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// ── rows of the final table ──
export type Row = {
  measurement: string;
  value: string;
  /** "1.00×", or with what it is a ratio to when that is not the ceiling: "1.93× 1 worker". */
  ratio?: string;
  aim?: string;
  /** null: reported, no aim. */
  met?: boolean | null;
};

export function writeRows(rows: Row[]) {
  const file = process.env.BENCH_RESULT_FILE;
  if (file) fs.appendFileSync(file, rows.map((row) => `${JSON.stringify(row)}\n`).join(""));
}

/** The q-quantile (0..1) of sorted numbers, nearest rank. */
export function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

// ── receiver child process ──
type Count = Extract<ReceiverMessage, { type: "count" }>;
type Arrival = Extract<ReceiverMessage, { type: "arrival" }>;
export type Receiver = {
  child: ChildProcess;
  url: string;
  /** What arrived since the last reset; `reset` starts counting over. */
  count(reset?: boolean): Promise<Count>;
  /** Answer late (a slow destination); 0 answers at once. */
  delay(ms: number): void;
  /** The next request's arrival, once watch(true) is on. */
  nextArrival(timeoutMs: number): Promise<Arrival>;
  watch(on: boolean): void;
  stop(): void;
};

export function startReceiver(): Promise<Receiver> {
  const child = fork(path.join(here, "receiver.ts"), [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const counts: ((m: Count) => void)[] = [];
  const arrivals: ((m: Arrival) => void)[] = [];
  const send = (command: ReceiverCommand) => child.send(command);
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the receiver exited early (code ${code})`)));
    child.on("message", (m: ReceiverMessage) => {
      if (m.type === "count") counts.shift()?.(m);
      else if (m.type === "arrival") arrivals.shift()?.(m);
      else
        resolve({
          child,
          url: m.url,
          count: (reset = false) =>
            new Promise<Count>((done) => {
              counts.push(done);
              send({ type: reset ? "reset" : "count" });
            }),
          delay: (ms) => send({ type: "delay", ms }),
          watch: (on) => send({ type: "watch", on }),
          nextArrival: (timeoutMs) =>
            new Promise<Arrival>((done, fail) => {
              const timer = setTimeout(() => fail(new Error(`no request reached the receiver within ${timeoutMs} ms`)), timeoutMs);
              arrivals.push((arrival) => {
                clearTimeout(timer);
                done(arrival);
              });
            }),
          stop: () => {
            child.removeAllListeners("exit");
            if (child.connected) child.disconnect();
          },
        });
    });
  });
}

// ── workflow under test: one POST with a small custom body ──
export function webhookConfig(url: string): SendWebhookConfig {
  return {
    method: "POST",
    webhookUrl: `${url}/bench`,
    authentication: { type: "NONE" },
    body: {
      type: "CUSTOM",
      fields: [
        { key: "email", source: { type: "PROPERTY", property: "email" } },
        { key: "firstname", source: { type: "PROPERTY", property: "firstname" } },
        { key: "source", source: { type: "STATIC", value: "hookflow-bench" } },
      ],
    },
    queryParams: [],
    outputs: [],
  };
}

export async function webhookWorkflow(name: string, config: SendWebhookConfig) {
  const wf = await createWorkflow({ name, objectType: "contact" });
  return updateWorkflow(
    wf.id,
    updateWorkflowSchema.parse({ revision: wf.revision, enabled: true, actions: [{ id: "send", type: "SEND_WEBHOOK", config }] }),
  );
}

/** The graphile-worker task that makes one delivery (bench/graphile-worker.ts). */
export const GRAPHILE_TASK = "deliver";

// ── processes that work the queue apart from this one ──
export type Process = { pid: number; stop: () => Promise<void> };
const running = new Set<ChildProcess>();
// Whatever way this process ends, runners it started do not outlive it.
process.on("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

function tracked(child: ChildProcess): Process {
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
      running.delete(child);
    },
  };
}

/**
 * `npm run worker` (scripts/worker.ts), as an operator starts it, with `env` added to this
 * process's environment (DATABASE_URL, lane sizes). Ready once it says it started.
 */
export function startWorkerProcess(env: Record<string, string>): Promise<Process> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "worker.ts")], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const process_ = tracked(child);
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`a worker process exited before it started (code ${code})`)));
    let buffered = "";
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const line of lines) {
        if (/\] worker-\S+ started$/.test(line)) resolve(process_);
        else if (!/ stopping…$/.test(line)) console.error(`  [worker ${child.pid}] ${line}`);
      }
    });
  });
}

/** A bench script of this folder in a child process that says `{ type: "ready" }` over IPC when it is. */
export function forkReady(script: string, env: Record<string, string>): Promise<Process> {
  const child = fork(path.join(here, script), [], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const process_ = tracked(child);
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`${script} exited before it was ready (code ${code})`)));
    child.once("message", () => resolve(process_));
  });
}
