import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { tokenAs } from "./fixtures/accounts";
import { uniqueName } from "./unique-name";

// Hostile input against the real server, for every route under app/api (found from the
// files, so a new route is covered without touching this spec): malformed JSON, wrong
// types, huge and deeply nested bodies, prototype keys, NUL bytes, bad percent-encoding in
// path and query, other content types, every method. No answer may be a 5xx, and every 4xx
// must be the JSON error shape with a message that says what to fix.

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const apiDir = path.join(process.cwd(), "app", "api");

function routeTemplates(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") found.push(`/api/${path.relative(apiDir, dir).split(path.sep).join("/")}`);
    }
  };
  walk(apiDir);
  return found.map((route) => route.replace(/\/$/, "")).sort();
}

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const nestedObject = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

type Body = { name: string; contentType?: string; data?: string | Buffer };
const BODIES: Body[] = [
  { name: "no body" },
  { name: "malformed JSON", contentType: "application/json", data: '{"name": ' },
  { name: "empty JSON body", contentType: "application/json", data: "" },
  { name: "JSON null", contentType: "application/json", data: "null" },
  { name: "JSON array", contentType: "application/json", data: "[1,2,3]" },
  { name: "JSON string", contentType: "application/json", data: '"text"' },
  {
    name: "wrong types",
    contentType: "application/json",
    data: JSON.stringify({
      name: 5,
      objectType: ["contact"],
      revision: "1",
      enabled: "yes",
      recordId: "x",
      recordIds: {},
      value: 7,
      trigger: 3,
      actions: "none",
      response: [],
    }),
  },
  {
    name: "prototype keys",
    contentType: "application/json",
    data: '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "toString": 1, "valueOf": "x", "hasOwnProperty": null, "name": "constructor", "recordId": 1}',
  },
  {
    name: "prototype keys deep",
    contentType: "application/json",
    data: '{"revision": 1, "trigger": {"type": "WEBHOOK", "sample": {"__proto__": {"a": 1}, "constructor": 1}}, "actions": [{"id": "__proto__", "type": "constructor", "config": {"__proto__": 1}}]}',
  },
  {
    name: "NUL bytes",
    contentType: "application/json",
    data: JSON.stringify({ name: "a\u0000b", value: "\u0000", objectType: "contact\u0000", recordId: 1 }),
  },
  { name: "deep array (10,000)", contentType: "application/json", data: nested(10_000) },
  { name: "deep object (3,000)", contentType: "application/json", data: nestedObject(3_000) },
  {
    name: "deep trigger sample",
    contentType: "application/json",
    data: `{"revision": 1, "trigger": {"type": "WEBHOOK", "sample": ${nestedObject(10_000)}}}`,
  },
  {
    name: "many keys",
    contentType: "application/json",
    data: JSON.stringify(Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i]))),
  },
  { name: "huge body (2 MiB)", contentType: "application/json", data: JSON.stringify({ name: "x".repeat(2 * 1024 * 1024) }) },
  { name: "text/plain", contentType: "text/plain", data: "name=x" },
  {
    name: "cross-site style form",
    contentType: "application/x-www-form-urlencoded",
    data: "name=x&constructor=1&toString=2&__proto__=3&valueOf=4&hasOwnProperty=5&isPrototypeOf=6&__defineGetter__=7",
  },
  { name: "binary", contentType: "application/octet-stream", data: Buffer.from([0, 255, 254, 0, 1, 2]) },
];

const BAD_QUERIES = [
  "?q=%",
  "?objectType=%E0%A4%A",
  "?limit=%C0%AF&cursor=%",
  "?limit=-1&status=%00",
  "?limit=99999999999999999999&cursor=constructor",
  "?__proto__=1&constructor=2",
];
const BAD_SEGMENTS = ["%25", "%00", "constructor", "__proto__", "..%2F..%2Fetc", "x".repeat(3000), "%E2%82%AC"];

async function expectHandled(response: APIResponse, what: string) {
  const status = response.status();
  // Soft: one run lists every route and input that fails, not just the first.
  expect.soft(status, `${what} answered ${status}`).toBeLessThan(500);
  if (status >= 400) {
    const text = await response.text();
    let body: { error?: { code?: unknown; message?: unknown } } | undefined;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    expect.soft(body?.error, `${what} answered ${status} without the JSON error shape: ${text.slice(0, 200)}`).toBeTruthy();
    expect.soft(typeof body?.error?.code, `${what}: error.code`).toBe("string");
    expect.soft(String(body?.error?.message ?? "").length, `${what}: error.message`).toBeGreaterThan(10);
  }
}

