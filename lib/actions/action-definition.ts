import type { z } from "zod";

export type OutputType = "STRING" | "NUMBER" | "BOOLEAN" | "DATETIME";

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
  summary: (config: Config) => string;
};
