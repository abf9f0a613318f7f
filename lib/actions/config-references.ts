import type { ConfigReference } from "./action-definition";
import { definitionOf } from "./action-registry";

/** The secrets and apps an action's config names (its type's `references`); none for a config its type does not accept. */
export function actionReferences(action: { type: string; config: unknown }): ConfigReference[] {
  const definition = definitionOf(action.type);
  if (!definition?.references) return [];
  const parsed = definition.configSchema.safeParse(action.config ?? {});
  return parsed.success ? definition.references(parsed.data) : [];
}

/** The record properties an action's config reads or sets (its type's `properties`); none for a config its type does not accept. */
export function actionProperties(action: { type: string; config: unknown }): string[] {
  const definition = definitionOf(action.type);
  if (!definition?.properties) return [];
  const parsed = definition.configSchema.safeParse(action.config ?? {});
  return parsed.success ? definition.properties(parsed.data) : [];
}
