import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { ActionText } from "@/lib/actions/action-definition";
import { type ActionNaming, actionDisplayName, summaryContext } from "@/lib/actions/action-names";
import { standardProperties } from "@/lib/crm/property-definitions";
import { MESSAGES } from "@/lib/i18n/messages";
import { setPropertyDefinition } from "./definition";
import type { SetPropertyConfig } from "./set-property-config";

// The canvas line of a Set property value action. Action ids are internal: a value read from an
// earlier action's output names that action as the editor does, never by its id.
const actions = [
  { id: "a-ba7q5xhq", type: "SEND_WEBHOOK" },
  { id: "a-named01", type: "SEND_WEBHOOK", name: "  Look up tier " },
  { id: "a-set0001", type: "SET_PROPERTY" },
];
// The summary is a catalog message; shown as the editor shows it, in English unless told.
const translator = (locale: "en" | "ko") => createTranslator({ locale, messages: MESSAGES[locale], namespace: "actionTypes" });
const shown = (text: ActionText, locale: "en" | "ko" = "en") => translator(locale)(text.key, text.values);
const summary = (value: SetPropertyConfig["value"], property = "customer_tier") =>
  shown(setPropertyDefinition.summary({ property, value }, summaryContext(actions)));

describe("Set property value summary", () => {
  it("names an unnamed earlier action by its type's label, not its id", () => {
    const line = summary({ type: "OUTPUT", actionId: "a-ba7q5xhq", output: "tier" });
    expect(line).toBe("Set customer_tier to Send a webhook → tier");
    expect(line).not.toContain("a-ba7q5xhq");
  });

  it("names a named earlier action by its name", () => {
    expect(summary({ type: "OUTPUT", actionId: "a-named01", output: "tier" })).toBe("Set customer_tier to Look up tier → tier");
  });

  it("says an action was removed rather than show the id it no longer resolves", () => {
    const line = summary({ type: "OUTPUT", actionId: "a-gone0001", output: "tier" });
    expect(line).toBe("Set customer_tier to a removed action → tier");
    expect(line).not.toContain("a-gone0001");
  });

  it("describes the other sources as before", () => {
    expect(summary({ type: "STATIC", value: "gold" })).toBe('Set customer_tier to "gold"');
    expect(summary({ type: "PROPERTY", property: "email" })).toBe("Set customer_tier to the email property");
    expect(summary({ type: "TRIGGER", path: "customer.tier" })).toBe("Set customer_tier to webhook customer.tier");
    expect(shown(setPropertyDefinition.summary({ property: "", value: { type: "STATIC", value: "" } }, summaryContext([])))).toBe(
      "Choose a property",
    );
  });

  it("reads in Korean with the viewer's names for actions, quoting people's data verbatim", () => {
    const t = translator("ko");
    const naming: ActionNaming = { label: (type) => t(`${type as "SEND_WEBHOOK"}.label`), removed: t("removedAction") };
    const context = summaryContext(actions, undefined, naming);
    const ko = (value: SetPropertyConfig["value"]) =>
      shown(setPropertyDefinition.summary({ property: "customer_tier", value }, context), "ko");
    expect(ko({ type: "OUTPUT", actionId: "a-ba7q5xhq", output: "tier" })).toBe("customer_tier 설정: 웹훅 보내기 → tier");
    expect(ko({ type: "OUTPUT", actionId: "a-gone0001", output: "tier" })).toBe("customer_tier 설정: 삭제된 작업 → tier");
    expect(ko({ type: "STATIC", value: "Gold tier" })).toBe('customer_tier 설정: "Gold tier"');
    expect(ko({ type: "PROPERTY", property: "email" })).toBe("customer_tier 설정: email 속성");
    expect(ko({ type: "TRIGGER", path: "customer.tier" })).toBe("customer_tier 설정: 웹훅 customer.tier");
  });
});

describe("actionDisplayName", () => {
  it("is the action's trimmed name, else its type's label", () => {
    expect(actionDisplayName({ type: "SEND_WEBHOOK", name: " Notify billing " })).toBe("Notify billing");
    expect(actionDisplayName({ type: "SEND_WEBHOOK", name: "   " })).toBe("Send a webhook");
    expect(actionDisplayName({ type: "SET_PROPERTY", name: null })).toBe("Set property value");
    expect(actionDisplayName({ type: "DELAY" })).toBe("Delay");
  });

  it("shows labels where the editor knows the properties: the property's, a dropdown option's, a property read", () => {
    const contact = standardProperties("contact");
    const context = summaryContext(actions, (name) => contact.find((p) => p.name === name));
    const line = (config: SetPropertyConfig) => shown(setPropertyDefinition.summary(config, context));
    expect(line({ property: "lifecyclestage", value: { type: "STATIC", value: "marketingqualifiedlead" } })).toBe(
      'Set Lifecycle stage to "Marketing qualified lead"',
    );
    expect(line({ property: "jobtitle", value: { type: "PROPERTY", property: "hs_lead_status" } })).toBe(
      "Set Job title to the Lead status property",
    );
    // Without a definition (a property deleted since), the internal name.
    expect(line({ property: "gone_property", value: { type: "STATIC", value: "x" } })).toBe('Set gone_property to "x"');
  });
});
