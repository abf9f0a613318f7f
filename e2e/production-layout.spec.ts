import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { type APIRequestContext, expect, request } from "@playwright/test";
import pg from "pg";
import { type PostgresServer, startPostgres } from "../scripts/postgres-server.mjs";
import { ensureTestCertificates } from "../test/certs";
import { E2E_PORT, OWNER, SIGNED_OUT } from "./fixtures/accounts";
import { test } from "./fixtures/receiver";

// The production layout README describes ("Production layout"), on PostgreSQL: two web
// processes with HOOKFLOW_WORKER=off behind a (here imagined) load balancer, one
// `npm run worker` process, one database, the same HOOKFLOW_SECRET_KEY everywhere. The web
// processes are the build the other specs use, served by scripts/server.mjs on ports of
// their own; the worker is scripts/worker.ts, as `npm run worker` runs it.

const root = path.resolve(import.meta.dirname, "..");
const WEB_PORTS = [E2E_PORT + 2, E2E_PORT + 3];

type Process = { child: ChildProcess; log: () => string; stop: () => Promise<number | null> };

function startProcess(args: string[], env: NodeJS.ProcessEnv): Process {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: "pipe" });
  let log = "";
  child.stdout?.on("data", (chunk) => (log += chunk));
  child.stderr?.on("data", (chunk) => (log += chunk));
  return {
    child,
    log: () => log,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      child.kill("SIGTERM");
      return exited;
    },
  };
}

