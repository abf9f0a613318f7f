import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { LOCALES } from "@/lib/i18n/locales";
import type { ActionText, AnyActionDefinition } from "./action-definition";
import { ACTION_TYPES, actionDefinitions } from "./action-registry";
import { ENGLISH_NAMING } from "./action-names";

// Every word an action type puts on screen is in the actionTypes catalog (lib/i18n/messages/<locale>/
// actionTypes.json), under its type: a type added to the registry without its words, in any language,
// fails here rather than showing a raw key.

/** The keys a type needs, from what its definition offers. */
function requiredKeys(type: (typeof ACTION_TYPES)[number]): string[] {
  const definition = actionDefinitions[type];
  return [
    "label",
    "description",
    "runningLabel",
    ...(definition.test ? ["testExplains"] : []),
    ...(definition.run.retryNow !== "never" ? ["retryNote"] : []),
    ...(definition.run.holdsNext ? ["holdsNoun"] : []),
  ];
}

const catalog = (locale: (typeof LOCALES)[number]) => MESSAGES[locale].actionTypes as unknown as Record<string, Record<string, unknown>>;

describe("the actionTypes catalog", () => {
  it("has every registered type's words and group in every language", () => {
    for (const locale of LOCALES) {
      for (const type of ACTION_TYPES) {
        for (const key of requiredKeys(type)) {
          const message = catalog(locale)[type]?.[key];
          expect(typeof message === "string" && message.trim() !== "", `${locale} actionTypes.${type}.${key}`).toBe(true);
        }
        expect(catalog(locale).groups[actionDefinitions[type].group], `${locale} group of ${type}`).toBeTypeOf("string");
      }
    }
  });

  it("translates every type's summary of its default config in every language", () => {
    const context = { actionName: () => "Earlier" };
    for (const locale of LOCALES) {
      const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "actionTypes" });
      for (const type of ACTION_TYPES) {
        const definition: AnyActionDefinition = actionDefinitions[type];
        const text: ActionText = definition.summary(definition.defaultConfig(), context);
        const line = t(text.key, text.values);
        expect(line, `${locale} ${type}`).not.toContain(text.key);
        expect(line.trim(), `${locale} ${type}`).not.toBe("");
      }
    }
  });

  it("words the node lines as before in English", () => {
    const t = createTranslator({ locale: "en", messages: MESSAGES.en, namespace: "actionTypes" });
    const line = (text: ActionText) => t(text.key, text.values);
    const context = { actionName: () => "Earlier" };
    const webhook = actionDefinitions.SEND_WEBHOOK.defaultConfig();
    expect(line(actionDefinitions.SEND_WEBHOOK.summary(webhook, context))).toBe("POST (no URL yet)");
    expect(line(actionDefinitions.SEND_WEBHOOK.summary({ ...webhook, webhookUrl: "https://example.com/hook?a=1" }, context))).toBe(
      "POST https://example.com/hook?a=1",
    );
    expect(line(actionDefinitions.DELAY.summary({ amount: 1, unit: "HOURS" }, context))).toBe("Wait 1 hour");
    expect(line(actionDefinitions.DELAY.summary({ amount: 90, unit: "MINUTES" }, context))).toBe("Wait 90 minutes");
    expect(line(actionDefinitions.DELAY.summary({ amount: 2, unit: "DAYS" }, context))).toBe("Wait 2 days");
    expect(line(actionDefinitions.SEND_SLACK_MESSAGE.summary({ secretName: "", text: "Hi" }, context))).toBe(
      "Choose the Slack webhook secret",
    );
    expect(line(actionDefinitions.SEND_SLACK_MESSAGE.summary({ secretName: "SLACK", text: "New  {{firstname}}" }, context))).toBe(
      "Slack: “New {{firstname}}”",
    );
  });

  it("words a Delay's length and a node line in Korean", () => {
    const t = createTranslator({ locale: "ko", messages: MESSAGES.ko, namespace: "actionTypes" });
    expect(t("DELAY.summary", { amount: 90, unit: "MINUTES" })).toBe("90분 대기");
    expect(t("DELAY.length", { amount: 1, unit: "HOURS" })).toBe("1시간");
    expect(t("DELAY.length", { amount: 2, unit: "DAYS" })).toBe("2일");
  });

  it("gives the server the English labels", () => {
    expect(ENGLISH_NAMING.label("SEND_WEBHOOK")).toBe("Send a webhook");
    expect(ENGLISH_NAMING.label("SEND_SLACK_MESSAGE")).toBe("Send a Slack message");
    expect(ENGLISH_NAMING.label("GONE_TYPE")).toBe("GONE_TYPE");
    expect(ENGLISH_NAMING.removed).toBe("a removed action");
  });
});
