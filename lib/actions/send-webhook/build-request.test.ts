import { describe, expect, it } from "vitest";
import { sendWebhookConfigSchema } from "@/lib/actions/send-webhook/send-webhook-config";
import type { RecordDetail } from "@/lib/crm/record-schemas";
import { secretRedactor } from "@/lib/secrets/redact-secrets";
import { USER_AGENT } from "@/lib/webhooks/outgoing";
import { buildWebhookRequest } from "./build-request";

const record: RecordDetail = {
  id: 9,
  objectType: "contact",
  displayName: "Lin",
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  properties: { email: { value: "lin@example.com", timestamp: "2026-01-01T00:00:00.000Z", source: "FORM", sourceId: null } },
  history: {},
  associations: [],
  formSubmissions: [],
  listMemberships: [],
  identityProfiles: [],
};
const credentials = {
  appClientSecret: async () => null,
  secretValue: async (name: string) => (name === "TOKEN" ? "Bearer t0k/en+=" : null),
};
const build = (config: Record<string, unknown>, context: Partial<Parameters<typeof buildWebhookRequest>[1]> = {}) =>
  buildWebhookRequest(sendWebhookConfigSchema.parse(config), { record, ...context }, { deliveryId: "d-9", now: new Date(0), credentials });

describe("buildWebhookRequest", () => {
  it("builds a custom body from property, static, webhook-trigger and earlier-output values", async () => {
    const { request } = await build(
      {
        method: "POST",
        webhookUrl: "https://api.example.com/in",
        body: {
          type: "CUSTOM",
          fields: [
            { key: "email", source: { type: "PROPERTY", property: "email" } },
            { key: "phone", source: { type: "PROPERTY", property: "phone" } },
            { key: "plan", source: { type: "STATIC", value: "pro" } },
            { key: "orderId", source: { type: "TRIGGER", path: "order.items.0.id" } },
            { key: "score", source: { type: "OUTPUT", actionId: "lookup", output: "score" } },
          ],
        },
      },
      { triggerPayload: { order: { items: [{ id: 77 }] } }, outputs: { lookup: { score: 4.5 } } },
    );
    expect(JSON.parse(request.body!)).toEqual({ email: "lin@example.com", phone: "", plan: "pro", orderId: 77, score: 4.5 });
    expect(request.headers).toMatchObject({
      "Content-Type": "application/json",
      "User-Agent": USER_AGENT,
      "X-Hookflow-Delivery-Id": "d-9",
    });
  });

  it("fails clearly when a trigger field or an earlier output is missing", async () => {
    await expect(
      build(
        {
          method: "POST",
          webhookUrl: "https://a.example",
          body: { type: "CUSTOM", fields: [{ key: "x", source: { type: "TRIGGER", path: "nope" } }] },
        },
        { triggerPayload: {} },
      ),
    ).rejects.toThrow(/no value at "nope"/);
    const fromOutput = {
      method: "POST",
      webhookUrl: "https://a.example",
      body: { type: "CUSTOM", fields: [{ key: "x", source: { type: "OUTPUT", actionId: "a0", output: "id" } }] },
    };
    // Actions are named as people know them, never by id.
    const actionName = (id: string) => (id === "a0" ? "Look up the order" : "?");
    await expect(build(fromOutput, { outputs: {}, actionName })).rejects.toThrow('The output "id" of Look up the order is not available');
    // In a Test of this action alone, an earlier action without a pinned Test result is named to test first.
    await expect(build(fromOutput, { outputs: {}, testedAlone: true, actionName })).rejects.toThrow(
      /Test Look up the order first: a Test uses the outputs of the earlier actions' last successful Test/,
    );
    const pinned = await build(fromOutput, { outputs: { a0: { id: "ord-7" } }, testedAlone: true, actionName });
    expect(JSON.parse(pinned.request.body ?? "")).toEqual({ x: "ord-7" });
  });

  it("keeps the URL's own query parameters first and masks an API key in the stored copy", async () => {
    const { request, redacted, secrets } = await build({
      method: "GET",
      webhookUrl: "https://api.example.com/q?b=2&a=1",
      queryParams: [{ key: "email", source: { type: "PROPERTY", property: "email" } }],
      authentication: { type: "API_KEY", secretName: "TOKEN", keyName: "key", location: "QUERY_PARAM" },
    });
    expect(request.url).toBe("https://api.example.com/q?b=2&a=1&email=lin%40example.com&key=Bearer+t0k%2Fen%2B%3D");
    expect(request.body).toBeUndefined();
    expect(redacted.url).toBe("https://api.example.com/q?b=2&a=1&email=lin%40example.com&key=********");
    expect(secrets).toEqual(["Bearer t0k/en+="]);
    expect(
      secretRedactor(
        secrets.map((value) => ({ name: "TOKEN", value })),
        { minLength: 1 },
      ).text(`failed at ${request.url}`),
    ).not.toContain("t0k");
  });

  it("sends a plain GET when there is nothing to add", async () => {
    const { request } = await build({ method: "GET", webhookUrl: "https://api.example.com/ping" });
    expect(request.url).toBe("https://api.example.com/ping");
    expect(request.headers["Content-Type"]).toBeUndefined();
  });
});
