import type { RecordDetail } from "@/lib/crm/record-schemas";
import { readPath } from "@/lib/webhooks/json-path";
import type { ValueSource } from "./value-source";

// What an action run can read, and how a value source resolves against it.
// Missing values: a record property with no value resolves to "" (sent as "" in bodies and
// queries alike, as HubSpot does); a webhook-trigger field or an earlier action's output
// that is missing fails the action, since it points at a broken workflow, not at data.

/** A problem with the workflow itself (not the data or the endpoint): the action fails, no retry. */
export class ActionConfigError extends Error {
  readonly code = "INVALID_CONFIG";
}

export type RunContext = {
  record: RecordDetail;
  /** Payload of the incoming webhook that started the enrollment, if any. */
  triggerPayload?: unknown;
  /** Outputs of earlier actions: { [actionId]: { [outputName]: value } }; in a Test, their last Tests' (pinned). */
  outputs?: Record<string, Record<string, unknown>>;
  /** A Test of this action alone: an output no earlier Test gave says to test that action first. */
  testedAlone?: boolean;
  /** Names actions in messages as people know them (ids are internal). */
  actionName?: (actionId: string) => string;
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
      if (value === undefined) throw new ActionConfigError(`The webhook trigger has no value at "${source.path}" for this enrollment.`);
      return value;
    }
    case "OUTPUT": {
      const action = context.actionName?.(source.actionId) ?? `action ${source.actionId}`;
      const outputs = own(context.outputs ?? {}, source.actionId);
      if (!outputs || !Object.hasOwn(outputs, source.output)) {
        if (context.testedAlone)
          throw new ActionConfigError(
            `This value comes from the output "${source.output}" of ${action}. Test ${action} first: a Test uses the outputs of the earlier actions' last successful Test.`,
          );
        throw new ActionConfigError(`The output "${source.output}" of ${action} is not available; that action has not produced it.`);
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
