import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getRecord } from "@/lib/crm/records";
import { createSecret } from "@/lib/secrets/secrets";
import { startHttpsReceiver, type HttpsReceiver, type ReceiverHandler } from "@/test/https-receiver";
import { sendSlackMessageExecutor } from "./executor";
import { sendSlackMessageConfigSchema } from "./send-slack-message-config";

// Against a real local HTTPS server standing in for hooks.slack.com.
const HOOK_PATH = "/services/T0001/B0002/s3cretPathToken";
let receiver: HttpsReceiver;
let answer: ReceiverHandler = () => ({ status: 200, body: "ok" });
beforeAll(async () => {
  process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "localhost";
  receiver = await startHttpsReceiver((request) => answer(request));
  await createSecret({ name: "SLACK_SALES", value: `${receiver.url}${HOOK_PATH}` });
  await createSecret({ name: "NOT_A_URL", value: "http://hooks.slack.example/services/plain" });
});
afterAll(() => receiver.close());

const send = async (config: unknown, triggerPayload?: unknown) =>
  sendSlackMessageExecutor.execute(
    sendSlackMessageConfigSchema.parse(config),
    { record: await getRecord(1), triggerPayload },
    { deliveryId: "d-slack-1", now: new Date() },
  );

describe("Send a Slack message", () => {
  it("posts {text} with the record's values to the secret's URL, and never shows the URL", async () => {
    answer = () => ({ status: 200, headers: { "content-type": "text/html" }, body: "ok" });
    const result = await send({ secretName: "SLACK_SALES", text: "New lead {{email}} on {{trigger.plan}}" }, { plan: "pro" });
    expect(result.outcome).toBe("SUCCESS");
    const got = receiver.requests.at(-1)!;
    expect(got).toMatchObject({ method: "POST", path: HOOK_PATH });
    expect(got.headers["content-type"]).toMatch(/application\/json/);
    expect(got.headers["x-hookflow-delivery-id"]).toBe("d-slack-1");
    const email = (await getRecord(1)).properties.email.value;
    expect(JSON.parse(got.body)).toEqual({ text: `New lead ${email} on pro` });
    // What is stored and shown: the origin, the path masked.
    expect(result.request!.url).toBe(`${receiver.url}/********`);
    expect(JSON.stringify(result)).not.toContain("s3cretPathToken");
  });

  it("masks the URL when the receiver echoes it back", async () => {
    answer = (request) => ({
      status: 400,
      headers: { "x-echo": `https://localhost${request.path}` },
      body: `invalid_payload for ${request.path}`,
    });
    const result = await send({ secretName: "SLACK_SALES", text: "hello" });
    expect(result.outcome).toBe("FINAL");
    expect(JSON.stringify(result)).not.toContain("s3cretPathToken");
    expect(result.response!.body).toContain("********");
  });

  it("explains Slack's refusals and does not retry them; retries 429 after its Retry-After and 5xx", async () => {
    answer = () => ({ status: 404, body: "no_service" });
    const gone = await send({ secretName: "SLACK_SALES", text: "hello" });
    expect(gone).toMatchObject({
      outcome: "FINAL",
      error: { text: expect.stringMatching(/404 \(no_service: the webhook URL was revoked or is wrong\).*secret "SLACK_SALES"/) },
    });
    answer = () => ({ status: 410, body: "channel_is_archived" });
    expect((await send({ secretName: "SLACK_SALES", text: "hello" })).error?.text).toMatch(/channel is archived/);
    answer = () => ({ status: 429, headers: { "retry-after": "30" }, body: "rate_limited" });
    expect(await send({ secretName: "SLACK_SALES", text: "hello" })).toMatchObject({ outcome: "RETRYABLE", retryAfterMs: 30_000 });
    answer = () => ({ status: 503, body: "" });
    expect((await send({ secretName: "SLACK_SALES", text: "hello" })).outcome).toBe("RETRYABLE");
  });

  it("fails without sending when the secret is missing, is not an https URL, or a trigger field is missing", async () => {
    const before = receiver.requests.length;
    expect(await send({ secretName: "NO_SUCH_SECRET", text: "x" })).toMatchObject({
      outcome: "FINAL",
      request: null,
      error: { text: expect.stringMatching(/"NO_SUCH_SECRET" does not exist/) },
    });
    const plain = await send({ secretName: "NOT_A_URL", text: "x" });
    expect(plain).toMatchObject({ outcome: "FINAL", error: { text: expect.stringMatching(/does not hold an https:\/\/ URL/) } });
    expect(plain.error?.text).not.toContain("hooks.slack.example");
    expect(await send({ secretName: "SLACK_SALES", text: "{{trigger.plan}}" }, {})).toMatchObject({
      outcome: "FINAL",
      error: { text: expect.stringMatching(/no value at "plan"/) },
    });
    expect(receiver.requests.length).toBe(before);
  });

  it("keys its per-destination limit by the secret: one secret is one Slack webhook", () => {
    expect(sendSlackMessageExecutor.destination(sendSlackMessageConfigSchema.parse({ secretName: "SLACK_SALES", text: "x" }))).toBe(
      "slack:SLACK_SALES",
    );
  });
});
