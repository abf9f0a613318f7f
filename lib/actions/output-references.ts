import { englishMessage, type ValidationKey, type ValidationParams } from "@/lib/i18n/validation";
import type { OutputType } from "./action-definition";
import { actionDisplayName } from "./action-names";
import { definitionOf } from "./action-registry";
import { valueSourceSchema, type ValueSource } from "./value-source";

// An OUTPUT value source ({ type: "OUTPUT", actionId, output }) reads what an earlier action of the
// same run produced. These checks are shared by the API (a save that breaks one is refused, a saved
// workflow that has one cannot be turned on) and the editor (the action is flagged as soon as an edit
// breaks it), so both say the same thing at the same path.

type ReferencingAction = { id: string; type: string; name?: string | null; config: unknown };

/** A value source inside a config, with its path there (["body", "fields", 2, "source"], ["value"]). */
export type SourceAt = { path: (string | number)[]; source: ValueSource };

/**
 * Every value source in an action's config, wherever the config keeps it (a body field, a query
 * parameter, a property's value…). Found by shape, so an action type added to the registry has its
 * sources checked without being listed here.
 */
export function valueSourcesIn(config: unknown): SourceAt[] {
  const found: SourceAt[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) walk(item, [...path, index]);
      return;
    }
    if (!value || typeof value !== "object") return;
    const parsed = valueSourceSchema.safeParse(value);
    if (parsed.success) {
      found.push({ path, source: parsed.data });
      return;
    }
    for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
  };
  walk(config, []);
  return found;
}

/** The OUTPUT sources of an action's config. */
function outputSourcesIn(config: unknown): { path: (string | number)[]; source: Extract<ValueSource, { type: "OUTPUT" }> }[] {
  return valueSourcesIn(config).flatMap((found) => (found.source.type === "OUTPUT" ? [{ path: found.path, source: found.source }] : []));
}

/** The outputs an action's definition says it produces; an unfinished (draft) config still has the ones it names. */
export function definedOutputs(action: { type: string; config: unknown }): { name: string; type: OutputType }[] {
  const definition = definitionOf(action.type);
  if (!definition) return [];
  const parsed = definition.configSchema.safeParse(action.config ?? {});
  if (parsed.success) return definition.outputs(parsed.data as never);
  try {
    return definition.outputs(action.config as never).filter((o) => o && typeof o.name === "string" && o.name);
  } catch {
    return [];
  }
}

export type OutputReferenceIssue = {
  /** Index of the action that holds the source, in the list given. */
  index: number;
  actionId: string;
  /** Path of the source inside the action ("config.value", "config.body.fields.2.source"). */
  path: (string | number)[];
  /** The English message, and the validation catalog's code and params the editor shows it by. */
  message: string;
  code: ValidationKey;
  params: ValidationParams;
};

/**
 * OUTPUT sources that cannot resolve when the workflow runs: the action they name was deleted, is
 * this same action, or runs later, or it does not produce that output. `actions` must be in the
 * order they run.
 */
export function outputReferenceIssues(actions: ReferencingAction[]): OutputReferenceIssue[] {
  const position = new Map<string, number>();
  actions.forEach((action, index) => {
    if (!position.has(action.id)) position.set(action.id, index);
  });
  const outputsOf = new Map<number, Set<string>>();
  const issues: OutputReferenceIssue[] = [];
  actions.forEach((action, index) => {
    for (const { path, source } of outputSourcesIn(action.config)) {
      const at = position.get(source.actionId);
      let code: ValidationKey | null = null;
      if (at === undefined) code = "outputReference.deleted";
      else if (at === index) code = "outputReference.self";
      else if (at > index) code = "outputReference.later";
      else {
        if (!outputsOf.has(at)) outputsOf.set(at, new Set(definedOutputs(actions[at]).map((o) => o.name)));
        if (!outputsOf.get(at)!.has(source.output)) code = "outputReference.missing";
      }
      if (code) {
        const params = {
          outputName: source.output,
          ...(at === undefined || at === index ? {} : { actionName: actionDisplayName(actions[at]) }),
        };
        issues.push({ index, actionId: action.id, path: ["config", ...path], message: englishMessage(code, params), code, params });
      }
    }
  });
  return issues;
}

/** The later actions that read an action's outputs, and which outputs: what deleting it would break. */
export function usesOfOutputs(actions: ReferencingAction[], actionId: string): { action: ReferencingAction; outputs: string[] }[] {
  return actions
    .filter((action) => action.id !== actionId)
    .flatMap((action) => {
      const outputs = [
        ...new Set(outputSourcesIn(action.config).flatMap(({ source }) => (source.actionId === actionId ? [source.output] : []))),
      ];
      return outputs.length ? [{ action, outputs }] : [];
    });
}
