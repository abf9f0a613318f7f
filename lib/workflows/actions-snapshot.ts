import { z } from "zod";
import { actionTypeSchema } from "@/lib/actions/action-registry";
import type { Prisma } from "@/lib/generated/prisma/client";

// An enrollment keeps its own copy of the workflow's actions (the saved JSON as it is), so a run
// finishes as it began even if the workflow changes. It is read back here: the shape
// is checked (cheaply: the runner reads it for every step), not each config, which its action
// type parses where it matters. An action whose type no longer exists is left out, so the run
// fails that step with "missing" instead of crashing.

const storedActionSchema = z.object({
  id: z.string(),
  type: actionTypeSchema,
  name: z.string().optional(),
  config: z.unknown(),
  nextId: z.string().nullable().default(null),
});

/** An action as a run stored it; its config is parsed by its type where it is used. */
export type StoredAction = z.infer<typeof storedActionSchema>;

/** The actions of a run, from its stored JSON. */
export function readActionsSnapshot(stored: Prisma.JsonValue | null | undefined): StoredAction[] {
  if (!Array.isArray(stored)) return [];
  const actions: StoredAction[] = [];
  for (const item of stored) {
    const parsed = storedActionSchema.safeParse(item);
    if (parsed.success) actions.push(parsed.data);
  }
  return actions;
}
