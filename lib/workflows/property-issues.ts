import type { PropertyCheck } from "@/lib/actions/action-definition";
import { definitionOf } from "@/lib/actions/action-registry";
import { findProperty, matchPropertyIssue, writableIssue } from "@/lib/crm/property-definitions";
import type { ErrorDetail } from "@/lib/errors";
import type { WorkflowTrigger } from "./workflow-schema";

// The properties a workflow sets or matches on, checked against the object type's properties: the
// editor shows these as it is edited, the API refuses a save that has them (lib/workflows/workflows.ts).

/** Path, English message, and the validation catalog's code and params the UI shows it by. */
type Issue = ErrorDetail;

/** Issues of the actions, at "actions.<index>.config.<path>"; a config its type does not accept has none here (the schema reports it). */
export function actionPropertyIssues(actions: readonly { type: string; config: unknown }[], check: PropertyCheck): Issue[] {
  return actions.flatMap((action, index) => {
    const definition = definitionOf(action.type);
    const parsed = definition?.propertyIssues ? definition.configSchema.safeParse(action.config ?? {}) : null;
    if (!definition?.propertyIssues || !parsed?.success) return [];
    return definition.propertyIssues(parsed.data, check).map((issue) => ({ ...issue, path: `actions.${index}.config.${issue.path}` }));
  });
}

/** Issues of a webhook trigger's record matching, at "trigger.recordMatch.<path>": the matched property must exist, created ones be writable. */
export function triggerPropertyIssues(trigger: WorkflowTrigger, { definitions, objectLabel }: PropertyCheck): Issue[] {
  if (trigger.type !== "WEBHOOK" || !trigger.recordMatch) return [];
  const match = trigger.recordMatch;
  const issues: Issue[] = [];
  if (match.property && !findProperty(definitions, match.property)) {
    issues.push({ path: "trigger.recordMatch.property", ...matchPropertyIssue(match.property, objectLabel) });
  }
  if (match.whenMissing === "CREATE") {
    match.createProperties.forEach((row, index) => {
      const issue = row.property ? writableIssue(definitions, row.property, objectLabel) : null;
      if (issue) issues.push({ path: `trigger.recordMatch.createProperties.${index}.property`, ...issue });
    });
  }
  return issues;
}
