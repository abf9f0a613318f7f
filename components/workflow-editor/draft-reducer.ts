import { type ActionNaming, actionDisplayName } from "@/lib/actions/action-names";
import type { ActionType } from "@/lib/actions/action-registry";
import type { Workflow, WorkflowTrigger } from "@/lib/workflows/workflow-schema";

// The editor's unsaved copy of a workflow. Actions are kept in chain order, so inserting
// and deleting never leave a dangling link: nextId and startActionId are derived on save.

export type DraftAction = { id: string; type: ActionType; name?: string; config: unknown };

export type DraftState = {
  /** The saved workflow this draft started from; its revision is the one a save sends. */
  base: Workflow;
  name: string;
  /** The trigger as edited in the trigger panel; saved with the workflow. */
  trigger: WorkflowTrigger;
  actions: DraftAction[];
};

export type DraftEvent =
  | { type: "reset"; workflow: Workflow }
  /** Our own save went through: the draft becomes the saved version (its edit history stays, see draft-history.ts). */
  | { type: "saved"; workflow: Workflow }
  /** Back to the saved version the draft started from, as one edit that Undo takes back. */
  | { type: "discard" }
  /** Our own change of something the draft does not hold (enabled): keep the edits, move the base. */
  | { type: "rebase"; workflow: Workflow }
  /** Unsaved edits brought back from this tab's storage (draft-storage.ts). */
  | { type: "restore"; name: string; trigger: WorkflowTrigger; actions: DraftAction[] }
  | { type: "rename-workflow"; name: string }
  | { type: "setTrigger"; trigger: WorkflowTrigger }
  | { type: "insert"; index: number; action: DraftAction }
  | { type: "update-config"; id: string; config: unknown }
  | { type: "rename-action"; id: string; name: string }
  | { type: "delete"; id: string }
  /** A copy of an action right after it, under the id given (the reducer stays pure: no random ids in here). */
  | { type: "duplicate"; id: string; copyId: string; naming?: CopyNaming };

/** Action names are at most this long (the schema's limit and the name field's maxLength). */
const NAME_MAX_LENGTH = 200;

/** Actions in the order they run: from startActionId along nextId. Anything off the chain goes last. */
function chainOrder<A extends { id: string; nextId: string | null }>(actions: A[], startActionId: string | null): A[] {
  const byId = new Map(actions.map((a) => [a.id, a]));
  const ordered: A[] = [];
  const seen = new Set<string>();
  for (let id = startActionId; id && byId.has(id) && !seen.has(id); id = byId.get(id)!.nextId) {
    seen.add(id);
    ordered.push(byId.get(id)!);
  }
  return [...ordered, ...actions.filter((a) => !seen.has(a.id))];
}

function fromWorkflow(workflow: Workflow): DraftState {
  return {
    base: workflow,
    name: workflow.name,
    trigger: workflow.trigger,
    actions: chainOrder(workflow.actions, workflow.startActionId).map(({ id, type, name, config }) => ({
      id,
      type,
      ...(name ? { name } : {}),
      config,
    })),
  };
}

export function initialDraft(workflow: Workflow): DraftState {
  return fromWorkflow(workflow);
}

/** How a copy is named in the viewer's language: unnamed actions by their type's label, the copy's suffix by its number. */
export type CopyNaming = ActionNaming & { copy: (name: string, n: number) => string };

const ENGLISH_COPY: CopyNaming = {
  label: (type) => actionDisplayName({ type }),
  removed: "",
  copy: (name, n) => (n === 1 ? `${name} (copy)` : `${name} (copy ${n})`),
};

/** "Notify billing (copy)", or "(copy 2)", "(copy 3)"… when that name is taken; the name is cut so the whole fits the name limit. */
function copyName(action: DraftAction, actions: DraftAction[], naming: CopyNaming): string {
  const taken = new Set(actions.map((a) => actionDisplayName(a, naming)));
  const base = actionDisplayName(action, naming);
  for (let n = 1; ; n++) {
    const suffixLength = naming.copy("", n).length;
    const name = naming.copy(base.slice(0, NAME_MAX_LENGTH - suffixLength).trimEnd(), n);
    if (!taken.has(name)) return name;
  }
}

function duplicate(state: DraftState, id: string, copyId: string, naming: CopyNaming): DraftState {
  const index = state.actions.findIndex((a) => a.id === id);
  if (index < 0 || state.actions.some((a) => a.id === copyId)) return state;
  const original = state.actions[index];
  // The config is copied as it is: a secret is kept by name (a reference, never a value), and outputs of
  // earlier actions stay valid because the copy runs right after the original, so after all of them.
  const copy: DraftAction = {
    id: copyId,
    type: original.type,
    name: copyName(original, state.actions, naming),
    config: structuredClone(original.config),
  };
  const actions = [...state.actions];
  actions.splice(index + 1, 0, copy);
  return { ...state, actions };
}

export function draftReducer(state: DraftState, event: DraftEvent): DraftState {
  switch (event.type) {
    case "reset":
    case "saved":
      return fromWorkflow(event.workflow);
    case "discard": {
      const saved = fromWorkflow(state.base);
      return { ...state, name: saved.name, trigger: saved.trigger, actions: saved.actions };
    }
    case "duplicate":
      return duplicate(state, event.id, event.copyId, event.naming ?? ENGLISH_COPY);
    case "rebase":
      return { ...state, base: event.workflow };
    case "restore":
      return { ...state, name: event.name, trigger: event.trigger, actions: event.actions };
    case "rename-workflow":
      return { ...state, name: event.name };
    case "setTrigger":
      return { ...state, trigger: event.trigger };
    case "insert": {
      const actions = [...state.actions];
      actions.splice(Math.max(0, Math.min(event.index, actions.length)), 0, event.action);
      return { ...state, actions };
    }
    case "update-config":
      return { ...state, actions: state.actions.map((a) => (a.id === event.id ? { ...a, config: event.config } : a)) };
    case "rename-action":
      return { ...state, actions: state.actions.map((a) => (a.id === event.id ? { ...a, name: event.name } : a)) };
    case "delete":
      return { ...state, actions: state.actions.filter((a) => a.id !== event.id) };
  }
}

/** The actions as the API wants them: linked in list order, empty names left out. */
export function linkedActions(actions: DraftAction[]) {
  return actions.map((action, index) => ({
    id: action.id,
    type: action.type,
    ...(action.name?.trim() ? { name: action.name.trim() } : {}),
    config: action.config,
    nextId: actions[index + 1]?.id ?? null,
  }));
}

// Key order must not matter: a panel may rebuild a config object with its keys in another order.
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

export function isDirty(state: DraftState): boolean {
  const saved = fromWorkflow(state.base);
  return (
    state.name !== saved.name ||
    stableStringify(state.trigger) !== stableStringify(saved.trigger) ||
    stableStringify(linkedActions(state.actions)) !== stableStringify(linkedActions(saved.actions))
  );
}

export function newActionId(): string {
  return `a-${Math.random().toString(36).slice(2, 10)}`;
}
