import type { z } from "zod";

export type OutputType = "STRING" | "NUMBER" | "BOOLEAN" | "DATETIME";

/** What a summary needs beyond its own config: a config refers to other actions by id, which people never see. */
export type SummaryContext = {
  /** The name people know the action by (lib/actions/action-names.ts). */
  actionName: (actionId: string) => string;
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
};
