import type { WorkflowTrigger } from "@/lib/workflows/workflow-schema";

/** One line for the trigger node, e.g. "Matches contact by email". Empty when nothing is configured. */
export function triggerSummary(trigger: WorkflowTrigger, objectLabel: string): string {
  if (trigger.type !== "WEBHOOK") return "";
  const match = trigger.recordMatch;
  if (!match?.payloadPath?.trim() || !match.property?.trim()) return "Record matching not set";
  const by = match.property === "hs_object_id" ? "record id" : match.property;
  return `Matches ${objectLabel} by ${by}${match.whenMissing === "CREATE" ? ", or creates one" : ""}`;
}
