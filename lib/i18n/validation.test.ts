import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { sendWebhookConfigSchema } from "@/lib/actions/send-webhook/send-webhook-config";
import { createAppSchema } from "@/lib/apps/app-schemas";
import { outputReferenceIssues } from "@/lib/actions/output-references";
import { sendSlackMessageConfigSchema } from "@/lib/actions/send-slack-message/send-slack-message-config";
import { checkPropertyValue, createPropertySchema, standardProperties } from "@/lib/crm/property-definitions";
import { captureUrlSettingsSchema } from "@/lib/inspector/inspector-schemas";
import { createSecretSchema } from "@/lib/secrets/secret-schemas";
import { workflowActionSchema } from "@/lib/workflows/workflow-schema";
import { localizeParams, messagesText } from "./localize-params";
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

  it("the create-property schema names its messages by key", () => {
    const found = issues(
      createPropertySchema.safeParse({
        objectType: "contact",
        label: " ",
        name: "Tier",
        type: "enumeration",
        options: [
          { value: "a", label: "A" },
          { value: "a", label: "Again" },
        ],
      }),
    );
    const codes = found.map((issue) => ({ path: (issue as { path: PropertyKey[] }).path.join("."), ...issueCode(issue) }));
    expect(codes).toEqual([
      { path: "label", code: "createProperty.label" },
      { path: "name", code: "createProperty.namePattern" },
      { path: "options.1.value", code: "createProperty.optionDuplicate", params: { optionValue: "a" } },
    ]);
    expect(found[2].message).toBe('Two options have the value "a".');
    expect(toKorean(issueCode(found[2]))).toBe('두 옵션의 값이 "a"(으)로 같습니다.');
    const [notDropdown] = issues(
      createPropertySchema.safeParse({
        objectType: "contact",
        label: "Seats",
        name: "seats",
        type: "number",
        options: [{ value: "1", label: "1" }],
      }),
    );
    expect(notDropdown.message).toBe("Only a dropdown select has options.");
    expect(toKorean(issueCode(notDropdown))).toMatch(HANGUL);
  });

  it("the capture URL settings schema names its messages by key", () => {
    const answer = { status: 99, contentType: "application/json", body: "{", headers: [{ name: "X-Hookflow-Id", value: "1" }], delayMs: 0 };
    const found = issues(captureUrlSettingsSchema.safeParse({ name: "", responses: [answer] }));
    const byPath = Object.fromEntries(found.map((issue) => [(issue as { path: PropertyKey[] }).path.join("."), issue]));
    expect(issueCode(byPath.name)).toEqual({ code: "inspector.nameEmpty" });
    expect(issueCode(byPath["responses.0.status"])).toEqual({ code: "inspector.statusRange" });
    expect(byPath["responses.0.status"].message).toBe("status must be between 200 and 599.");
    expect(byPath["responses.0.headers.0.name"].message).toBe(
      "X-Hookflow-Id cannot be set here: X-Hookflow- headers are the inspector's own.",
    );
    expect(issueCode(byPath["responses.0.headers.0.name"])).toEqual({
      code: "inspector.headerReserved",
      params: { headerName: "X-Hookflow-Id", reason: "inspector" },
    });
    expect(toKorean(issueCode(byPath["responses.0.headers.0.name"]))).toBe(
      "X-Hookflow-Id 헤더는 여기서 설정할 수 없습니다: X-Hookflow- 헤더는 검사기 전용입니다.",
    );
    for (const issue of found) expect(toKorean(issueCode(issue)), String(issue.message)).toMatch(HANGUL);
  });

  it("a property type misfit carries its code and params, in Korean with the label the UI passes", () => {
    const [lifecycle] = standardProperties("contact").filter((definition) => definition.name === "lifecyclestage");
    const misfit = checkPropertyValue(lifecycle, "vip");
    if (misfit.ok) throw new Error("vip fits");
    expect(misfit.code).toBe("propertyValue.option");
    expect(toKorean({ code: misfit.code, params: { ...misfit.params, propertyLabel: "라이프사이클 단계" } })).toMatch(
      /^라이프사이클 단계\(lifecyclestage\) 속성에는 다음 중 하나를 입력하세요: Subscriber \(subscriber\), .*입력한 값: "vip"$/,
    );
    // The UI swaps the English names for the reader's (lib/i18n/localize-params.ts): label and options.
    const korean = localizeParams({ ...misfit.params, objectType: "contact" }, messagesText(MESSAGES.ko));
    expect(toKorean({ code: misfit.code, params: korean })).toMatch(
      /^라이프사이클 단계\(lifecyclestage\) 속성에는 다음 중 하나를 입력하세요: 구독자 \(subscriber\), 리드 \(lead\), .*입력한 값: "vip"$/,
    );
  });

  it("Slack placeholder problems and output value references are keyed", () => {
    const [placeholder] = issues(sendSlackMessageConfigSchema.safeParse({ secretName: "SLACK_URL", text: "Hi {{first name}}" }));
    expect(issueCode(placeholder)).toEqual({ code: "slack.placeholderName", params: { inside: "first name" } });
    expect(toKorean(issueCode(placeholder))).toBe(
      "{{first name}}은(는) 속성 이름이 아닙니다. 영문자, 숫자, _를 사용하거나({{firstname}} 등) {{trigger.path}}를 사용하세요.",
    );
    const [gone] = outputReferenceIssues([
      { id: "s", type: "SET_PROPERTY", config: { property: "x", value: { type: "OUTPUT", actionId: "gone", output: "tier" } } },
    ]);
    expect(gone).toMatchObject({ code: "outputReference.deleted", params: { outputName: "tier" } });
    expect(toKorean(gone)).toBe('더 이상 없는 작업의 출력 "tier"을(를) 사용합니다. 다른 값을 선택하세요.');
  });
});
