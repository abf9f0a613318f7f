import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendWebhookConfigSchema, type SendWebhookConfig } from "@/lib/actions/send-webhook/send-webhook-config";
import type { RecordDetail } from "@/lib/crm/record-schemas";
import { createSecret } from "@/lib/secrets/secrets";
import { testAction } from "@/lib/workflows/test-action";
import { updateWorkflowSchema } from "@/lib/workflows/workflow-schema";
import { createWorkflow, updateWorkflow } from "@/lib/workflows/workflows";
import { callRoute } from "@/test/call-route";
import { startHttpsReceiver, type HttpsReceiver } from "@/test/https-receiver";
import * as workflowRoute from "@/app/api/workflows/[id]/route";
import { buildWebhookRequest } from "./build-request";

// Custom body keys, query parameter keys and header names are user input: Object.prototype's
// member names are sent as the keys they are, "__proto__" is refused at save, and values are read
// from own properties only.

let receiver: HttpsReceiver;
beforeAll(async () => {
  process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "localhost";
  receiver = await startHttpsReceiver();
});
afterAll(() => receiver.close());

// "__proto__" is refused at save (see below); every other name is sent as the key it is.
const KEYS = ["constructor", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf", "__defineGetter__", "prototype", "nul\u0000key"];

async function testWith(config: Record<string, unknown>, triggerPayload?: unknown) {
  const wf = await createWorkflow({ name: "keys", objectType: "contact" });
  await updateWorkflow(wf.id, updateWorkflowSchema.parse({ revision: 1, actions: [{ id: "hook", type: "SEND_WEBHOOK", config }] }));
  return testAction(wf.id, "hook", { recordId: 1, ...(triggerPayload !== undefined ? { triggerPayload } : {}) });
}

describe("custom bodies, query parameters and headers keyed by Object.prototype names", () => {
  it("sends a custom body with those keys as ordinary JSON keys", async () => {
    const result = await testWith(
      {
        method: "POST",
        webhookUrl: `${receiver.url}/body`,
        body: {
          type: "CUSTOM",
          fields: [
            ...KEYS.map((key) => ({ key, source: { type: "STATIC", value: `s-${key.length}` } })),
            { key: "email", source: { type: "PROPERTY", property: "email" } },
            // Properties Ada does not have: "" as for any missing property, not Object's members.
            { key: "p1", source: { type: "PROPERTY", property: "toString" } },
            { key: "p2", source: { type: "PROPERTY", property: "__proto__" } },
            { key: "p3", source: { type: "PROPERTY", property: "constructor" } },
            { key: "t1", source: { type: "TRIGGER", path: "constructor" } },
          ],
        },
      },
      { constructor: "from trigger" },
    );
    expect(result.outcome, result.error).toBe("SUCCESS");
    const raw = receiver.requests.at(-1)!.body;
    expect(raw.startsWith('{"constructor":"s-11","toString":"s-8"')).toBe(true);
    const got = JSON.parse(raw);
    expect(Object.keys(got)).toEqual([...KEYS, "email", "p1", "p2", "p3", "t1"]);
    for (const key of KEYS) expect(Object.hasOwn(got, key) && got[key], key).toBe(`s-${key.length}`);
    expect(got).toMatchObject({ email: "ada@analytical-engines.example", p1: "", p2: "", p3: "", t1: "from trigger" });
    expect(result.request!.body).toBe(raw);
  });

  it("sends query parameters with those keys", async () => {
    const result = await testWith({
      method: "GET",
      webhookUrl: `${receiver.url}/query?keep=1`,
      queryParams: [
        ...KEYS.map((key) => ({ key, source: { type: "STATIC", value: `q-${key.length}` } })),
        { key: "q", source: { type: "PROPERTY", property: "valueOf" } },
      ],
    });
    expect(result.outcome, result.error).toBe("SUCCESS");
    const got = receiver.requests.at(-1)!;
    expect(got.query).toEqual(Object.fromEntries([["keep", "1"], ...KEYS.map((key) => [key, `q-${key.length}`]), ["q", ""]]));
    expect(new URL(result.request!.url).searchParams.get("constructor")).toBe("q-11");
  });

  it("sends an API key header named like an Object.prototype member, masked in the stored copy", async () => {
    await createSecret({ name: "PROTO_KEY", value: "proto-secret-1" });
    const result = await testWith({
      method: "POST",
      webhookUrl: `${receiver.url}/header`,
      authentication: { type: "API_KEY", secretName: "PROTO_KEY", keyName: "constructor", location: "HEADER" },
    });
    expect(result.outcome, result.error).toBe("SUCCESS");
    expect(receiver.requests.at(-1)!.headers.constructor).toBe("proto-secret-1");
    expect(result.request!.headers.constructor).toBe("********");
  });

  it("builds a header named __proto__ as a header, not as the headers object's prototype", async () => {
    const record = { id: 1, objectType: "contact", properties: {}, history: {} } as unknown as RecordDetail;
    const config = sendWebhookConfigSchema.parse({
      method: "POST",
      webhookUrl: "https://a.example/x",
      authentication: { type: "API_KEY", secretName: "K", keyName: "__proto__", location: "HEADER" },
    });
    const built = await buildWebhookRequest(
      config,
      { record },
      { deliveryId: "d", now: new Date(0), credentials: { appClientSecret: async () => null, secretValue: async () => "k-value" } },
    );
    expect(Object.hasOwn(built.request.headers, "__proto__") && built.request.headers["__proto__"]).toBe("k-value");
    expect(Object.hasOwn(built.redacted.headers, "__proto__") && built.redacted.headers["__proto__"]).toBe("********");
    expect(Object.keys(built.request.headers)).toContain("__proto__");
  });

  it("reads earlier outputs by own action id and output name only", async () => {
    const record = { id: 1, objectType: "contact", properties: {}, history: {} } as unknown as RecordDetail;
    const build = (source: Record<string, unknown>, outputs: Record<string, Record<string, unknown>>) =>
      buildWebhookRequest(
        sendWebhookConfigSchema.parse({
          method: "POST",
          webhookUrl: "https://a.example/x",
          body: { type: "CUSTOM", fields: [{ key: "x", source }] },
        }),
        { record, outputs },
        { deliveryId: "d", now: new Date(0), credentials: { appClientSecret: async () => null, secretValue: async () => null } },
      );
    await expect(build({ type: "OUTPUT", actionId: "constructor", output: "name" }, {})).rejects.toThrow(
      /The output "name" of action constructor is not available/,
    );
    await expect(build({ type: "OUTPUT", actionId: "__proto__", output: "constructor" }, {})).rejects.toThrow(/is not available/);
    await expect(build({ type: "OUTPUT", actionId: "a1", output: "toString" }, { a1: {} })).rejects.toThrow(
      /The output "toString" of action a1 is not available/,
    );
    await expect(
      build({ type: "OUTPUT", actionId: "a1", output: "hasOwnProperty" }, { a1: { hasOwnProperty: "own" } }),
    ).resolves.toMatchObject({ request: { body: '{"x":"own"}' } });
    const parsed = JSON.parse('{"__proto__":{"__proto__":"deep"}}');
    await expect(build({ type: "OUTPUT", actionId: "__proto__", output: "__proto__" }, parsed)).resolves.toMatchObject({
      request: { body: '{"x":"deep"}' },
    });
    await expect(build({ type: "TRIGGER", path: "toString" }, {})).rejects.toThrow(/The webhook trigger has no value at "toString"/);
  });

  it("refuses __proto__ as a body key, a query parameter key or an output name at save (400 at the field, saying what to do)", async () => {
    const wf = await createWorkflow({ name: "proto keys", objectType: "contact" });
    const save = (config: Record<string, unknown>) =>
      callRoute(workflowRoute.PUT, {
        params: { id: wf.id },
        body: { revision: 1, actions: [{ id: "hook", type: "SEND_WEBHOOK", config: { webhookUrl: `${receiver.url}/x`, ...config } }] },
      });
    const keyMessage =
      'The key "__proto__" is not allowed: JavaScript receivers treat it as an object\'s prototype, not a field. Choose another key.';
    const body = await save({
      method: "POST",
      body: {
        type: "CUSTOM",
        fields: [
          { key: "ok", source: { type: "STATIC", value: "1" } },
          { key: "__proto__", source: { type: "STATIC", value: "x" } },
        ],
      },
    });
    expect(body.status).toBe(400);
    expect(body.json.error.details).toEqual([expect.objectContaining({ path: "actions.0.config.body.fields.1.key", message: keyMessage })]);
    const query = await save({ method: "GET", queryParams: [{ key: " __proto__ ", source: { type: "PROPERTY", property: "email" } }] });
    expect(query.status).toBe(400);
    expect(query.json.error.details).toEqual([
      expect.objectContaining({ path: "actions.0.config.queryParams.0.key", message: keyMessage }),
    ]);
    const output = await save({ method: "POST", outputs: [{ name: "__proto__", path: "__proto__", type: "STRING" }] });
    expect(output.status).toBe(400);
    expect(output.json.error.details).toEqual([
      expect.objectContaining({
        path: "actions.0.config.outputs.0.name",
        message: 'An output cannot be named "__proto__"; choose another name, such as "proto".',
      }),
    ]);
    // Other Object.prototype names are ordinary keys and names.
    const fine = await save({
      method: "POST",
      body: { type: "CUSTOM", fields: [{ key: "constructor", source: { type: "STATIC", value: "1" } }] },
      outputs: [{ name: "constructor", path: "__proto__", type: "STRING" }],
    });
    expect(fine.status, fine.text).toBe(200);
  });

  it("still sends a __proto__ key of a config saved before that rule as a plain JSON key", async () => {
    const record = { id: 1, objectType: "contact", properties: {}, history: {} } as unknown as RecordDetail;
    const config = {
      method: "POST",
      webhookUrl: "https://a.example/x",
      authentication: { type: "NONE" },
      queryParams: [],
      outputs: [],
      body: {
        type: "CUSTOM",
        fields: [
          { key: "__proto__", source: { type: "STATIC", value: "p" } },
          { key: "a", source: { type: "STATIC", value: "1" } },
        ],
      },
    } as SendWebhookConfig;
    const built = await buildWebhookRequest(
      config,
      { record },
      { deliveryId: "d", now: new Date(0), credentials: { appClientSecret: async () => null, secretValue: async () => null } },
    );
    expect(built.request.body).toBe('{"__proto__":"p","a":"1"}');
  });
});