/** Real ids for every route parameter, so requests get past "not found" into body handling. */
async function fixtures(request: APIRequestContext, name: string): Promise<Record<string, string>> {
  const ok = async (response: APIResponse) => {
    expect(response.ok(), await response.text()).toBe(true);
    return response.json();
  };
  const secretName = `CORPUS_${Date.now()}`;
  await ok(await request.post("/api/secrets", { data: { name: secretName, value: "corpus-secret-value-123456" } }));
  const app = await ok(await request.post("/api/apps", { data: { name } }));
  const workflow = await ok(await request.post("/api/workflows", { data: { name, objectType: "contact" } }));
  const saved = await ok(
    await request.put(`/api/workflows/${workflow.id}`, {
      data: {
        revision: workflow.revision,
        trigger: {
          type: "WEBHOOK",
          verification: { type: "HMAC_SHA256", secretName },
          recordMatch: { payloadPath: "email", property: "email", whenMissing: "REJECT", createProperties: [] },
        },
        startActionId: "hook",
        // Port 1 on localhost (allowed in the e2e server): nothing listens, nothing leaves the machine.
        actions: [{ id: "hook", type: "SEND_WEBHOOK", config: { method: "POST", webhookUrl: "https://localhost:1/corpus" } }],
      },
    }),
  );
  await ok(await request.put(`/api/workflows/${workflow.id}`, { data: { revision: saved.revision, enabled: true } }));
  const { enrollmentId } = await ok(await request.post(`/api/workflows/${workflow.id}/enrollments`, { data: { recordId: 1 } }));
  const bin = await ok(await request.post("/api/inspector/bins", { data: { name } }));
  return {
    appId: String(app.appId),
    id: workflow.id,
    actionId: "hook",
    token: saved.hookToken ?? (await ok(await request.get(`/api/workflows/${workflow.id}`))).hookToken,
    name: secretName,
    captureId: "1",
    objectType: "contact",
    path: "nothing/here",
    enrollment: enrollmentId,
    bin: bin.id,
  };
}

function fill(template: string, ids: Record<string, string>): string {
  return template
    .replace(/\[\.\.\.path\]/, ids.path)
    .replace(/^\/api\/enrollments\/\[id\]/, `/api/enrollments/${ids.enrollment}`)
    .replace(/^\/api\/inspector\/bins\/\[id\]/, `/api/inspector/bins/${ids.bin}`)
    .replace(/^\/api\/inspector\/capture-urls\/\[id\]/, `/api/inspector/capture-urls/${ids.bin}`)
    .replace(/\[(\w+)\]/g, (_, param: string) => encodeURIComponent(ids[param] ?? "unknown"));
}

test("every API route answers hostile input with a 4xx JSON error, never a 5xx", async ({ baseURL }, testInfo) => {
  // Thousands of requests, growing with the routes: about 3 minutes on 2 idle cores, more on a busy machine.
  test.setTimeout(420_000);
  // A fresh Owner's API token, not the specs' shared session: the corpus calls every route,
  // sign out and sign out everywhere included, which would end that session for the specs after it.
  const request = await tokenAs("OWNER", baseURL);
  const templates = routeTemplates();
  expect(templates.length).toBeGreaterThan(15);
  const ids = await fixtures(request, uniqueName("Corpus", testInfo, " "));

  // Deletions last, so the other requests find the fixtures still there.
  const order = [...METHODS.filter((m) => m !== "DELETE"), "DELETE"] as const;
  let sent = 0;
  for (const method of order) {
    for (const template of templates) {
      const url = fill(template, ids);
      const bodies = method === "GET" || method === "DELETE" ? BODIES.slice(0, 2) : BODIES;
      for (const body of bodies) {
        const response = await request.fetch(url, {
          method,
          headers: body.contentType ? { "content-type": body.contentType } : {},
          data: body.data,
          failOnStatusCode: false,
        });
        await expectHandled(response, `${method} ${template} with ${body.name}`);
        sent++;
      }
      for (const query of BAD_QUERIES) {
        await expectHandled(await request.fetch(url + query, { method, failOnStatusCode: false }), `${method} ${template}${query}`);
        sent++;
      }
      // Each parameter replaced by hostile segments.
      for (const param of template.match(/\[[^\]]+\]/g) ?? []) {
        for (const segment of BAD_SEGMENTS) {
          const bad = fill(template.replace(param, "__SEGMENT__"), ids).replace("__SEGMENT__", segment);
          await expectHandled(await request.fetch(bad, { method, failOnStatusCode: false }), `${method} ${bad.slice(0, 120)}`);
          sent++;
        }
      }
    }
  }
  // Bad percent-encoding in every position the issue found, API and pages.
  for (const url of [
    "/api/records/%E0%A4%A",
    "/api/records/%",
    "/api/records/%C0%AF",
    "/api/secrets/%",
    "/api/workflows/%E0/enrollments",
  ]) {
    const response = await request.get(url, { failOnStatusCode: false });
    expect(response.status(), url).toBe(400);
    await expectHandled(response, url);
  }
  for (const url of ["/records/%", "/workflows/%E0%A4%A", "/settings/%C0%AF"]) {
    const response = await request.get(url, { failOnStatusCode: false });
    expect(response.status(), url).toBe(400);
    expect(await response.text()).toContain("broken %-escape");
  }
  testInfo.annotations.push({ type: "requests", description: String(sent) });
  expect(sent).toBeGreaterThan(1000);
  await request.dispose();
});

