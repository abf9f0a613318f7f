import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type APIRequestContext, type Browser, expect, request, test } from "@playwright/test";
import { E2E_PORT, SIGNED_OUT } from "./fixtures/accounts";

// The first start (issue 11), on a server of its own: the same build as the other specs, run by
// scripts/server.mjs on the next port with a fresh, migrated database and no bootstrap variables,
// so nobody exists yet. Each test gets a new server, as each needs a database without an owner.

const root = path.resolve(import.meta.dirname, "..");
const PORT = E2E_PORT + 1;
const BASE = `http://localhost:${PORT}`;
const ADA = { name: "Ada Lovelace", email: "ada@setup.hookflow.test", password: "analytical engine notes" };

type FreshServer = { stop: () => Promise<void> };

async function startFreshServer(): Promise<FreshServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hookflow-setup-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(PORT),
    DATABASE_URL: `file:${path.join(dir, "setup.db")}`,
    HOOKFLOW_SECRET_KEY_FILE: path.join(dir, "secret.key"),
    // The other server's inspector and runner are enough; this one serves pages and the API.
    HOOKFLOW_INSPECTOR: "off",
    HOOKFLOW_WORKER: "off",
  };
  for (const name of Object.keys(env)) if (name.startsWith("HOOKFLOW_BOOTSTRAP_")) delete env[name];
  // What npm start does before the server: migrate (and seed) the database.
  execFileSync(path.join(root, "node_modules", ".bin", "tsx"), [path.join(root, "scripts", "seed-if-empty.ts")], {
    cwd: root,
    env,
    stdio: "pipe",
  });
  const server: ChildProcess = spawn(process.execPath, [path.join(root, "scripts", "server.mjs")], { cwd: root, env, stdio: "pipe" });
  let log = "";
  server.stdout?.on("data", (chunk) => (log += chunk));
  server.stderr?.on("data", (chunk) => (log += chunk));
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await expect
      .poll(
        async () => {
          if (server.exitCode !== null) throw new Error(`scripts/server.mjs exited:\n${log}`);
          return fetch(`${BASE}/api/health`).then(
            (r) => r.status,
            () => 0,
          );
        },
        { timeout: 60_000, intervals: [250] },
      )
      .toBe(200);
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
}

const signedOutContext = (browser: Browser) => browser.newContext({ baseURL: BASE, storageState: SIGNED_OUT });

