import { resolveSource, type RunContext, valueAsText } from "@/lib/actions/run-context";
import type { ValueSource } from "@/lib/actions/value-source";
import type { ValidationCode } from "@/lib/i18n/validation";

// The message of a Slack action: text with placeholders, `{{email}}` for a property of the
// enrolled record and `{{trigger.order.plan}}` for a field of the webhook trigger's payload.
// A property with no value reads as empty, as in a webhook body; a missing trigger field fails
// the action (it points at a broken workflow, not at data).

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const PROPERTY_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}$/;
const TRIGGER_PREFIX = "trigger.";

/** The value source a placeholder's inside names, or what is wrong with it (a validation catalog key and params). */
export function placeholderSource(
  inside: string,
): { source: Extract<ValueSource, { type: "PROPERTY" | "TRIGGER" }> } | { problem: ValidationCode } {
  const name = inside.trim();
  if (!name) return { problem: { code: "slack.placeholderEmpty" } };
  if (name.startsWith(TRIGGER_PREFIX)) {
    const path = name.slice(TRIGGER_PREFIX.length);
    return path ? { source: { type: "TRIGGER", path } } : { problem: { code: "slack.placeholderTriggerPath" } };
  }
  if (!PROPERTY_NAME.test(name)) return { problem: { code: "slack.placeholderName", params: { inside: name } } };
  return { source: { type: "PROPERTY", property: name } };
}

/** Every placeholder of a message, in order. */
export function placeholdersIn(text: string): { inside: string; index: number }[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => ({ inside: match[1], index: match.index }));
}

// Slack reads &, < and > as markup (<url|label>, <@user>): a value from a record is text, never markup.
const escapeForSlack = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The message with every placeholder replaced by its value, escaped for Slack. Throws ActionConfigError for a missing trigger field. */
export function renderMessage(text: string, context: RunContext): string {
  return text.replace(PLACEHOLDER, (whole, inside: string) => {
    const found = placeholderSource(inside);
    return "source" in found ? escapeForSlack(valueAsText(resolveSource(found.source, context))) : whole;
  });
}
