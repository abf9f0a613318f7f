import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { ActionType } from "@/lib/actions/action-registry";
import { MESSAGES } from "@/lib/i18n/messages";
import { sendWebhookConfigSchema } from "@/lib/actions/send-webhook/send-webhook-config";
import { updateWorkflowSchema, type Workflow } from "@/lib/workflows/workflow-schema";
import {
  canRedo,
  canUndo,
  draftHistoryReducer,
  HISTORY_LIMIT,
  initialHistory,
  type DraftHistory,
  type HistoryEvent,
} from "./draft-history";
import type { CopyNaming } from "./draft-reducer";
import { isDirty, linkedActions } from "./draft-reducer";

const hook = (url: string, outputs: { name: string; path: string; type: "STRING" }[] = []) =>
  sendWebhookConfigSchema.parse({ method: "POST", webhookUrl: url, outputs });

// A webhook whose output "tier" the Set property after it reads: deleting the webhook breaks the save.
const workflow: Workflow = {
  id: "wf",
  name: "Onboarding",
  objectType: "contact",
  enabled: false,
  revision: 3,
  trigger: { type: "MANUAL" },
  startActionId: "first",
  actions: [
    { id: "first", type: "SEND_WEBHOOK", name: "Plan lookup", config: hook("https://api.example.com/plan"), nextId: "tier" },
    {
      id: "tier",
      type: "SEND_WEBHOOK",
      config: hook("https://api.example.com/tier", [{ name: "tier", path: "tier", type: "STRING" }]),
      nextId: "set",
    },
    {
      id: "set",
      type: "SET_PROPERTY",
      config: { property: "customer_tier", value: { type: "OUTPUT", actionId: "tier", output: "tier" } },
      nextId: null,
    },
  ],
  createdAt: "2026-12-01T00:00:00.000Z",
  updatedAt: "2026-12-01T00:00:00.000Z",
};

const run = (events: HistoryEvent[], from: DraftHistory = initialHistory(workflow)) => events.reduce(draftHistoryReducer, from);
const ids = (history: DraftHistory) => history.draft.actions.map((a) => a.id);
/** What a save would send, checked by the API's own schema. */
const saveCheck = (history: DraftHistory) => {
  const actions = linkedActions(history.draft.actions);
  return updateWorkflowSchema.safeParse({ revision: 3, name: history.draft.name, actions, startActionId: actions[0]?.id ?? null });
};

