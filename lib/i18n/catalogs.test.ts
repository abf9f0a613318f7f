import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import glossary from "./glossary.json";
import { LOCALES } from "./locales";
import { MESSAGES } from "./messages";

// The catalogs stay in step: the same keys in every language, messages that parse as ICU, the same
// placeholders (with the same kinds: plural, select, number, date, tags) on both sides, and the
// glossary's Korean terms wherever the English message uses the term.

type Tree = { [key: string]: string | Tree };

/** Every message of a catalog by its dotted key. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const KIND: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: "text",
  [TYPE.number]: "number",
  [TYPE.date]: "date",
  [TYPE.time]: "time",
  [TYPE.select]: "select",
  [TYPE.plural]: "plural",
  [TYPE.tag]: "tag",
};

/** "name:kind" of every placeholder and tag, nested ones included. */
function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    const kind = KIND[element.type];
    if (kind && "value" in element) into.add(`${element.value}:${kind}`);
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      for (const option of Object.values(element.options)) placeholders(option.value, into);
    }
    if (element.type === TYPE.tag) placeholders(element.children, into);
  }
  return into;
}

const catalogs = Object.fromEntries(LOCALES.map((locale) => [locale, flatten(MESSAGES[locale] as Tree)])) as Record<
  (typeof LOCALES)[number],
  Map<string, string>
>;

describe("message catalogs", () => {
  it("have the same keys in every language", () => {
    const english = [...catalogs.en.keys()].sort();
    expect(english.length).toBeGreaterThan(0);
    for (const locale of LOCALES) expect([...catalogs[locale].keys()].sort(), locale).toEqual(english);
  });

  it("hold messages that parse as ICU, with the same placeholders in every language", () => {
    for (const [key, english] of catalogs.en) {
      const expected = [...placeholders(parse(english))].sort();
      for (const locale of LOCALES) {
        const message = catalogs[locale].get(key) ?? "";
        expect(message.trim(), `${locale} ${key} is empty`).not.toBe("");
        expect([...placeholders(parse(message))].sort(), `${locale} ${key}`).toEqual(expected);
      }
    }
  });

  it("use the glossary's Korean term wherever the English message uses the term", () => {
    // Messages whose English uses a glossary word in another sense: HubSpot's lead status
    // "Attempted to contact" is the verb (연락 시도함), not a contact record.
    const otherSense: Record<string, string[]> = { "crm.propertyOptions.hs_lead_status.ATTEMPTED_TO_CONTACT": ["contact"] };
    const terms = Object.entries(glossary.terms).sort(([a], [b]) => b.length - a.length);
    for (const [key, english] of catalogs.en) {
      let rest = english;
      for (const [term, korean] of terms) {
        const pattern = new RegExp(`\\b${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(s|es)?\\b`, "i");
        if (!pattern.test(rest) || otherSense[key]?.includes(term)) continue;
        // A longer term ("Send a webhook") takes its words out of the shorter ones' way ("webhook").
        rest = rest.replace(pattern, " ");
        expect(catalogs.ko.get(key), `ko ${key}: "${english}" uses "${term}"`).toContain(korean);
      }
    }
  });

  it("the placeholder check fails on a missing or different placeholder", () => {
    expect([...placeholders(parse("{count, plural, one {# run} other {# runs}} by {name}"))].sort()).toEqual(["count:plural", "name:text"]);
    expect([...placeholders(parse("<b>{name}</b>"))].sort()).toEqual(["b:tag", "name:text"]);
  });
});
