import type { WorkflowTrigger } from "@/lib/workflows/workflow-schema";
import type { DraftAction, DraftState } from "./draft-reducer";

// Unsaved edits kept in this tab's sessionStorage, so leaving the editor in a way the leave
// guard cannot stop (the browser's Back button, a crash) does not lose them: opening the
// workflow again in the tab brings them back. Kept only for the saved revision they started
// from; a workflow changed since would turn them into a conflict.

export type StoredDraft = { revision: number; name: string; trigger: WorkflowTrigger; actions: DraftAction[] };

const key = (workflowId: string) => `hookflow:draft:${workflowId}`;

export function storeDraft(draft: DraftState): void {
  const stored: StoredDraft = { revision: draft.base.revision, name: draft.name, trigger: draft.trigger, actions: draft.actions };
  try {
    sessionStorage.setItem(key(draft.base.id), JSON.stringify(stored));
  } catch {
    // Storage full or disabled: the leave guard still protects what it can.
  }
}

export function forgetDraft(workflowId: string): void {
  try {
    sessionStorage.removeItem(key(workflowId));
  } catch {
    // Nothing to forget.
  }
}

/** The unsaved edits of this workflow's current revision, or null (edits of an older revision are dropped). */
export function storedDraft(workflowId: string, revision: number): StoredDraft | null {
  try {
    const raw = sessionStorage.getItem(key(workflowId));
    if (!raw) return null;
    const stored = JSON.parse(raw) as StoredDraft;
    if (stored.revision === revision && typeof stored.name === "string" && stored.trigger && Array.isArray(stored.actions)) return stored;
  } catch {
    // Unreadable: treat as absent.
  }
  forgetDraft(workflowId);
  return null;
}
