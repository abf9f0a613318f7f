import type { z } from "zod";
import type { PropertyDefinition } from "@/lib/crm/property-definitions";

export type OutputType = "STRING" | "NUMBER" | "BOOLEAN" | "DATETIME";

/** What a summary needs beyond its own config: a config refers to other actions by id, which people never see. */
export type SummaryContext = {
  /** The name people know the action by (lib/actions/action-names.ts). */
  actionName: (actionId: string) => string;
  /** The object type's property of that name, where known (the editor): summaries then show labels, not internal names. */
  property?: (name: string) => PropertyDefinition | undefined;
};

/**
 * Something stored elsewhere that a config names, with the config path that names it: Settings →
 * Secrets lists the workflows that use a secret, and a workflow cannot be turned on while one is gone.
 */
export type ConfigReference = { kind: "secret"; name: string; path: string } | { kind: "app"; id: number; path: string };

/** The properties of the workflow's object type, for propertyIssues. */
export type PropertyCheck = { definitions: readonly PropertyDefinition[]; objectLabel: string };

/** How the run page treats a step of this type (components/run-history/step-card.tsx). */
export type RunStepBehaviour = {
  /**
   * When "Retry now" is offered: "delivery" while failed or waiting for its next retry (the
   * runner retries on its own), "failed" once failed (run it again after fixing its source),
   * "never" (running it again changes nothing).
   */
  retryNow: "delivery" | "failed" | "never";
  /** The status badge's word while the step runs ("Sending" for a delivery). */
  runningLabel: string;
  /** Shown after Retry now was pressed, until the new attempt appears. */
  retryNote: string;
  /**
   * For a type that holds the step after it (a Delay): the noun for its wait, as in "Waits for the
   * delay “Cool-off” to end" and "waiting for a delay until 5:05 PM".
   */
  holdsNext?: { noun: string };
};

/** The isomorphic half of an action type: safe to import in the browser. */
export type ActionDefinition<Config> = {
  type: string;
  label: string;
  /** Heading the action is listed under in the editor's action picker. */
  group: string;
  description: string;
  configSchema: z.ZodType<Config, unknown>;
  defaultConfig: () => Config;
  outputs: (config: Config) => { name: string; type: OutputType }[];
  /** One line shown on the action's node. */
  summary: (config: Config, context: SummaryContext) => string;
  /** The secrets and apps the config names; none when absent. */
  references?: (config: Config) => ConfigReference[];
  /** The record properties the config reads or sets (Settings → Properties keeps those from being deleted); none when absent. */
  properties?: (config: Config) => string[];
  /**
   * What is wrong with the properties the config sets, given the object type's properties (each must
   * exist, be writable, and a fixed value must fit its type), by config path; checked by the editor and
   * on save. None when absent.
   */
  propertyIssues?: (config: Config, properties: PropertyCheck) => { path: string; message: string }[];
  /** Offered by the panel's Test section; what the Test does, in one sentence. Absent: the type cannot be tested. */
  test?: { explains: string };
  run: RunStepBehaviour;
};

// biome-ignore lint/suspicious/noExplicitAny: a registry entry keeps its own Config; `unknown` would refuse every typed definition.
export type AnyActionDefinition = ActionDefinition<any>;
