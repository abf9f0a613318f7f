import type { WorkflowTrigger } from "@/lib/workflows/workflow-schema";

/** A message of trigger.nodeSummary and its values; the canvas translates it. */
export type TriggerSummary =
  | { key: "notSet" }
  | { key: "matches"; values: { objectName: string; byId: "yes" | "no"; field: string; creates: "yes" | "no" } };

/** One line for the trigger node, e.g. "Matches contact by email". Null when nothing is configured. */
export function triggerSummary(trigger: WorkflowTrigger, objectLabel: string): TriggerSummary | null {
  if (trigger.type !== "WEBHOOK") return null;
  const match = trigger.recordMatch;
  if (!match?.payloadPath?.trim() || !match.property?.trim()) return { key: "notSet" };
  const byId = match.property === "hs_object_id" ? "yes" : "no";
  return {
    key: "matches",
    values: { objectName: objectLabel, byId, field: match.property, creates: match.whenMissing === "CREATE" ? "yes" : "no" },
  };
}
