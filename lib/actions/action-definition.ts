import type { z } from "zod";
import type { MessageKeys, NestedKeyOf } from "next-intl";
import type { PropertyDefinition } from "@/lib/crm/property-definitions";
import type { ErrorDetail } from "@/lib/errors";
import type { Messages } from "@/lib/i18n/messages";

export type OutputType = "STRING" | "NUMBER" | "BOOLEAN" | "DATETIME";

/** A message of the actionTypes catalog (lib/i18n/messages/<locale>/actionTypes.json), e.g. "SEND_WEBHOOK.label". */
export type ActionTextKey = MessageKeys<Messages["actionTypes"], NestedKeyOf<Messages["actionTypes"]>>;

/**
 * Text an action type puts on screen, as a catalog key and its values: lib/ holds no display text,
 * the caller translates it (components/actions/use-action-type-text.ts). Values that quote people's
 * data (URLs, property and option labels, action names) are shown verbatim.
 */
export type ActionText = { key: ActionTextKey; values?: Record<string, string | number> };

/** The heading an action is listed under in the editor's action picker (actionTypes.groups.<group>). */
type ActionGroup = keyof Messages["actionTypes"]["groups"];

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
/** The editor passes them in the user's language (labels of the definitions, objectLabel); the server in English. */
export type PropertyCheck = { definitions: readonly PropertyDefinition[]; objectLabel: string };

/** How the run page treats a step of this type (components/run-history/step-card.tsx). */
export type RunStepBehaviour = {
  /**
   * When "Retry now" is offered: "delivery" while failed or waiting for its next retry (the
   * runner retries on its own), "failed" once failed (run it again after fixing its source),
   * "never" (running it again changes nothing).
   */
  retryNow: "delivery" | "failed" | "never";
  /**
   * For a type that holds the step after it (a Delay). Its words come from the actionTypes catalog:
   * <TYPE>.runningLabel, the status badge's word while the step runs ("Sending"); <TYPE>.retryNote,
   * shown after Retry now was pressed (unless retryNow is "never"); <TYPE>.holdsNoun, the noun for the
   * wait of a type that holds the next step, as in "Waits for the delay “Cool-off” to end".
   */
  holdsNext?: true;
};

/** The isomorphic half of an action type: safe to import in the browser. */
export type ActionDefinition<Config> = {
  type: string;
  // Its label, description and the rest of its words are in the actionTypes catalog under <TYPE>
  // (lib/actions/action-type-texts.test.ts checks that every type has them in every language).
  /** Heading the action is listed under in the editor's action picker. */
  group: ActionGroup;
  configSchema: z.ZodType<Config, unknown>;
  defaultConfig: () => Config;
  outputs: (config: Config) => { name: string; type: OutputType }[];
  /** One line shown on the action's node. */
  summary: (config: Config, context: SummaryContext) => ActionText;
  /** The secrets and apps the config names; none when absent. */
  references?: (config: Config) => ConfigReference[];
  /** The record properties the config reads or sets (Settings → Properties keeps those from being deleted); none when absent. */
  properties?: (config: Config) => string[];
  /**
   * What is wrong with the properties the config sets, given the object type's properties (each must
   * exist, be writable, and a fixed value must fit its type), by config path; checked by the editor and
   * on save. None when absent.
   */
  propertyIssues?: (config: Config, properties: PropertyCheck) => ErrorDetail[];
  /** Offered by the panel's Test section (what the Test does, in one sentence: <TYPE>.testExplains). Absent: the type cannot be tested. */
  test?: true;
  run: RunStepBehaviour;
};

// biome-ignore lint/suspicious/noExplicitAny: a registry entry keeps its own Config; `unknown` would refuse every typed definition.
export type AnyActionDefinition = ActionDefinition<any>;
