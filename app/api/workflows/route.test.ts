import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { callRoute } from "@/test/call-route";
import * as collection from "./route";
import * as item from "./[id]/route";

async function create(name = "Sync new leads", objectType = "contact") {
  const res = await callRoute(collection.POST, { body: { name, objectType } });
  expect(res.status).toBe(201);
  return res.json;
}

const webhookAction = (id: string, nextId: string | null = null, url = "https://hooks.example.com/in") => ({
  id,
  type: "SEND_WEBHOOK",
  config: { method: "POST", webhookUrl: url },
  nextId,
});

describe("/api/workflows", () => {
  it("creates a workflow that is off, has no actions and revision 1, and lists it", async () => {
    const wf = await create("Welcome series");
    expect(wf).toMatchObject({
      name: "Welcome series",
      objectType: "contact",
      enabled: false,
      revision: 1,
      trigger: { type: "MANUAL" },
      actions: [],
      startActionId: null,
    });
    const list = await callRoute(collection.GET);
    expect(list.json.workflows.find((w: { id: string }) => w.id === wf.id)).toMatchObject({
      name: "Welcome series",
      actionCount: 0,
      triggerType: "MANUAL",
    });
  });

  it("rejects bad create input with a 4xx that says what to fix", async () => {
    const cases = [
      { body: { name: "", objectType: "contact" }, status: 400, message: /name must not be empty/ },
      { body: { name: "x", objectType: "lead" }, status: 400, message: /objectType must be one of/ },
      { body: { name: "x", objectType: "contact", extra: 1 }, status: 400, message: /extra/ },
      { body: [1, 2], status: 400, message: /expected object/i },
    ];
    for (const c of cases) {
      const res = await callRoute(collection.POST, { body: c.body });
      expect(res.status).toBe(c.status);
      expect(res.json.error.message).toMatch(c.message);
    }
    const malformed = await callRoute(collection.POST, { rawBody: "{not json" });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.code).toBe("MALFORMED_JSON");
    const wrongType = await callRoute(collection.POST, {
      rawBody: "name=x",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(wrongType.status).toBe(415);
    const huge = await callRoute(collection.POST, {
      rawBody: JSON.stringify({ name: "x".repeat(1024 * 1024 + 10), objectType: "contact" }),
    });
    expect(huge.status).toBe(413);
    expect(huge.json.error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("gets, renames and bumps the revision; a stale revision is a 409", async () => {
    const wf = await create();
    const renamed = await callRoute(item.PUT, { method: "PUT", params: { id: wf.id }, body: { revision: 1, name: "Renamed" } });
    expect(renamed.status).toBe(200);
    expect(renamed.json).toMatchObject({ name: "Renamed", revision: 2 });
    const stale = await callRoute(item.PUT, { method: "PUT", params: { id: wf.id }, body: { revision: 1, name: "Lost update" } });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toEqual({
      code: "REVISION_CONFLICT",
      key: "REVISION_CONFLICT",
      params: { revision: "2" },
      message: "This workflow was changed elsewhere (now at revision 2). Reload it, then apply your changes again.",
    });
    // The UI shows it by key and params (lib/client/error-text.ts): in Korean, from the apiErrors catalog.
    const korean = createTranslator({ locale: "ko", messages: MESSAGES.ko, namespace: "apiErrors" });
    expect((korean as unknown as (key: string, params: unknown) => string)(stale.json.error.key, stale.json.error.params)).toBe(
      "이 워크플로가 다른 곳에서 변경되었습니다(현재 리비전 2). 다시 불러온 후 변경 사항을 다시 적용하세요.",
    );
    const got = await callRoute(item.GET, { params: { id: wf.id } });
    expect(got.json.name).toBe("Renamed");
    const noRevision = await callRoute(item.PUT, { method: "PUT", params: { id: wf.id }, body: { name: "x" } });
    expect(noRevision.status).toBe(400);
    expect(noRevision.json.error.message).toMatch(/revision is required/);
  });

  it("saves a chain of webhook actions with defaults filled in and validates each config", async () => {
    const wf = await create();
    const saved = await callRoute(item.PUT, {
      method: "PUT",
      params: { id: wf.id },
      body: { revision: 1, actions: [webhookAction("a1", "a2"), webhookAction("a2")], startActionId: "a1" },
    });
    expect(saved.status).toBe(200);
    expect(saved.json.actions[0].config).toEqual({
      method: "POST",
      webhookUrl: "https://hooks.example.com/in",
      authentication: { type: "NONE" },
      body: { type: "ALL_PROPERTIES" },
      queryParams: [],
      outputs: [],
    });
    const http = await callRoute(item.PUT, {
      method: "PUT",
      params: { id: wf.id },
      body: { revision: 2, actions: [webhookAction("a1", null, "http://hooks.example.com/in")] },
    });
    expect(http.status).toBe(400);
    // The English message, and the validation catalog's code the editor shows it by in the user's language.
    expect(http.json.error.details[0]).toEqual({
      path: "actions.0.config.webhookUrl",
      message: expect.stringMatching(/must use https/),
      code: "webhookUrl.https",
    });
    const dupKeys = await callRoute(item.PUT, {
      method: "PUT",
      params: { id: wf.id },
      body: {
        revision: 2,
        actions: [
          {
            ...webhookAction("a1"),
            config: {
              method: "POST",
              webhookUrl: "https://x.example",
              body: {
                type: "CUSTOM",
                fields: [
                  { key: "k", source: { type: "STATIC", value: "1" } },
                  { key: "k", source: { type: "PROPERTY", property: "email" } },
                ],
              },
            },
          },
        ],
      },
    });
    expect(dupKeys.status).toBe(400);
    expect(dupKeys.json.error.message).toMatch(/"k" is used more than once/);
    // A detail's code and params give the message in another language: the editor shows this one in Korean.
    const [duplicate] = dupKeys.json.error.details;
    expect(duplicate).toMatchObject({
      path: "actions.0.config.body.fields.1.key",
      code: "valueSource.keyDuplicate",
      params: { name: "k" },
    });
    const korean = createTranslator({ locale: "ko", messages: MESSAGES.ko, namespace: "validation" });
    expect((korean as unknown as (key: string, params: unknown) => string)(duplicate.code, duplicate.params)).toBe(
      '키 "k"이(가) 두 번 이상 사용되었습니다.',
    );
  });

  it("refuses broken graphs: dangling links, loops, unreachable actions", async () => {
    const wf = await create();
    const put = (actions: unknown[], startActionId?: string) =>
      callRoute(item.PUT, { method: "PUT", params: { id: wf.id }, body: { revision: 1, actions, startActionId } });
    expect((await put([webhookAction("a1", "zz")])).json.error.message).toMatch(/points to "zz"/);
    expect((await put([webhookAction("a1", "a2"), webhookAction("a2", "a1")], "a1")).json.error.message).toMatch(/loop/);
    expect((await put([webhookAction("a1"), webhookAction("a2")], "a1")).json.error.message).toMatch(/Not connected.*a2/);
    expect((await put([webhookAction("a1"), webhookAction("a1")], "a1")).json.error.message).toMatch(/Two actions have the id/);
    // Outputs are stored keyed by action id; JSON tools drop or misread this one.
    const proto = await put([webhookAction("__proto__")], "__proto__");
    expect(proto.status).toBe(400);
    expect(proto.json.error.details.map((d: { message: string }) => d.message).join(" ")).toMatch(/cannot be called __proto__/);
  });

  it("refuses a save whose output values name an action that is not earlier, or an output it does not have, at the source's path", async () => {
    const wf = await create();
    const put = (actions: unknown[], startActionId?: string) =>
      callRoute(item.PUT, { method: "PUT", params: { id: wf.id }, body: { revision: 1, actions, startActionId } });
    const lookup = (id: string, nextId: string | null) => ({
      id,
      type: "SEND_WEBHOOK",
      config: { method: "POST", webhookUrl: "https://hooks.example.com/tier", outputs: [{ name: "tier", path: "tier", type: "STRING" }] },
      nextId,
    });
    const setTier = (id: string, nextId: string | null, from: string, output = "tier") => ({
      id,
      type: "SET_PROPERTY",
      config: { property: "customer_tier", value: { type: "OUTPUT", actionId: from, output } },
      nextId,
    });
    const expectRefused = async (res: Awaited<ReturnType<typeof put>>, path: string, message: RegExp) => {
      expect(res.status).toBe(400);
      expect(res.json.error.details).toContainEqual({
        path,
        message: expect.stringMatching(message),
        code: expect.stringMatching(/^outputReference\./),
        params: expect.objectContaining({ outputName: expect.any(String) }),
      });
    };

    // The action it reads from was deleted.
    await expectRefused(
      await put([lookup("a1", "a2"), setTier("a2", null, "gone")]),
      "actions.1.config.value",
      /output "tier" of an action that no longer exists/,
    );
    // It runs later (the array order is not the run order: startActionId and nextId are).
    await expectRefused(
      await put([setTier("a2", "a1", "a1"), lookup("a1", null)], "a2"),
      "actions.0.config.value",
      /output "tier" of .*Send a webhook.*runs later/,
    );
    await expectRefused(await put([lookup("a1", null), setTier("a2", "a1", "a1")], "a2"), "actions.1.config.value", /runs later/);
    // Itself, in a body field (and a query parameter).
    const selfRef = {
      ...lookup("a1", null),
      config: {
        ...lookup("a1", null).config,
        body: {
          type: "CUSTOM",
          fields: [
            { key: "email", source: { type: "PROPERTY", property: "email" } },
            { key: "x", source: { type: "STATIC", value: "1" } },
            { key: "tier", source: { type: "OUTPUT", actionId: "a1", output: "tier" } },
          ],
        },
      },
    };
    await expectRefused(await put([selfRef]), "actions.0.config.body.fields.2.source", /its own output "tier"/);
    const getRef = {
      ...lookup("a2", null),
      config: {
        method: "GET",
        webhookUrl: "https://hooks.example.com/q",
        queryParams: [{ key: "t", source: { type: "OUTPUT", actionId: "a1", output: "score" } }],
      },
    };
    // An output the earlier action does not define.
    await expectRefused(await put([lookup("a1", "a2"), getRef]), "actions.1.config.queryParams.0.source", /has no output "score"/);
    await expectRefused(
      await put([lookup("a1", "a2"), setTier("a2", null, "a1", "tierr")]),
      "actions.1.config.value",
      /has no output "tierr"/,
    );
    expect((await callRoute(item.GET, { params: { id: wf.id } })).json).toMatchObject({ revision: 1, actions: [] });

    // An output of an earlier action (not only the one just before) is fine.
    const ok = await put([
      lookup("a1", "d1"),
      { id: "d1", type: "DELAY", config: { amount: 1, unit: "MINUTES" }, nextId: "a2" },
      setTier("a2", null, "a1"),
    ]);
    expect(ok.status).toBe(200);
    expect(ok.json.actions[2].config.value).toEqual({ type: "OUTPUT", actionId: "a1", output: "tier" });
  });

  it("will not turn on a saved workflow whose output values no longer resolve", async () => {
    const wf = await create();
    // Saved before this rule existed: the action it read from is gone.
    const { db } = await import("@/lib/db");
    await db.workflow.update({
      where: { id: wf.id },
      data: {
        startActionId: "a2",
        actions: [
          {
            id: "a2",
            type: "SET_PROPERTY",
            config: { property: "customer_tier", value: { type: "OUTPUT", actionId: "gone", output: "tier" } },
            nextId: null,
          },
        ],
      },
    });
    const on = await callRoute(item.PUT, { method: "PUT", params: { id: wf.id }, body: { revision: 1, enabled: true } });
    expect(on.status).toBe(422);
    expect(on.json.error.details).toContainEqual({
      path: "actions.0.config.value",
      message: expect.stringMatching(/output "tier" of an action that no longer exists/),
      code: "outputReference.deleted",
      params: { outputName: "tier" },
    });
  });

  it("turns on only when every action is ready", async () => {
    const wf = await create();
    const empty = await callRoute(item.PUT, { method: "PUT", params: { id: wf.id }, body: { revision: 1, enabled: true } });
    expect(empty.status).toBe(422);
    expect(empty.json.error.message).toMatch(/at least one action/);
    const missingSecret = await callRoute(item.PUT, {
      method: "PUT",
      params: { id: wf.id },
      body: {
        revision: 1,
        enabled: true,
        actions: [
          {
            ...webhookAction("a1"),
            config: {
              method: "GET",
              webhookUrl: "https://x.example",
              authentication: { type: "API_KEY", secretName: "NOPE", keyName: "api_key", location: "QUERY_PARAM" },
            },
          },
        ],
      },
    });
    expect(missingSecret.status).toBe(422);
    expect(missingSecret.json.error.details[0].path).toBe("actions.0.config.authentication.secretName");
    const on = await callRoute(item.PUT, {
      method: "PUT",
      params: { id: wf.id },
      body: { revision: 1, enabled: true, actions: [webhookAction("a1")] },
    });
    expect(on.status).toBe(200);
    expect(on.json).toMatchObject({ enabled: true, startActionId: "a1", revision: 2 });
  });

  it("deletes, then answers 404 for the id", async () => {
    const wf = await create();
    expect((await callRoute(item.DELETE, { method: "DELETE", params: { id: wf.id } })).status).toBe(204);
    const gone = await callRoute(item.GET, { params: { id: wf.id } });
    expect(gone.status).toBe(404);
    expect(gone.json.error.code).toBe("NOT_FOUND");
    expect((await callRoute(item.DELETE, { method: "DELETE", params: { id: wf.id } })).status).toBe(404);
    expect((await callRoute(item.PUT, { method: "PUT", params: { id: "nope" }, body: { revision: 1, name: "x" } })).status).toBe(404);
  });
});
