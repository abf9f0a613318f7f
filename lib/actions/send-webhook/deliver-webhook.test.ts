import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendWebhookConfigSchema } from "@/lib/actions/send-webhook/send-webhook-config";
import type { RecordDetail } from "@/lib/crm/record-schemas";
import { startHttpsReceiver, type HttpsReceiver } from "@/test/https-receiver";
import { deliverWebhook } from "./deliver-webhook";

// The pipeline's classification of every kind of answer, against a real local receiver.
const record: RecordDetail = {
  id: 5,
  objectType: "contact",
  displayName: "Grace",
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  properties: { email: { value: "grace@example.com", timestamp: "2026-01-01T00:00:00.000Z", source: "CRM_UI", sourceId: null } },
  history: {},
  associations: [],
  formSubmissions: [],
  listMemberships: [],
  identityProfiles: [],
};
const secrets: Record<string, string> = { KEY: "s3cr3t-value", SHORT: "k9z" };
const credentials = { appClientSecret: async () => null, secretValue: async (name: string) => secrets[name] ?? null };

let receiver: HttpsReceiver;
beforeAll(async () => {
  process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "localhost";
  receiver = await startHttpsReceiver();
});
afterAll(() => receiver.close());

const deliver = (config: Record<string, unknown>, limits?: { responseTimeoutMs?: number }) =>
  deliverWebhook(sendWebhookConfigSchema.parse({ method: "POST", ...config }), { record }, { deliveryId: "d-1", credentials, limits });

describe("deliverWebhook outcomes", () => {
  it("retries a timeout", async () => {
    receiver.setHandler(() => ({ status: 200, delayMs: 500, body: "{}" }));
    const result = await deliver({ webhookUrl: `${receiver.url}/slow` }, { responseTimeoutMs: 100 });
    expect(result).toMatchObject({ outcome: "RETRYABLE", response: null, error: { text: expect.stringMatching(/did not answer within/) } });
  });

  it("retries a 429 and says in words how long it asked to wait", async () => {
    for (const [retryAfter, words] of [
      ["1500", /retry after 2 s/],
      ["5400000", /retry after 90 min/],
      ["999999999999999999999", /retry after more than a year/],
    ] as const) {
      receiver.setHandler(() => ({ status: 429, headers: { "retry-after": retryAfter }, body: "{}" }));
      const result = await deliver({ webhookUrl: `${receiver.url}/limited` });
      expect(result).toMatchObject({ outcome: "RETRYABLE", error: { text: expect.stringMatching(words) } });
    }
  });

  it("fails a redirect without following it, naming the target", async () => {
    receiver.setHandler((r) =>
      r.path === "/moved" ? { status: 301, headers: { location: `${receiver.url}/new` } } : { status: 200, body: "{}" },
    );
    const before = receiver.requests.length;
    const result = await deliver({ webhookUrl: `${receiver.url}/moved` });
    expect(result).toMatchObject({ outcome: "FINAL", error: { text: expect.stringMatching(/redirect \(301\).*\/new/) } });
    expect(receiver.requests.length).toBe(before + 1);
  });

  it("fails a blocked address without retrying", async () => {
    const result = await deliver({ webhookUrl: `https://10.0.0.1/x` });
    expect(result).toMatchObject({ outcome: "FINAL", response: null, error: { text: expect.stringMatching(/private network/) } });
  });

  it("fails at once when a secret is missing, and never sends", async () => {
    const before = receiver.requests.length;
    const result = await deliver({
      webhookUrl: `${receiver.url}/x`,
      authentication: { type: "API_KEY", secretName: "GONE", keyName: "k", location: "HEADER" },
    });
    expect(result).toMatchObject({
      outcome: "FINAL",
      request: null,
      error: { text: expect.stringMatching(/secret "GONE" does not exist/) },
    });
    expect(receiver.requests.length).toBe(before);
  });

  it("masks an API key the receiver echoes back in its body or headers", async () => {
    receiver.setHandler((r) => ({ status: 200, headers: { "x-echo": r.query.key ?? "" }, body: JSON.stringify({ youSent: r.query.key }) }));
    const result = await deliver({
      method: "GET",
      webhookUrl: `${receiver.url}/echo`,
      authentication: { type: "API_KEY", secretName: "KEY", keyName: "key", location: "QUERY_PARAM" },
    });
    expect(result.outcome).toBe("SUCCESS");
    expect(JSON.stringify(result)).not.toContain("s3cr3t-value");
    expect(result.response?.headers["x-echo"]).toBe("********");
    expect(result.request?.url).toBe(`${receiver.url}/echo?key=********`);
  });

  it("masks a short API key it sent, in any form: it is this request's own secret, not a guess", async () => {
    receiver.setHandler((r) => ({
      status: 200,
      headers: { "x-echo": Buffer.from(r.headers["x-k"]).toString("base64") },
      body: JSON.stringify({ raw: r.headers["x-k"], b64: Buffer.from(r.headers["x-k"]).toString("base64url") }),
    }));
    const result = await deliver({
      webhookUrl: `${receiver.url}/short`,
      authentication: { type: "API_KEY", secretName: "SHORT", keyName: "X-K", location: "HEADER" },
    });
    expect(receiver.requests.at(-1)!.headers["x-k"]).toBe("k9z");
    expect(result.response).toMatchObject({
      headers: { "x-echo": "********" },
      body: JSON.stringify({ raw: "********", b64: "********" }),
    });
  });

  it("fails a success whose body cannot give the chosen outputs", async () => {
    receiver.setHandler(() => ({ status: 200, headers: { "content-type": "text/plain" }, body: "ok" }));
    const result = await deliver({ webhookUrl: `${receiver.url}/text`, outputs: [{ name: "id", path: "id", type: "STRING" }] });
    expect(result).toMatchObject({
      outcome: "FINAL",
      response: { status: 200, body: "ok" },
      error: { text: expect.stringMatching(/not a JSON object/) },
    });
  });
});
