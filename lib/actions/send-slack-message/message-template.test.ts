import { describe, expect, it } from "vitest";
import { getRecord } from "@/lib/crm/records";
import { placeholderSource, renderMessage } from "./message-template";
import { sendSlackMessageConfigSchema } from "./send-slack-message-config";

describe("a Slack message's placeholders", () => {
  it("puts in record properties (empty when unset) and webhook trigger fields, escaping Slack's markup in values only", async () => {
    const record = await getRecord(1);
    record.properties.company = { ...record.properties.email, value: "Babbage & <Co>" };
    const text = renderMessage(
      "*New lead* {{firstname}} — {{ email }} at {{company}}, plan {{trigger.order.plan}}; unset: [{{nonexistent_prop}}] <https://x.example|link>",
      {
        record,
        triggerPayload: { order: { plan: { tier: "gold" } } },
      },
    );
    expect(text).toBe(
      `*New lead* ${record.properties.firstname.value} — ${record.properties.email.value} at Babbage &amp; &lt;Co&gt;, plan {"tier":"gold"}; unset: [] <https://x.example|link>`,
    );
  });

  it("fails the action for a trigger field the payload lacks, naming it", async () => {
    const record = await getRecord(1);
    expect(() => renderMessage("{{trigger.order.plan}}", { record, triggerPayload: {} })).toThrow(/no value at "order.plan"/);
  });

  it("reads prototype-named properties as missing, never as Object members", async () => {
    const record = await getRecord(1);
    expect(renderMessage("[{{constructor}}][{{__proto__}}][{{toString}}]", { record })).toBe("[][][]");
  });

  it("refuses a message with a placeholder that names nothing, saying how to write one", () => {
    expect(placeholderSource(" ")).toEqual({ problem: { code: "slack.placeholderEmpty" } });
    expect(placeholderSource("trigger.")).toEqual({ problem: { code: "slack.placeholderTriggerPath" } });
    expect(placeholderSource("first name!")).toEqual({ problem: { code: "slack.placeholderName", params: { inside: "first name!" } } });
    const parsed = sendSlackMessageConfigSchema.safeParse({ secretName: "SLACK_URL", text: "Hi {{first name}}" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]).toMatchObject({
      path: ["text"],
      message: "{{first name}} is not a property name: use letters, digits and _ (e.g. {{firstname}}), or {{trigger.path}}.",
    });
    expect(sendSlackMessageConfigSchema.safeParse({ secretName: "", text: "x" }).error!.issues[0]).toMatchObject({
      path: ["secretName"],
      message: expect.stringMatching(/Choose the secret/),
    });
    expect(sendSlackMessageConfigSchema.safeParse({ secretName: "S", text: "x".repeat(3001) }).error!.issues[0].message).toMatch(
      /3000 characters/,
    );
    expect(sendSlackMessageConfigSchema.safeParse({ secretName: "S", text: "  " }).error!.issues[0].message).toMatch(/Write the message/);
  });
});