test.describe("production layout on PostgreSQL", () => {
  test.describe.configure({ timeout: 240_000 });
  let database: PostgresServer | undefined;
  const processes: Process[] = [];
  const contexts: APIRequestContext[] = [];

  test.afterEach(async () => {
    for (const context of contexts) await context.dispose();
    for (const p of processes) if (p.child.exitCode === null) p.child.kill("SIGKILL");
    database?.stop();
  });

  test("two web processes without runners and one worker share one database: a hook event sent to one is delivered by the worker and seen on the other", async ({
    receiver,
  }) => {
    database = await startPostgres();
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query('CREATE DATABASE "hookflow"').finally(() => admin.end());
    const url = new URL(database.url);
    url.pathname = "/hookflow";

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: url.toString(),
      // The same key for every process: sessions, API tokens and stored secrets are read by all of them.
      HOOKFLOW_SECRET_KEY: randomBytes(32).toString("base64"),
      HOOKFLOW_INSPECTOR: "off",
      HOOKFLOW_WORKER: "off",
      HOOKFLOW_BOOTSTRAP_NAME: OWNER.name,
      HOOKFLOW_BOOTSTRAP_EMAIL: OWNER.email,
      HOOKFLOW_BOOTSTRAP_PASSWORD: OWNER.password,
      HOOKFLOW_BOOTSTRAP_TOKEN: OWNER.token,
      // The worker delivers to the receiver of this process: it trusts the test CA and may reach localhost.
      NODE_EXTRA_CA_CERTS: ensureTestCertificates().ca,
      WEBHOOK_ALLOWED_PRIVATE_HOSTS: "localhost",
    };
    delete env.HOOKFLOW_SECRET_KEY_FILE;
    // What npm start does once before serving: migrate, seed, create the owner.
    execFileSync(path.join(root, "node_modules", ".bin", "tsx"), [path.join(root, "scripts", "seed-if-empty.ts")], {
      cwd: root,
      env,
      stdio: "pipe",
    });

    const webs = WEB_PORTS.map((port) => startProcess([path.join(root, "scripts", "server.mjs")], { ...env, PORT: String(port) }));
    const worker = startProcess(["--import", "tsx", path.join(root, "scripts", "worker.ts")], env);
    processes.push(...webs, worker);
    for (const [i, port] of WEB_PORTS.entries())
      await expect
        .poll(
          async () => {
            if (webs[i].child.exitCode !== null) throw new Error(`web process ${i} exited:\n${webs[i].log()}`);
            return fetch(`http://localhost:${port}/api/health`).then(
              async (r) => `${r.status} ${JSON.stringify(await r.json())}`,
              () => "down",
            );
          },
          { timeout: 60_000, intervals: [250] },
        )
        .toMatch(/^200 .*"database":"ok"/);
    await expect.poll(() => worker.log(), { timeout: 30_000 }).toMatch(/\[hookflow worker\] \S+ started/);

    const [webA, webB] = await Promise.all(
      WEB_PORTS.map((port) => {
        const context = request.newContext({
          baseURL: `http://localhost:${port}`,
          storageState: SIGNED_OUT,
          extraHTTPHeaders: { Authorization: `Bearer ${OWNER.token}` },
        });
        return context;
      }),
    );
    contexts.push(webA, webB);

    // A webhook-triggered workflow, made on web A.
    const created = await webA.post("/api/workflows", { data: { name: "Production layout", objectType: "contact" } });
    expect(created.status()).toBe(201);
    const workflow = await created.json();
    const saved = await webA.put(`/api/workflows/${workflow.id}`, {
      data: {
        revision: workflow.revision,
        enabled: true,
        trigger: { type: "WEBHOOK", recordMatch: { payloadPath: "email", property: "email" } },
        actions: [
          {
            id: "send",
            type: "SEND_WEBHOOK",
            config: {
              method: "POST",
              webhookUrl: `${receiver.url}/layout`,
              body: { type: "CUSTOM", fields: [{ key: "plan", source: { type: "TRIGGER", path: "plan" } }] },
            },
          },
        ],
      },
    });
    expect(saved.status(), await saved.text()).toBe(200);
    const { hookToken } = await (await webA.get(`/api/workflows/${workflow.id}`)).json();
    expect(hookToken).toBeTruthy();

    // The event reaches web B, which has no runner: the worker process delivers it.
    const accepted = await fetch(`http://localhost:${WEB_PORTS[1]}/api/hooks/${hookToken}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "ada@analytical-engines.example", plan: "enterprise" }),
    });
    expect(accepted.status).toBe(202);
    const { enrollmentId } = await accepted.json();
    await expect
      .poll(() => receiver.requests.filter((r) => r.path === "/layout").length, {
        timeout: 30_000,
        message: `worker log:\n${worker.log()}`,
      })
      .toBe(1);
    expect(JSON.parse(receiver.requests.find((r) => r.path === "/layout")!.body)).toEqual({ plan: "enterprise" });
    // Web A shows the run the worker finished.
    await expect
      .poll(async () => (await (await webA.get(`/api/enrollments/${enrollmentId}`)).json()).status, { timeout: 30_000 })
      .toBe("COMPLETED");

    // A session made by one web process is good on the other (one database, one key).
    const browserA = await request.newContext({ baseURL: `http://localhost:${WEB_PORTS[0]}`, storageState: SIGNED_OUT });
    contexts.push(browserA);
    const signIn = await browserA.post("/api/session", {
      data: { email: OWNER.email, password: OWNER.password },
      headers: { Origin: `http://localhost:${WEB_PORTS[0]}` },
    });
    expect(signIn.status(), await signIn.text()).toBe(200);
    const cookies = (await browserA.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const onB = await fetch(`http://localhost:${WEB_PORTS[1]}/api/session`, { headers: { cookie: cookies } });
    expect(onB.status).toBe(200);
    expect((await onB.json()).user.email).toBe(OWNER.email);

    // Graceful shutdown: the worker stops on SIGTERM and exits cleanly; with web A gone, web B still serves.
    expect(await worker.stop()).toBe(0);
    expect(worker.log()).toMatch(/stopping/);
    await webs[0].stop();
    const health = await fetch(`http://localhost:${WEB_PORTS[1]}/api/health`);
    expect(health.status).toBe(200);
  });
});
