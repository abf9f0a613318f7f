import type { OutputType } from "@/lib/actions/action-definition";
import type { ActionType } from "@/lib/actions/action-registry";
import type { Workflow } from "@/lib/workflows/workflow-schema";

/** What the editor gives an action's configuration panel (one panel per action type). */
export type ActionPanelProps<Config> = {
  /** The workflow as last saved (id, objectType, actions). */
  workflow: Workflow;
  action: { id: string; type: ActionType; name?: string; config: Config };
  /** Every edit, immediately; the editor keeps the draft and saves it with the workflow. */
  onChange: (config: Config) => void;
  /** Validation messages by config path ("webhookUrl", "body.fields.0.key"), from the shared zod schema or the API. */
  errors: Record<string, string>;
  /** Outputs of the actions before this one, for value pickers. */
  earlierOutputs: { actionId: string; actionName: string; outputs: { name: string; type: OutputType }[] }[];
  /** Names any action of the draft by id, and "a removed action" for one that is gone: a chosen output never shows an id. */
  actionName?: (actionId: string) => string;
};
