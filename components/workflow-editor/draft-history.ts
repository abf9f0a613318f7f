import type { Workflow } from "@/lib/workflows/workflow-schema";
import { draftReducer, initialDraft, stableStringify, type DraftEvent, type DraftState } from "./draft-reducer";

// Undo and redo for the editor's draft. Every change of what the draft holds (name, trigger,
// actions) is one entry; what the draft is based on (base, the saved revision) is never undone.
// Pure, like draft-reducer.ts: the provider supplies whatever depends on the page (which field
// has focus), so the rules are unit-tested without a DOM (draft-history.test.ts).

/** Entries kept for Undo; older ones are dropped. */
export const HISTORY_LIMIT = 100;

type DraftContent = Pick<DraftState, "name" | "trigger" | "actions">;

export type DraftHistory = {
  draft: DraftState;
  /** Content before each edit, oldest first. */
  past: DraftContent[];
  /** Content Undo took back, next first. */
  future: DraftContent[];
  /** The coalescing key of the newest entry while it is still open: more edits with that key join it. */
  openKey: string | null;
};

export type HistoryEvent =
  /**
   * A change of the draft. Edits with the same coalesceKey in a row (keystrokes typed in one field; the
   * provider names the field) join one entry, until a checkpoint or another edit closes it.
   */
  | (DraftEvent & { coalesceKey?: string })
  | { type: "undo" }
  | { type: "redo" }
  /** Closes the open entry (the field lost focus): the next keystroke starts a new one. */
  | { type: "checkpoint" };

export function initialHistory(workflow: Workflow): DraftHistory {
  return { draft: initialDraft(workflow), past: [], future: [], openKey: null };
}

function contentOf(draft: DraftState): DraftContent {
  return { name: draft.name, trigger: draft.trigger, actions: draft.actions };
}

function sameContent(a: DraftContent, b: DraftContent): boolean {
  if (a.name === b.name && a.trigger === b.trigger && a.actions === b.actions) return true;
  return (
    a.name === b.name &&
    stableStringify(a.trigger) === stableStringify(b.trigger) &&
    stableStringify(a.actions) === stableStringify(b.actions)
  );
}

export const canUndo = (history: DraftHistory) => history.past.length > 0;
export const canRedo = (history: DraftHistory) => history.future.length > 0;

export function draftHistoryReducer(history: DraftHistory, event: HistoryEvent): DraftHistory {
  switch (event.type) {
    case "undo": {
      const previous = history.past.at(-1);
      if (!previous) return history;
      return {
        draft: { ...history.draft, ...previous },
        past: history.past.slice(0, -1),
        future: [contentOf(history.draft), ...history.future],
        openKey: null,
      };
    }
    case "redo": {
      const [next, ...future] = history.future;
      if (!next) return history;
      return {
        draft: { ...history.draft, ...next },
        past: [...history.past, contentOf(history.draft)].slice(-HISTORY_LIMIT),
        future,
        openKey: null,
      };
    }
    case "checkpoint":
      return history.openKey === null ? history : { ...history, openKey: null };
    // Another version replaces the draft (a reload, someone else's save, edits restored from this
    // tab's storage): undoing into content from before it would overwrite that version without a
    // conflict, so the history starts again.
    case "reset":
    case "restore":
      return { draft: draftReducer(history.draft, event), past: [], future: [], openKey: null };
    // Our own save, or our own change of what the draft does not hold: the entries are still this
    // page's edits, and Undo after a save gives an unsaved change to save again.
    case "saved":
    case "rebase":
      return { ...history, draft: draftReducer(history.draft, event), openKey: null };
    default: {
      const draft = draftReducer(history.draft, event);
      // Nothing changed (a panel sending the config it was given): no entry to undo.
      if (draft === history.draft || sameContent(contentOf(draft), contentOf(history.draft))) return history;
      const key = event.coalesceKey ?? null;
      if (key !== null && key === history.openKey) return { ...history, draft, future: [] };
      return {
        draft,
        past: [...history.past, contentOf(history.draft)].slice(-HISTORY_LIMIT),
        future: [],
        openKey: key,
      };
    }
  }
}
