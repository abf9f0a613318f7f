import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSecret } from "@/lib/secrets/secrets";
import { updateWorkflowSchema } from "@/lib/workflows/workflow-schema";
import { createWorkflow, updateWorkflow } from "@/lib/workflows/workflows";
import { callRoute } from "@/test/call-route";
import { startHttpsReceiver, type HttpsReceiver } from "@/test/https-receiver";
import * as route from "./route";

let receiver: HttpsReceiver;
beforeAll(async () => {
  process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "localhost";
  receiver = await startHttpsReceiver(() => ({
    status: 200,
    headers: { "content-type": "application/json", "x-trace": "t-1" },
    body: JSON.stringify({ id: "abc", nested: { n: 3 } }),
  }));
});
afterAll(() => receiver.close());

async function workflowWithAction(config: Record<string, unknown>) {
  const wf = await createWorkflow({ name: "Test me", objectType: "contact" });
  return updateWorkflow(wf.id, updateWorkflowSchema.parse({ revision: 1, actions: [{ id: "hook", type: "SEND_WEBHOOK", config }] }));
}

describe("POST /api/workflows/:id/actions/:actionId/test", () => {
  it("runs the saved action once for a record and returns request, response and outputs, writing nothing", async () => {
    await createSecret({ name: "TEST_ROUTE_KEY", value: "tok_very_secret" });
    const wf = await workflowWithAction({
      method: "POST",
      webhookUrl: `${receiver.url}/saved`,
      authentication: { type: "API_KEY", secretName: "TEST_ROUTE_KEY", keyName: "X-Api-Key", location: "HEADER" },
      outputs: [
        { name: "id", path: "id", type: "STRING" },
        { name: "n", path: "nested.n", type: "NUMBER" },
      ],
    });
    const before = { enrollments: await db.enrollment.count(), jobs: await db.job.count(), history: await db.propertyHistory.count() };
    const res = await callRoute(route.POST, { params: { id: wf.id, actionId: "hook" }, body: { recordId: 1 } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      outcome: "SUCCESS",
      request: { method: "POST", url: `${receiver.url}/saved`, headers: expect.objectContaining({ "X-Api-Key": "********" }) },
      response: {
        status: 200,
        headers: expect.objectContaining({ "x-trace": "t-1" }),
        body: JSON.stringify({ id: "abc", nested: { n: 3 } }),
      },
      outputs: { id: "abc", n: 3 },
      durationMs: expect.any(Number),
    });
    expect(res.text).not.toContain("tok_very_secret");
    expect(receiver.requests.at(-1)!.headers["x-api-key"]).toBe("tok_very_secret");
    expect(receiver.requests.at(-1)!.headers["x-hookflow-delivery-id"]).toMatch(/^test-/);
    expect({ enrollments: await db.enrollment.count(), jobs: await db.job.count(), history: await db.propertyHistory.count() }).toEqual(
      before,
    );
  });

  it("tests an unsaved draft config and explains invalid ones", async () => {
    const wf = await workflowWithAction({ method: "POST", webhookUrl: `${receiver.url}/saved` });
    const draft = await callRoute(route.POST, {
      params: { id: wf.id, actionId: "new-one" },
      body: {
        recordId: 1,
        type: "SEND_WEBHOOK",
        config: {
          method: "GET",
          webhookUrl: `${receiver.url}/draft`,
          queryParams: [{ key: "e", source: { type: "PROPERTY", property: "email" } }],
        },
      },
    });
    expect(draft.status).toBe(200);
    expect(draft.json.request.url).toBe(`${receiver.url}/draft?e=ada%40analytical-engines.example`);
    const http = await callRoute(route.POST, {
      params: { id: wf.id, actionId: "hook" },
      body: { recordId: 1, config: { method: "POST", webhookUrl: "http://example.com/x" } },
    });
    expect(http.status).toBe(400);
    expect(http.json.error.details[0]).toMatchObject({ path: "config.webhookUrl", message: expect.stringMatching(/https/) });
    // An unsaved action must say its type; a type without a Test (nothing to call) cannot be tested.
    const untyped = await callRoute(route.POST, {
      params: { id: wf.id, actionId: "new-two" },
      body: { recordId: 1, config: { method: "GET", webhookUrl: `${receiver.url}/draft` } },
    });
    expect(untyped.status).toBe(400);
    expect(untyped.json.error.details[0]).toMatchObject({ path: "type" });
    const delay = await callRoute(route.POST, {
      params: { id: wf.id, actionId: "new-three" },
      body: { recordId: 1, type: "DELAY", config: { amount: 1, unit: "HOURS" } },
    });
    expect(delay.status).toBe(400);
    expect(delay.json.error.message).toMatch(/Delay action cannot be tested/);
    expect(receiver.requests.filter((r) => r.path === "/draft")).toHaveLength(1);
  });

  it("resolves Webhook trigger fields against the draft's sample, else the saved sample", async () => {
    const config = {
      method: "POST",
      webhookUrl: `${receiver.url}/trigger`,
      body: { type: "CUSTOM", fields: [{ key: "plan", source: { type: "TRIGGER", path: "order.plan" } }] },
    };
    const wf = await createWorkflow({ name: "Trigger test", objectType: "contact" });
    const saved = await updateWorkflow(
      wf.id,
      updateWorkflowSchema.parse({
        revision: 1,
        trigger: { type: "WEBHOOK", recordMatch: { payloadPath: "email", property: "email" }, sample: { order: { plan: "saved-plan" } } },
        actions: [{ id: "hook", type: "SEND_WEBHOOK", config }],
      }),
    );
    expect(saved.trigger.type).toBe("WEBHOOK");

    const fromSaved = await callRoute(route.POST, { params: { id: wf.id, actionId: "hook" }, body: { recordId: 1 } });
    expect(fromSaved.json.outcome).toBe("SUCCESS");
    expect(JSON.parse(receiver.requests.at(-1)!.body)).toEqual({ plan: "saved-plan" });

    const fromDraft = await callRoute(route.POST, {
      params: { id: wf.id, actionId: "hook" },
      body: { recordId: 1, triggerPayload: { order: { plan: "draft-plan" } } },
    });
    expect(fromDraft.json.outcome).toBe("SUCCESS");
    expect(JSON.parse(receiver.requests.at(-1)!.body)).toEqual({ plan: "draft-plan" });

    // A field the sample does not have fails with the reason, as it would for an event without it.
    const missing = await callRoute(route.POST, {
      params: { id: wf.id, actionId: "hook" },
      body: { recordId: 1, triggerPayload: { other: 1 } },
    });
    expect(missing.json).toMatchObject({ outcome: "FINAL", error: expect.stringContaining('no value at "order.plan"') });
  });

  it("tests with an earlier action's pinned outputs (its last Test), and without them says to test that action first", async () => {
    const wf = await createWorkflow({ name: "Pinned", objectType: "contact" });
    await updateWorkflow(
      wf.id,
      updateWorkflowSchema.parse({
        revision: 1,
        startActionId: "lookup",
        actions: [
          {
            id: "lookup",
            name: "Look up the order",
            nextId: "notify",
            type: "SEND_WEBHOOK",
            config: { method: "POST", webhookUrl: `${receiver.url}/lookup`, outputs: [{ name: "id", path: "id", type: "STRING" }] },
          },
          {
            id: "notify",
            type: "SEND_WEBHOOK",
            config: {
              method: "POST",
              webhookUrl: `${receiver.url}/notify`,
              body: { type: "CUSTOM", fields: [{ key: "order", source: { type: "OUTPUT", actionId: "lookup", output: "id" } }] },
            },
          },
        ],
      }),
    );
    const seen = receiver.requests.length;
    const without = await callRoute(route.POST, { params: { id: wf.id, actionId: "notify" }, body: { recordId: 1 } });
    expect(without.json).toMatchObject({ outcome: "FINAL", request: null, error: expect.stringContaining("Test Look up the order first") });
    expect(receiver.requests.length).toBe(seen);

    const lookup = await callRoute(route.POST, { params: { id: wf.id, actionId: "lookup" }, body: { recordId: 1 } });
    expect(lookup.json.outputs).toEqual({ id: "abc" });
    const pinned = await callRoute(route.POST, {
      params: { id: wf.id, actionId: "notify" },
      body: { recordId: 1, pinnedOutputs: { lookup: lookup.json.outputs } },
    });
    expect(pinned.json.outcome).toBe("SUCCESS");
    expect(JSON.parse(receiver.requests.at(-1)!.body)).toEqual({ order: "abc" });
    const bad = await callRoute(route.POST, { params: { id: wf.id, actionId: "notify" }, body: { recordId: 1, pinnedOutputs: ["x"] } });
    expect(bad.status).toBe(400);
  });

  it("explains a blocked address and reaches nothing", async () => {
    const wf = await workflowWithAction({ method: "POST", webhookUrl: `https://127.0.0.1:${receiver.port}/blocked` });
    const count = receiver.requests.length;
    const res = await callRoute(route.POST, { params: { id: wf.id, actionId: "hook" }, body: { recordId: 1 } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      outcome: "FINAL",
      response: null,
      error: expect.stringMatching(/127\.0\.0\.1 is a loopback address/),
      // The same sentence by its runErrors key, for the Test section to word in the user's language.
      errorKey: "blocked.address",
      errorParams: { host: "127.0.0.1", reason: { key: "address.loopback" } },
    });
    expect(receiver.requests.length).toBe(count);
  });

  it("answers 404 for unknown workflows, actions and records, 400 for a record of another type", async () => {
    const wf = await workflowWithAction({ method: "POST", webhookUrl: `${receiver.url}/x` });
    expect((await callRoute(route.POST, { params: { id: "nope", actionId: "hook" }, body: { recordId: 1 } })).status).toBe(404);
    expect((await callRoute(route.POST, { params: { id: wf.id, actionId: "other" }, body: { recordId: 1 } })).status).toBe(404);
    expect((await callRoute(route.POST, { params: { id: wf.id, actionId: "hook" }, body: { recordId: 99999 } })).status).toBe(404);
    const company = await db.record.findFirstOrThrow({ where: { objectType: "company" } });
    const wrong = await callRoute(route.POST, { params: { id: wf.id, actionId: "hook" }, body: { recordId: company.id } });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.message).toMatch(/test with a contact record/);
  });
});
