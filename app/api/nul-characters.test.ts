import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { apiHandlers } from "@/test/api-routes";
import { callRoute } from "@/test/call-route";
import * as apps from "./apps/route";
import * as captureUrl from "./inspector/capture-urls/[id]/route";
import * as captureUrls from "./inspector/capture-urls/route";
import * as secrets from "./secrets/route";
import * as session from "./session/route";
import * as tokens from "./tokens/route";
import * as workflowItem from "./workflows/[id]/route";
import * as workflows from "./workflows/route";

// U+0000 (NUL) from callers, on both databases alike: PostgreSQL's text cannot hold it (SQLite's
// can), so before it was refused a name with one answered 500 on PostgreSQL and was stored on
// SQLite. Now every JSON body, query string and route parameter that holds one is refused before
// it reaches a handler (lib/db/nul-characters.ts; webhook-trigger requests: hooks/[token]/hostile-requests.test.ts).

const NUL = "\u0000";
const PARAM_NAMES = ["id", "actionId", "appId", "name", "token", "captureId", "eventId", "objectType"];

describe("U+0000 (NUL) in requests", () => {
  it("every route answers a route parameter holding a NUL with 404, and a query string holding one with 400", async () => {
    const routes = await apiHandlers();
    expect(routes.length).toBeGreaterThan(40);
    for (const { route, method, handler } of routes) {
      const names = [...route.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((m) => m[1]);
      for (const name of names) {
        expect(PARAM_NAMES.includes(name) || name === "path", `${route}: a parameter this test does not know`).toBe(true);
        const params = Object.fromEntries(names.map((n) => [n, n === "path" ? ["x"] : "1"]));
        params[name] = name === "path" ? [`a${NUL}`] : `1${NUL}`;
        const res = await callRoute(handler, { method, params });
        expect(res.status, `${method} ${route} with a NUL in ${name}`).toBe(404);
        expect(res.json.error.code).toBe("NOT_FOUND");
      }
      const params = Object.fromEntries(names.map((n) => [n, n === "path" ? ["x"] : "1"]));
      for (const query of [{ q: `a${NUL}b` }, { [`a${NUL}`]: "1" }] as Record<string, string>[]) {
        const res = await callRoute(handler, { method, params, query });
        expect(res.status, `${method} ${route}?${Object.keys(query)[0]}`).toBe(400);
        expect(res.json.error).toMatchObject({
          code: "NUL_CHARACTER",
          message: expect.stringMatching(/^The query string has the character U\+0000/),
        });
        expect(res.json.error.message).not.toContain(NUL);
      }
    }
  });

  it("refuses a NUL in the JSON of names, workflow definitions, capture URLs and sign-in with 400, and stores nothing", async () => {
    const wf = (await callRoute(workflows.POST, { body: { name: "Clean", objectType: "contact" } })).json;
    const capture = (await callRoute(captureUrls.POST, { body: { name: "Clean" } })).json;
    const before = { workflows: await db.workflow.count(), apps: await db.app.count(), tokens: await db.apiToken.count() };
    const action = (value: string) => ({
      id: "a1",
      type: "SEND_WEBHOOK",
      config: {
        method: "POST",
        webhookUrl: "https://hooks.example.com/in",
        body: { type: "CUSTOM", fields: [{ key: "plan", source: { type: "STATIC", value } }] },
      },
    });
    const cases: [string, Awaited<ReturnType<typeof callRoute>>, string][] = [
      ["workflow name", await callRoute(workflows.POST, { body: { name: `Sync${NUL}`, objectType: "contact" } }), "name"],
      [
        "static value",
        await callRoute(workflowItem.PUT, { method: "PUT", params: { id: wf.id }, body: { revision: 1, actions: [action(`p${NUL}ro`)] } }),
        "actions.0.config.body.fields.0.source.value",
      ],
      [
        "trigger sample key",
        await callRoute(workflowItem.PUT, {
          method: "PUT",
          params: { id: wf.id },
          body: { revision: 1, trigger: { type: "WEBHOOK", sample: { [`k${NUL}`]: 1 } } },
        }),
        "trigger.sample.k\\u0000",
      ],
      ["app name", await callRoute(apps.POST, { body: { name: `App${NUL}` } }), "name"],
      ["secret name", await callRoute(secrets.POST, { body: { name: `KEY${NUL}`, value: "v" } }), "name"],
      ["token name", await callRoute(tokens.POST, { body: { name: `t${NUL}`, role: "VIEWER" } }), "name"],
      ["capture URL name", await callRoute(captureUrls.POST, { body: { name: `n${NUL}` } }), "name"],
      [
        "capture URL response",
        await callRoute(captureUrl.PATCH, {
          method: "PATCH",
          params: { id: capture.id },
          body: { response: { status: 200, contentType: "text/plain", body: `a${NUL}` } },
        }),
        "response.body",
      ],
      [
        "sign-in email",
        await callRoute(session.POST, { as: "anonymous", body: { email: `a${NUL}@example.com`, password: "x".repeat(12) } }),
        "email",
      ],
    ];
    for (const [what, res, path] of cases) {
      expect(res.status, what).toBe(400);
      expect(res.json.error, what).toMatchObject({
        code: "NUL_CHARACTER",
        message: `The JSON body has the character U+0000 (NUL) at "${path}", which Hookflow does not accept. Remove it and send again.`,
        details: [{ path }],
      });
    }
    expect({ workflows: await db.workflow.count(), apps: await db.app.count(), tokens: await db.apiToken.count() }).toEqual(before);
    expect((await callRoute(workflowItem.GET, { params: { id: wf.id } })).json).toMatchObject({ revision: 1, actions: [] });
    expect((await callRoute(captureUrl.GET, { params: { id: capture.id } })).json.response.body).toBe("");
  });
});
