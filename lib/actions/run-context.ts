import type { RecordDetail } from "@/lib/crm/record-schemas";
import { type RunError, type RunErrorParams, runError, runErrorRef } from "@/lib/i18n/run-errors";
import { readPath } from "@/lib/webhooks/json-path";
import type { ValueSource } from "./value-source";

// What an action run can read, and how a value source resolves against it.
// Missing values: a record property with no value resolves to "" (sent as "" in bodies and
// queries alike, as HubSpot does); a webhook-trigger field or an earlier action's output
// that is missing fails the action, since it points at a broken workflow, not at data.

/** A problem with the workflow itself (not the data or the endpoint): the action fails, no retry. */
export class ActionConfigError extends Error {
  readonly code = "INVALID_CONFIG";
  /** The problem as a run error (its English is the message). */
  constructor(readonly error: RunError) {
    super(error.text);
  }
}

export type RunContext = {
  record: RecordDetail;
  /** Payload of the incoming webhook that started the enrollment, if any. */
  triggerPayload?: unknown;
  /** Outputs of earlier actions: { [actionId]: { [outputName]: value } }; in a Test, their last Tests' (pinned). */
  outputs?: Record<string, Record<string, unknown>>;
  /** A Test of this action alone: an output no earlier Test gave says to test that action first. */
  testedAlone?: boolean;
  /**
   * Names actions in messages as people know them (ids are internal): a name, or a message that
   * words it in the reader's language (an unnamed action's type label; see actionNameParam).
   */
  actionName?: (actionId: string) => RunErrorParams[string];
};

// Property names, action ids and output names are user input ("constructor", "__proto__"…): only
// own properties count, so a name Object.prototype also has reads as missing, never as its member.
const own = <T>(object: Record<string, T> | undefined, key: string): T | undefined =>
  object && Object.hasOwn(object, key) ? object[key] : undefined;

export function resolveSource(source: ValueSource, context: RunContext): unknown {
  switch (source.type) {
    case "STATIC":
      return source.value;
    case "PROPERTY":
      return own(context.record.properties, source.property)?.value ?? "";
    case "TRIGGER": {
      const value = readPath(context.triggerPayload, source.path);
      if (value === undefined) throw new ActionConfigError(runError("config.triggerValueMissing", { path: source.path }));
      return value;
    }
    case "OUTPUT": {
      const action = context.actionName?.(source.actionId) ?? runErrorRef("config.actionById", { id: source.actionId });
      const outputs = own(context.outputs ?? {}, source.actionId);
      if (!outputs || !Object.hasOwn(outputs, source.output)) {
        const params = { output: source.output, action };
        throw new ActionConfigError(runError(context.testedAlone ? "config.outputUntested" : "config.outputMissing", params));
      }
      return outputs[source.output];
    }
  }
}

/** A resolved value as text (a property value, a message): strings as they are, nothing as "", objects as JSON. */
export function valueAsText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