describe("the draft's undo history", () => {
  it("starts empty: nothing to undo or redo, and Undo or Redo changes nothing", () => {
    const start = initialHistory(workflow);
    expect(canUndo(start)).toBe(false);
    expect(canRedo(start)).toBe(false);
    expect(run([{ type: "undo" }, { type: "redo" }], start)).toBe(start);
  });

  it("undoes and redoes each kind of edit, back to the saved version (not dirty) and forward again", () => {
    const edits: HistoryEvent[] = [
      { type: "rename-workflow", name: "Onboarding v2" },
      { type: "setTrigger", trigger: { type: "WEBHOOK" } as never },
      { type: "insert", index: 0, action: { id: "new", type: "DELAY", config: {} } },
      { type: "update-config", id: "first", config: hook("https://api.example.com/other") },
      { type: "rename-action", id: "first", name: "Lookup" },
      { type: "delete", id: "set" },
      { type: "duplicate", id: "first", copyId: "copy" },
    ];
    const edited = run(edits);
    expect(edited.past).toHaveLength(edits.length);
    expect(ids(edited)).toEqual(["new", "first", "copy", "tier"]);

    const undone = run(
      edits.map(() => ({ type: "undo" }) as const),
      edited,
    );
    expect(isDirty(undone.draft)).toBe(false);
    expect(undone.draft).toEqual(initialHistory(workflow).draft);
    expect(canUndo(undone)).toBe(false);
    expect(undone.future).toHaveLength(edits.length);

    const redone = run(
      edits.map(() => ({ type: "redo" }) as const),
      undone,
    );
    expect(redone.draft).toEqual(edited.draft);
    expect(canRedo(redone)).toBe(false);
  });

  it("brings back a deleted action whose output a later action reads, so the save is accepted again", () => {
    const deleted = run([{ type: "delete", id: "tier" }]);
    const refused = saveCheck(deleted);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0].message).toMatch(/an action that no longer exists/);

    const undone = run([{ type: "undo" }], deleted);
    expect(ids(undone)).toEqual(["first", "tier", "set"]);
    expect(saveCheck(undone).success).toBe(true);
  });

  it("joins keystrokes typed in one field into one entry, until the field loses focus or another field is edited", () => {
    const typed = run(
      ["L", "Lo", "Loo", "Look"].map((name) => ({ type: "rename-action", id: "first", name, coalesceKey: "rename-action:field-1" })),
    );
    expect(typed.past).toHaveLength(1);
    expect(typed.draft.actions[0].name).toBe("Look");
    expect(run([{ type: "undo" }], typed).draft.actions[0].name).toBe("Plan lookup");

    // The field lost focus: typing there again is a new entry.
    const again = run(
      [{ type: "checkpoint" }, { type: "rename-action", id: "first", name: "Lookup", coalesceKey: "rename-action:field-1" }],
      typed,
    );
    expect(again.past).toHaveLength(2);
    expect(run([{ type: "undo" }], again).draft.actions[0].name).toBe("Look");

    // Another field in between: its typing is its own entry, and so is the first field's after it.
    const other = run(
      [
        { type: "rename-workflow", name: "O", coalesceKey: "rename-workflow:field-2" },
        { type: "rename-action", id: "first", name: "Looku", coalesceKey: "rename-action:field-1" },
      ],
      typed,
    );
    expect(other.past).toHaveLength(3);
  });

  it("never joins edits without a key (a select, a button), and an edit that changes nothing is no entry", () => {
    const picked = run([
      { type: "update-config", id: "first", config: hook("https://api.example.com/a") },
      { type: "update-config", id: "first", config: hook("https://api.example.com/a") },
      // The same config with its keys in another order.
      { type: "update-config", id: "first", config: Object.fromEntries(Object.entries(hook("https://api.example.com/a")).reverse()) },
      { type: "update-config", id: "first", config: hook("https://api.example.com/b") },
    ]);
    expect(picked.past).toHaveLength(2);
  });

  it("drops redo after a new edit, and keeps at most the newest entries", () => {
    const branched = run([{ type: "rename-workflow", name: "A" }, { type: "undo" }, { type: "rename-workflow", name: "B" }]);
    expect(canRedo(branched)).toBe(false);
    expect(branched.draft.name).toBe("B");

    const many = run(Array.from({ length: HISTORY_LIMIT + 20 }, (_, i) => ({ type: "rename-workflow", name: `Name ${i}` }) as const));
    expect(many.past).toHaveLength(HISTORY_LIMIT);
    const oldest = run(
      Array.from({ length: HISTORY_LIMIT }, () => ({ type: "undo" }) as const),
      many,
    );
    expect(canUndo(oldest)).toBe(false);
    expect(oldest.draft.name).toBe("Name 19");
  });

  it("keeps the history over this page's save, and undoing after it gives an unsaved change", () => {
    const edited = run([{ type: "rename-workflow", name: "Saved name" }]);
    const savedWorkflow = { ...workflow, name: "Saved name", revision: 4 };
    const saved = run([{ type: "saved", workflow: savedWorkflow }], edited);
    expect(saved.draft.base.revision).toBe(4);
    expect(isDirty(saved.draft)).toBe(false);
    const undone = run([{ type: "undo" }], saved);
    expect(undone.draft.name).toBe("Onboarding");
    expect(undone.draft.base.revision).toBe(4);
    expect(isDirty(undone.draft)).toBe(true);
  });

  it("starts again when another version replaces the draft (a reload, someone else's save, restored edits)", () => {
    const edited = run([{ type: "rename-workflow", name: "Mine" }, { type: "undo" }, { type: "rename-workflow", name: "Mine again" }]);
    const reloaded = run([{ type: "reset", workflow: { ...workflow, name: "Theirs", revision: 5 } }], edited);
    expect(canUndo(reloaded)).toBe(false);
    expect(canRedo(reloaded)).toBe(false);
    const restored = run([{ type: "restore", name: "Kept", trigger: { type: "MANUAL" }, actions: [] }], edited);
    expect(canUndo(restored)).toBe(false);
  });

  it("makes Discard one entry: back to the saved version, and Undo brings the edits back", () => {
    const edited = run([
      { type: "delete", id: "first" },
      { type: "rename-workflow", name: "Changed" },
    ]);
    const discarded = run([{ type: "discard" }], edited);
    expect(isDirty(discarded.draft)).toBe(false);
    expect(ids(discarded)).toEqual(["first", "tier", "set"]);
    const undone = run([{ type: "undo" }], discarded);
    expect(undone.draft.name).toBe("Changed");
    expect(ids(undone)).toEqual(["tier", "set"]);
    // Nothing to discard: no entry.
    expect(run([{ type: "discard" }])).toEqual(initialHistory(workflow));
  });
});

