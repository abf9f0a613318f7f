import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { sendWebhookConfigSchema } from "@/lib/actions/send-webhook/send-webhook-config";
import { createAppSchema } from "@/lib/apps/app-schemas";
import { createSecretSchema } from "@/lib/secrets/secret-schemas";
import { workflowActionSchema } from "@/lib/workflows/workflow-schema";
import { MESSAGES } from "./messages";
import { englishMessage, issueCode, validationKeys, type ValidationCode } from "./validation";

// The shared schemas name their messages by validation catalog key: the issue's English text is the en
// catalog's, and its code and params translate it (here into Korean, as the UI does).

const korean = createTranslator({ locale: "ko", messages: MESSAGES.ko, namespace: "validation" });
const toKorean = (code: ValidationCode | undefined) => {
  if (!code) throw new Error("the issue has no code");
  return (korean as unknown as (key: string, values?: unknown) => string)(code.code, code.params);
};
const HANGUL = /[\uac00-\ud7a3]/;

function issues(result: { success: boolean; error?: { issues: unknown[] } }) {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []) as Parameters<typeof issueCode>[0][];
}

const webhook = (config: Record<string, unknown>) => sendWebhookConfigSchema.safeParse({ method: "POST", ...config });

describe("validation messages", () => {
  it("every code a schema can raise is a key of both catalogs", () => {
    const koKeys = new Set(validationKeys(MESSAGES.ko.validation));
    for (const key of validationKeys()) expect(koKeys.has(key), key).toBe(true);
  });

  it("keeps the English text of a keyed message and stamps its code and params", () => {
    const [https] = issues(webhook({ webhookUrl: "http://example.com/hook" }));
    expect(https.message).toBe("The webhook URL must use https:// (plain http is not allowed).");
    expect(issueCode(https)).toEqual({ code: "webhookUrl.https" });
    expect(toKorean(issueCode(https))).toBe("웹훅 URL은 https://를 사용해야 합니다(일반 http는 허용되지 않습니다).");

    const [reserved] = issues(
      webhook({
        webhookUrl: "https://example.com",
        authentication: { type: "API_KEY", secretName: "KEY", keyName: "Content-Type", location: "HEADER" },
      }),
    );
    expect(reserved.path).toEqual(["authentication", "keyName"]);
    expect(reserved.message).toBe(
      '"Content-Type" cannot be used as the API key header: Hookflow sets it itself on every request. Use a header such as Authorization or X-Api-Key, or send the key as a query parameter.',
    );
    expect(issueCode(reserved)).toEqual({ code: "apiKey.headerReserved", params: { keyName: "Content-Type" } });
    expect(toKorean(issueCode(reserved))).toContain('"Content-Type"은(는) API 키 헤더로 사용할 수 없습니다.');

    const [invalidName] = issues(
      webhook({
        webhookUrl: "https://example.com",
        authentication: { type: "API_KEY", secretName: "KEY", keyName: "a b", location: "HEADER" },
      }),
    );
    expect(invalidName.message).toBe(
      "The API key name must be a valid header name: letters, digits and !#$%&'*+-.^_`|~ only, no spaces or colons.",
    );
    const [proto] = issues(
      webhook({ webhookUrl: "https://example.com", queryParams: [{ key: "__proto__", source: { type: "STATIC", value: "1" } }] }),
    );
    expect(proto.message).toBe(
      'The key "__proto__" is not allowed: JavaScript receivers treat it as an object\'s prototype, not a field. Choose another key.',
    );
  });

  it("stamps a check's and a schema's own message (too_small, invalid_type, refine)", () => {
    const [required] = issues(createSecretSchema.safeParse({ value: "x" }));
    expect(required).toMatchObject({ code: "invalid_type", path: ["name"], message: "name is required." });
    expect(issueCode(required)).toEqual({ code: "secret.nameRequired" });
    expect(toKorean(issueCode(required))).toBe("이름은 필수입니다.");

    const [blank] = issues(createSecretSchema.safeParse({ name: "KEY", value: "  " }));
    expect(blank.message).toBe("value must not be only spaces.");
    expect(issueCode(blank)).toEqual({ code: "secret.valueBlank" });

    const [empty] = issues(createAppSchema.safeParse({ name: " " }));
    expect(empty).toMatchObject({ code: "too_small", message: "name must not be empty." });
    expect(toKorean(issueCode(empty))).toBe("이름을 비워 둘 수 없습니다.");
  });

  it("gives zod's own messages a code, so a Korean form shows no English", () => {
    const [unknown] = issues(createAppSchema.safeParse({ name: "A", color: "red" }));
    expect(unknown.code).toBe("unrecognized_keys");
    expect(issueCode(unknown)).toEqual({ code: "zod.unrecognizedKeys", params: { count: 1, keys: "color" } });
    expect(toKorean(issueCode(unknown))).toBe("알 수 없는 필드: color.");

    const [missing] = issues(
      webhook({
        webhookUrl: "https://example.com",
        authentication: { type: "API_KEY", secretName: "KEY", location: "HEADER" },
      }),
    );
    expect(issueCode(missing)).toEqual({ code: "zod.invalidType", params: { expected: "string" } });
    expect(toKorean(issueCode(missing))).toMatch(HANGUL);
    expect(toKorean({ code: "zod.tooSmall.string", params: { limit: 3, inclusive: "yes" } })).toBe("3자 이상이어야 합니다.");
  });

  it("keeps the code of an action's config issue raised again at its path in the workflow, and leaves an unnamed custom issue without one", () => {
    const parsed = workflowActionSchema.safeParse({
      id: "a1",
      type: "SEND_WEBHOOK",
      config: { method: "POST", webhookUrl: "http://example.com" },
      nextId: null,
    });
    const [https] = issues(parsed);
    expect(https.path).toEqual(["config", "webhookUrl"]);
    expect(issueCode(https)).toEqual({ code: "webhookUrl.https" });
    expect(issueCode({ code: "custom", path: [], message: "Some sentence of its own." })).toBeUndefined();
  });

  it("formats the English text from the en catalog with its params", () => {
    expect(englishMessage("sendWebhook.outputDuplicate", { name: "id" })).toBe('The output name "id" is used more than once.');
    expect(englishMessage("valueSource.staticTooLong")).toBe("Static values are limited to 10,000 characters.");
  });
});