test.describe("first start", () => {
  test.describe.configure({ mode: "serial", timeout: 180_000 });
  let server: FreshServer | undefined;
  test.afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  test("the browser creates the owner, signs out, signs in and comes back to the page it asked for", async ({ browser }) => {
    server = await startFreshServer();
    const context = await signedOutContext(browser);
    const page = await context.newPage();

    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });

    // No user yet: every page leads to "Create the owner account".
    await page.goto("/workflows");
    await expect(page).toHaveURL(`${BASE}/setup`);
    await page.getByLabel("Name").fill(ADA.name);
    await page.getByLabel("Email").fill(ADA.email);
    await page.getByLabel("Password", { exact: true }).fill(ADA.password);
    await page.getByLabel("Confirm password").fill(ADA.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(`${BASE}/workflows`);
    await expect(page.getByRole("heading", { level: 1, name: "Workflows" })).toBeVisible();
    expect((await (await page.request.get("/api/session")).json()).user).toMatchObject({ name: ADA.name, email: ADA.email, role: "OWNER" });

    // Setup happens once: the page now sends people to sign in, the API says 409.
    const again = await page.request.post("/api/setup", {
      data: { name: "Eve", email: "eve@setup.hookflow.test", password: "another long passphrase" },
    });
    expect(again.status()).toBe(409);
    expect((await again.json()).error.code).toBe("ALREADY_SET_UP");

    // Sign out (the profile page) → sign-in; a page opened directly → sign-in → back on that page.
    await page.goto("/profile");
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    expect((await page.request.get("/api/session")).status()).toBe(401);
    await page.goto("/setup");
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto("/records");
    await expect(page).toHaveURL(`${BASE}/sign-in?next=%2Frecords`);
    await page.getByLabel("Email").fill(ADA.email);
    await page.getByLabel("Password").fill(ADA.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${BASE}/records`);
    await expect(page.getByRole("heading", { level: 1, name: "Records" })).toBeVisible();

    // Nothing the pages ran was refused by their Content-Security-Policy.
    expect(violations).toEqual([]);
    await context.close();
  });

  test("pages send the security headers, and their scripts run under that policy", async ({ browser }) => {
    server = await startFreshServer();
    const context = await signedOutContext(browser);
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto("/setup");
    const headers = response?.headers() ?? {};
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    // Each page gets its own nonce.
    const other = (await page.request.get("/setup")).headers()["content-security-policy"];
    expect(other).not.toBe(headers["content-security-policy"]);

    // The page is interactive, so React's scripts ran: the form checks the fields as you submit.
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Enter a name.")).toBeVisible();
    await expect(page).toHaveURL(`${BASE}/setup`);
    // Every script the page was served with carries this response's nonce; nothing was refused.
    const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"])?.[1];
    const scripts = (await response?.text())?.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    expect(violations).toEqual([]);
    await context.close();
  });

  test("two setups at once make one owner; cross-site changes need a token, not the cookie", async () => {
    server = await startFreshServer();
    const callers = await Promise.all([1, 2].map(() => request.newContext({ baseURL: BASE, storageState: SIGNED_OUT })));
    const answers = await Promise.all(
      callers.map((caller, i) =>
        caller.post("/api/setup", { data: { name: `Owner ${i}`, email: `owner${i}@setup.hookflow.test`, password: ADA.password } }),
      ),
    );
    expect(answers.map((a) => a.status()).sort()).toEqual([201, 409]);
    const owner = callers[answers.findIndex((a) => a.status() === 201)] as APIRequestContext;

    const workflow = { name: "Cross-site check", objectType: "contact" };
    // The session cookie from another site: refused.
    const crossSite = await owner.post("/api/workflows", { data: workflow, headers: { Origin: "https://evil.example" } });
    expect(crossSite.status()).toBe(403);
    expect((await crossSite.json()).error.code).toBe("CROSS_SITE_REQUEST");
    const fetchSite = await owner.post("/api/workflows", { data: workflow, headers: { "Sec-Fetch-Site": "cross-site" } });
    expect(fetchSite.status()).toBe(403);
    // From the app's own origin: accepted.
    expect((await owner.post("/api/workflows", { data: workflow, headers: { Origin: BASE } })).status()).toBe(201);

    // An API token is sent on purpose, so its requests may come from anywhere.
    const created = await owner.post("/api/tokens", { data: { name: "Cross-site", role: "EDITOR" }, headers: { Origin: BASE } });
    expect(created.status()).toBe(201);
    const { token } = await created.json();
    const api = await request.newContext({ baseURL: BASE, storageState: SIGNED_OUT });
    const withToken = await api.post("/api/workflows", {
      data: workflow,
      headers: { Origin: "https://evil.example", Authorization: `Bearer ${token}` },
    });
    expect(withToken.status()).toBe(201);

    // The server sets the client address from the connection: an X-Forwarded-For a client sends
    // is not believed (scripts/server.mjs), so it cannot dodge the per-address sign-in throttle.
    const failed = await api.post("/api/session", {
      data: { email: "nobody@setup.hookflow.test", password: "not the password" },
      headers: { "X-Forwarded-For": "203.0.113.66" },
    });
    expect(failed.status()).toBe(401);
    const audit = await (await owner.get("/api/audit-log?action=signin.failed")).json();
    expect(audit.entries[0].summary).toContain("nobody@setup.hookflow.test");
    expect(audit.entries[0].ip).toMatch(/^(127\.0\.0\.1|::1)$/);
    for (const context of [...callers, api]) await context.dispose();
  });
});