describe("duplicating an action", () => {
  it("inserts a copy right after it, named “(copy)”, with its own id and a copy of its settings", () => {
    const history = run([{ type: "duplicate", id: "tier", copyId: "tier-copy" }]);
    expect(ids(history)).toEqual(["first", "tier", "tier-copy", "set"]);
    const [original, copy] = history.draft.actions.slice(1, 3);
    expect(copy).toEqual({ id: "tier-copy", type: "SEND_WEBHOOK", name: "Send a webhook (copy)", config: original.config });
    expect(copy.config).not.toBe(original.config);
    expect(saveCheck(history).success).toBe(true);
    expect(run([{ type: "undo" }], history).draft.actions).toEqual(initialHistory(workflow).draft.actions);
  });

  it("keeps references to earlier outputs and secrets as they are, since the copy runs after all the actions the original follows", () => {
    const history = run([{ type: "duplicate", id: "set", copyId: "set-copy" }]);
    expect(history.draft.actions[3]).toMatchObject({
      name: "Set property value (copy)",
      config: { value: { type: "OUTPUT", actionId: "tier", output: "tier" } },
    });
    expect(saveCheck(history).success).toBe(true);

    const withSecret = run([
      {
        type: "update-config",
        id: "first",
        config: {
          ...hook("https://api.example.com/plan"),
          authentication: { type: "API_KEY", secretName: "crm-token", keyName: "Authorization", location: "HEADER" },
        },
      },
      { type: "duplicate", id: "first", copyId: "first-copy" },
    ]);
    expect(withSecret.draft.actions[1]).toMatchObject({
      name: "Plan lookup (copy)",
      config: { authentication: { type: "API_KEY", secretName: "crm-token" } },
    });
  });

  it("numbers further copies, and keeps the name within 200 characters", () => {
    const twice = run([
      { type: "duplicate", id: "first", copyId: "c1" },
      { type: "duplicate", id: "first", copyId: "c2" },
    ]);
    expect(twice.draft.actions.slice(0, 3).map((a) => a.name)).toEqual(["Plan lookup", "Plan lookup (copy 2)", "Plan lookup (copy)"]);

    const long = run([
      { type: "rename-action", id: "first", name: "x".repeat(200) },
      { type: "duplicate", id: "first", copyId: "c3" },
    ]);
    const name = long.draft.actions[1].name ?? "";
    expect(name).toHaveLength(200);
    expect(name.endsWith(" (copy)")).toBe(true);
  });

  it("names copies in the viewer's language when the editor passes its words", () => {
    const t = createTranslator({ locale: "ko", messages: MESSAGES.ko });
    const naming: CopyNaming = {
      label: (type) => t(`actionTypes.${type as ActionType}.label`),
      removed: t("actionTypes.removedAction"),
      copy: (name, n) => t("editor.details.copyName", { name, n }),
    };
    const copies = run([
      { type: "duplicate", id: "tier", copyId: "k1", naming },
      { type: "duplicate", id: "tier", copyId: "k2", naming },
    ]);
    expect(copies.draft.actions.slice(1, 4).map((a) => a.name)).toEqual([undefined, "웹훅 보내기 (사본 2)", "웹훅 보내기 (사본)"]);
  });

  it("does nothing for an unknown action or a copy id already in use", () => {
    const start = initialHistory(workflow);
    expect(run([{ type: "duplicate", id: "missing", copyId: "c" }], start)).toBe(start);
    expect(run([{ type: "duplicate", id: "first", copyId: "tier" }], start)).toBe(start);
  });
});
