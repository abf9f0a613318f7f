"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useObjectTypeLabel } from "@/components/crm/use-crm-labels";
import { useRole } from "@/components/app-shell/current-user";
import { createContext, use, useCallback, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from "react";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { useIssueText } from "@/lib/client/issue-text";
import { queryKeys } from "@/lib/client/query-keys";
import { workflowsApi } from "@/lib/client/workflows-api";
import { useErrorText } from "@/lib/client/error-text";
import { usePropertyDefinitions } from "@/components/actions/use-property-definitions";
import { workflowNameSchema, type Workflow } from "@/lib/workflows/workflow-schema";
import { apiErrorsByAction, validateActions, validateTrigger, type ErrorsByAction, type TriggerErrors } from "./action-validation";
import { forgetDraft, storeDraft, storedDraft } from "./draft-storage";
import { canRedo, canUndo, draftHistoryReducer, initialHistory } from "./draft-history";
import { isDirty, linkedActions, type DraftEvent, type DraftState } from "./draft-reducer";
import { useLeaveGuard } from "./use-leave-guard";

export type SaveProblem =
  | { kind: "conflict"; message: string }
  | { kind: "invalid"; message: string; details: string[] }
  | { kind: "error"; message: string };

type WorkflowEditorValue = {
  workflow: Workflow;
  draft: DraftState;
  dispatch: (event: DraftEvent) => void;
  dirty: boolean;
  saving: boolean;
  /** Messages shown next to fields, by action id: the schema's (after a save attempt) and the API's. */
  errors: ErrorsByAction;
  /** The same for the trigger, by path inside it. */
  triggerErrors: TriggerErrors;
  nameError: string | null;
  problem: SaveProblem | null;
  dismissProblem: () => void;
  /** Validates, then saves the draft; resolves to the saved workflow, or null when it was not saved. */
  save: () => Promise<Workflow | null>;
  /** Discards the draft and loads the latest saved version. */
  reload: () => Promise<void>;
  togglePending: boolean;
  setEnabled: (enabled: boolean) => Promise<void>;
  /** The draft holds unsaved edits kept from an earlier visit in this tab (draft-storage.ts). */
  restored: boolean;
  /** Drops the unsaved edits: back to the saved version, as one edit Undo takes back. */
  discard: () => void;
  canUndo: boolean;
  canRedo: boolean;
  undo: () => void;
  redo: () => void;
  /** Why the workflow could not be turned on (422 details), for the header. */
  enableIssues: { message: string; details: string[] } | null;
  dismissEnableIssues: () => void;
};

/** "The trigger and 2 actions need attention before the workflow can be saved.", or null when nothing does. */
function attentionMessage(t: ProviderT, actionCount: number, trigger: boolean): string | null {
  if (!trigger && !actionCount) return null;
  return t("attention", { who: trigger && actionCount ? "both" : trigger ? "trigger" : "actions", count: actionCount });
}

type ProviderT = ReturnType<typeof useTranslations<"editor.provider">>;

const WorkflowEditorContext = createContext<WorkflowEditorValue | null>(null);

export function useWorkflowEditor(): WorkflowEditorValue {
  const value = use(WorkflowEditorContext);
  if (!value) throw new Error("useWorkflowEditor must be used inside WorkflowEditorProvider.");
  return value;
}

export function WorkflowEditorProvider({ workflow, children }: { workflow: Workflow; children: ReactNode }) {
  const errorText = useErrorText();
  const t = useTranslations("editor.provider");
  const objectTypeLabel = useObjectTypeLabel();
  const issueText = useIssueText();
  const queryClient = useQueryClient();
  const [history, rawDispatch] = useReducer(draftHistoryReducer, workflow, initialHistory);
  const draft = history.draft;
  const dirty = useMemo(() => isDirty(draft), [draft]);
  const [showValidation, setShowValidation] = useState(false);
  const [apiErrors, setApiErrors] = useState<ErrorsByAction>({});
  const [triggerApiErrors, setTriggerApiErrors] = useState<TriggerErrors>({});
  const [nameApiError, setNameApiError] = useState<string | null>(null);
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const [togglePending, setTogglePending] = useState(false);
  const [enableIssues, setEnableIssues] = useState<WorkflowEditorValue["enableIssues"]>(null);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const [restored, setRestored] = useState(false);
  const [restoreChecked, setRestoreChecked] = useState(false);

  // Once, after hydration (storage is not readable on the server): edits this tab kept for
  // the saved revision come back, and the header says so.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for the first saved version only; a later revision is this tab's own save, not kept edits to restore.
  useEffect(() => {
    const stored = storedDraft(workflow.id, workflow.revision);
    if (stored) {
      rawDispatch({ type: "restore", name: stored.name, trigger: stored.trigger, actions: stored.actions });
      setRestored(true);
    }
    setRestoreChecked(true);
  }, []);
  // Unsaved edits are kept as they change, and forgotten once saved or discarded. This waits
  // for the check above: until then the draft is the saved version, not the kept edits.
  useEffect(() => {
    if (!restoreChecked) return;
    if (dirty) return storeDraft(draft);
    forgetDraft(draft.base.id);
    setRestored(false);
  }, [restoreChecked, draft, dirty]);

  // A newer saved version (a refetch, or our own save through the cache) replaces a clean draft.
  // A dirty draft keeps its base revision, so saving it over someone else's change is a 409.
  useEffect(() => {
    if (workflow.revision !== draftRef.current.base.revision && !isDirty(draftRef.current)) {
      rawDispatch({ type: "reset", workflow });
    }
  }, [workflow]);

  // The API's verdicts were on another draft: after Undo, Redo or Discard the editor's own checks speak.
  const forgetApiVerdicts = useCallback(() => {
    setApiErrors({});
    setTriggerApiErrors({});
    setNameApiError(null);
  }, []);

  // Typing in one field is one Undo step: edits made while a text field has focus carry that field as
  // their coalescing key, and the field losing focus closes the step.
  const fieldKeys = useRef(new WeakMap<Element, string>());
  const dispatch = useCallback(
    (event: DraftEvent) => {
      const field = document.activeElement;
      let coalesceKey: string | undefined;
      if (field && isTextField(field)) {
        coalesceKey = fieldKeys.current.get(field);
        if (!coalesceKey) {
          coalesceKey = `field-${Math.random().toString(36).slice(2)}`;
          fieldKeys.current.set(field, coalesceKey);
        }
        coalesceKey = `${event.type}:${coalesceKey}`;
      }
      rawDispatch({ ...event, coalesceKey });
      // The API's verdict on an action no longer holds once it changes.
      if (event.type === "update-config" || event.type === "rename-action" || event.type === "delete") {
        setApiErrors((current) => {
          if (!current[event.id]) return current;
          const { [event.id]: _dropped, ...rest } = current;
          return rest;
        });
      }
      if (event.type === "rename-workflow") setNameApiError(null);
      if (event.type === "setTrigger") setTriggerApiErrors({});
      if (event.type === "discard") forgetApiVerdicts();
    },
    [forgetApiVerdicts],
  );
  useEffect(() => {
    const checkpoint = () => rawDispatch({ type: "checkpoint" });
    document.addEventListener("focusout", checkpoint);
    return () => document.removeEventListener("focusout", checkpoint);
  }, []);

  const undo = useCallback(() => {
    rawDispatch({ type: "undo" });
    forgetApiVerdicts();
  }, [forgetApiVerdicts]);
  const redo = useCallback(() => {
    rawDispatch({ type: "redo" });
    forgetApiVerdicts();
  }, [forgetApiVerdicts]);

  // The object type's properties: what the draft sets must exist and take the value (the API checks the same on save).
  const definitions = usePropertyDefinitions(workflow.objectType).data;
  const propertyCheck = useMemo(
    () => (definitions ? { definitions, objectLabel: objectTypeLabel(workflow.objectType).singular } : undefined),
    [definitions, workflow.objectType, objectTypeLabel],
  );
  const propertyCheckRef = useRef(propertyCheck);
  propertyCheckRef.current = propertyCheck;
  const localErrors = useMemo(
    () => (showValidation ? validateActions(draft.actions, propertyCheck, issueText) : {}),
    [showValidation, draft.actions, propertyCheck, issueText],
  );
  const errors = useMemo(() => {
    const merged: ErrorsByAction = {};
    for (const source of [localErrors, apiErrors]) {
      for (const [id, messages] of Object.entries(source)) merged[id] = { ...messages, ...merged[id] };
    }
    return merged;
  }, [localErrors, apiErrors]);

  const triggerErrors = useMemo(
    () => ({ ...triggerApiErrors, ...(showValidation ? validateTrigger(draft.trigger, propertyCheck, issueText) : {}) }),
    [triggerApiErrors, showValidation, draft.trigger, propertyCheck, issueText],
  );

  const localNameError = useMemo(() => {
    const parsed = workflowNameSchema.safeParse(draft.name);
    return parsed.success ? null : t("nameMissing");
  }, [draft.name, t]);
  const nameError = localNameError ?? nameApiError;

  const commit = useCallback(
    (saved: Workflow, keepDraft: boolean) => {
      queryClient.setQueryData(queryKeys.workflow(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.workflows, exact: true });
      rawDispatch(keepDraft ? { type: "rebase", workflow: saved } : { type: "saved", workflow: saved });
    },
    [queryClient],
  );

  const showApiError = useCallback(
    (error: unknown, sentIds: (index: number) => string | undefined) => {
      if (error instanceof ApiRequestError && error.code === "REVISION_CONFLICT") {
        setProblem({ kind: "conflict", message: t("conflict") });
        return;
      }
      if (error instanceof ApiRequestError && error.details.length) {
        const { byAction, trigger, general } = apiErrorsByAction(error, sentIds, issueText);
        const nameDetail = error.details.find((d) => /^(body[./])?name$/.test(d.path));
        if (nameDetail) setNameApiError(issueText(nameDetail));
        setApiErrors(byAction);
        setTriggerApiErrors(trigger);
        // The API's sentence may be its first detail itself (listed capitalised): not listed again below it.
        const sentence = errorText(error);
        const shownAbove = (g: string) => g === sentence || g === sentence.charAt(0).toUpperCase() + sentence.slice(1);
        setProblem({
          kind: "invalid",
          message:
            error.status === 422
              ? sentence
              : (attentionMessage(t, Object.keys(byAction).length, Object.keys(trigger).length > 0) ?? sentence),
          details: general.filter((g) => !shownAbove(g)),
        });
        return;
      }
      setProblem({ kind: "error", message: errorText(error) });
    },
    [t, issueText, errorText],
  );

  const save = useCallback(async (): Promise<Workflow | null> => {
    const current = draftRef.current;
    setShowValidation(true);
    setProblem(null);
    const attention = attentionMessage(
      t,
      Object.keys(validateActions(current.actions, propertyCheckRef.current)).length,
      Object.keys(validateTrigger(current.trigger, propertyCheckRef.current)).length > 0,
    );
    if (attention || !workflowNameSchema.safeParse(current.name).success) {
      setProblem({
        kind: "invalid",
        message: attention ? t("attentionOpen", { attention }) : t("nameBeforeSave"),
        details: [],
      });
      return null;
    }
    const actions = linkedActions(current.actions);
    setSaving(true);
    try {
      const saved = await workflowsApi.update(current.base.id, {
        revision: current.base.revision,
        name: current.name.trim(),
        trigger: current.trigger,
        actions,
        startActionId: actions[0]?.id ?? null,
      });
      setApiErrors({});
      setTriggerApiErrors({});
      setNameApiError(null);
      setShowValidation(false);
      // Edits made while the request ran stay in the draft.
      commit(saved, draftRef.current !== current);
      return saved;
    } catch (error) {
      showApiError(error, (index) => actions[index]?.id);
      return null;
    } finally {
      setSaving(false);
    }
  }, [commit, showApiError, t]);

  const reload = useCallback(async () => {
    const latest = await queryClient.fetchQuery({
      queryKey: queryKeys.workflow(draftRef.current.base.id),
      queryFn: ({ signal }) => workflowsApi.get(draftRef.current.base.id, signal),
      staleTime: 0,
    });
    rawDispatch({ type: "reset", workflow: latest });
    setProblem(null);
    setApiErrors({});
    setTriggerApiErrors({});
    setNameApiError(null);
    setShowValidation(false);
    setEnableIssues(null);
  }, [queryClient]);

  const setEnabled = useCallback(
    async (enabled: boolean) => {
      setEnableIssues(null);
      setTogglePending(true);
      try {
        // What runs is the saved version, so unsaved changes are saved before turning on.
        let base = draftRef.current.base;
        if (enabled && isDirty(draftRef.current)) {
          const saved = await save();
          if (!saved) return;
          base = saved;
        }
        const updated = await workflowsApi.update(base.id, { revision: base.revision, enabled });
        commit(updated, true);
      } catch (error) {
        if (error instanceof ApiRequestError && error.code === "WORKFLOW_NOT_READY") {
          const saved = draftRef.current.base;
          const { byAction, trigger, general } = apiErrorsByAction(error, (index) => saved.actions[index]?.id, issueText);
          setApiErrors(byAction);
          setTriggerApiErrors(trigger);
          const details = [
            ...general,
            ...Object.values(trigger).map((m) => t("triggerIssue", { message: m })),
            ...Object.entries(byAction).flatMap(([id, messages]) => {
              const action = draftRef.current.actions.find((a) => a.id === id);
              return Object.values(messages).map((m) => t("actionIssue", { name: action?.name?.trim() || t("anAction"), message: m }));
            }),
          ];
          setEnableIssues({ message: t("cannotEnable"), details });
        } else if (error instanceof ApiRequestError && error.code === "REVISION_CONFLICT") {
          setProblem({ kind: "conflict", message: t("conflict") });
        } else {
          setEnableIssues({ message: errorText(error), details: [] });
        }
      } finally {
        setTogglePending(false);
      }
    },
    [commit, save, t, issueText, errorText],
  );

  // Keyboard shortcuts of the editor. Ctrl/Cmd+S saves from anywhere on the page, as the Save button
  // does. Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl+Y undo and redo draft changes, except in a text
  // field: there the browser's own text undo runs (its input events reach the draft as edits of that
  // field, so the draft's history stays in step). In a dialog, none of them reach the page behind it.
  const editor = useRole("EDITOR");
  const shortcuts = useRef({ save, undo, redo, allowed: editor.allowed, dirty, saving });
  shortcuts.current = { save, undo, redo, allowed: editor.allowed, dirty, saving };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || !(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      const target = event.target instanceof Element ? event.target : null;
      const inDialog = !!target?.closest("[role=dialog], [role=alertdialog]");
      const current = shortcuts.current;
      if (key === "s" && !event.shiftKey) {
        // Never the browser's "Save page as" dialog on this page, even with nothing to save.
        event.preventDefault();
        if (!inDialog && current.allowed && current.dirty && !current.saving) void current.save();
        return;
      }
      const isUndo = key === "z" && !event.shiftKey;
      const isRedo = (key === "z" && event.shiftKey) || (key === "y" && event.ctrlKey && !event.shiftKey);
      if (!isUndo && !isRedo) return;
      if (inDialog || (target && isTextField(target))) return;
      event.preventDefault();
      if (isUndo) current.undo();
      else current.redo();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  const leaveGuard = useLeaveGuard(dirty, () => rawDispatch({ type: "reset", workflow: draftRef.current.base }));

  const value: WorkflowEditorValue = {
    workflow,
    draft,
    dispatch,
    dirty,
    saving,
    errors,
    triggerErrors,
    nameError,
    // "Needs attention" goes away by itself once every flagged field is fixed.
    problem:
      problem?.kind === "invalid" &&
      problem.details.length === 0 &&
      Object.keys(errors).length === 0 &&
      Object.keys(triggerErrors).length === 0 &&
      !nameError
        ? null
        : problem,
    dismissProblem: () => setProblem(null),
    save,
    reload,
    togglePending,
    setEnabled,
    restored,
    discard: () => dispatch({ type: "discard" }),
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    undo,
    redo,
    enableIssues,
    dismissEnableIssues: () => setEnableIssues(null),
  };

  return (
    <WorkflowEditorContext value={value}>
      {children}
      {leaveGuard}
    </WorkflowEditorContext>
  );
}

/** Where typing goes to the field itself: its text undo is the browser's. */
function isTextField(element: Element): boolean {
  if (element instanceof HTMLTextAreaElement) return !element.readOnly;
  if (element instanceof HTMLInputElement) {
    return (
      !element.readOnly && !["checkbox", "radio", "button", "submit", "reset", "range", "color", "file", "image"].includes(element.type)
    );
  }
  return element instanceof HTMLElement && element.isContentEditable;
}