/**
 * The methods a route file handles itself (otherMethods answers the rest with 405); an alias that
 * re-exports another route's handlers (the old /api/inspector/bins paths) handles what that route does.
 */
function handledMethods(routeFile: string): string[] {
  const source = fs.readFileSync(routeFile, "utf8");
  const alias = source.match(/^export \{[^}]*\} from "(\.[^"]+)";/m);
  if (alias) return handledMethods(path.join(path.dirname(routeFile), `${alias[1]}.ts`));
  return METHODS.filter((m) => new RegExp(`^export const ${m}\\b`, "m").test(source));
}

test("every route answers methods it does not take with a JSON 405 naming the ones it does", async ({ request }) => {
  for (const template of routeTemplates()) {
    if (template.includes("[...path]")) continue;
    const real = handledMethods(path.join(apiDir, template.replace(/^\/api\/?/, ""), "route.ts"));
    expect(real.length, template).toBeGreaterThan(0);
    for (const method of METHODS.filter((m) => !real.includes(m))) {
      const url = template.replace(/\[(\w|\.)+\]/g, "x");
      const response = await request.fetch(url, { method, failOnStatusCode: false });
      expect(response.status(), `${method} ${template}`).toBe(405);
      const body = await response.json();
      expect(body.error.code).toBe("METHOD_NOT_ALLOWED");
      expect(response.headers()["allow"]).toBe(real.join(", "));
    }
  }
});

test("a form on another site's page cannot change state: rotate a secret, replace a hook URL, retry a run", async ({
  page,
  request,
  baseURL,
}, testInfo) => {
  const ids = await fixtures(request, uniqueName("Cross-site", testInfo, " "));
  const appOf = async () =>
    (await (await request.get("/api/apps")).json()).apps.find((a: { appId: number }) => String(a.appId) === ids.appId);
  const before = await appOf();
  // The attacker's page: plain HTML on another origin whose form posts to Hookflow.
  const attacker = http.createServer((req, res) => {
    const target = new URL(req.url!, "http://x").searchParams.get("target")!;
    res.writeHead(200, { "content-type": "text/html" });
    res.end(
      `<form method="POST" action="${baseURL}${target}"><input name="x" value="1"></form><script>document.forms[0].submit()</script>`,
    );
  });
  await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
  try {
    const port = (attacker.address() as AddressInfo).port;
    for (const target of [
      `/api/apps/${ids.appId}/rotate-secret`,
      `/api/workflows/${ids.id}/hook-token`,
      `/api/enrollments/${ids.enrollment}/retry`,
    ]) {
      const answer = page.waitForResponse((response) => response.url().endsWith(target));
      await page.goto(`http://127.0.0.1:${port}/?target=${encodeURIComponent(target)}`);
      const response = await answer;
      expect(response.status(), target).toBe(403);
      expect((await response.json()).error.code).toBe("CROSS_SITE_REQUEST");
    }
  } finally {
    attacker.close();
  }
  expect((await appOf()).secretRotatedAt).toBe(before.secretRotatedAt);
  expect((await (await request.get(`/api/workflows/${ids.id}`)).json()).hookToken).toBe(ids.token);
});

test("pages, API answers and errors carry the security headers", async ({ request }) => {
  for (const url of ["/workflows", "/api/workflows", "/api/records/%", "/api/nothing"]) {
    const headers = (await request.get(url, { failOnStatusCode: false })).headers();
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["referrer-policy"], url).toBe("same-origin");
    expect(headers["content-security-policy"], url).toContain("frame-ancestors 'none'");
  }
});
