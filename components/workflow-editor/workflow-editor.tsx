"use client";

import { ReactFlowProvider } from "@xyflow/react";
import { useTranslations } from "next-intl";
import { useActionTypeText } from "@/components/actions/use-action-type-text";
import { useCallback, useId, useMemo, useState, type CSSProperties } from "react";
import { useRole } from "@/components/app-shell/current-user";
import { TriggerPanel } from "@/components/trigger/trigger-panel";
import { TriggerSampleContext } from "@/components/trigger/trigger-sample-context";
import { actionDefinitions, type ActionType } from "@/lib/actions/action-registry";
import { ActionDetailsPanel } from "./action-details-panel";
import { outputReferenceErrors, type ErrorsByAction } from "./action-validation";
import { useIssueText } from "@/lib/client/issue-text";
import { ActionPicker } from "./action-picker";
import { newActionId } from "./draft-reducer";
import { PanelResizer } from "./panel-resizer";
import { usePanelWidth } from "./use-panel-width";
import { WorkflowCanvas } from "./workflow-canvas";
import { useWorkflowEditor } from "./workflow-editor-provider";
import styles from "./workflow-editor.module.css";

type PanelState = { kind: "none" } | { kind: "picker"; index: number } | { kind: "action"; id: string } | { kind: "trigger" };

/** The Editor tab: the canvas, and on the right the action picker or the selected action's panel. */
export function WorkflowEditor() {
  const t = useTranslations("editor.empty");
  const tDetails = useTranslations("editor.details");
  const { naming } = useActionTypeText();
  const { workflow, draft, dispatch, errors, triggerErrors } = useWorkflowEditor();
  const [panel, setPanel] = useState<PanelState>({ kind: "none" });
  const editor = useRole("EDITOR");
  const [panelWidth, setPanelWidth] = usePanelWidth();
  // The width a resize settled on (a key press, the end of a drag): the canvas fits its view to the room
  // left once, not on every pixel of a drag.
  const [settledWidth, setSettledWidth] = useState(panelWidth);
  const resizePanel = useCallback(
    (width: number, persist = true) => {
      setPanelWidth(width, persist);
      if (persist) setSettledWidth(width);
    },
    [setPanelWidth],
  );
  const panelId = useId();

  const openAction = useCallback((id: string) => setPanel({ kind: "action", id }), []);
  const openPicker = useCallback((index: number) => setPanel({ kind: "picker", index }), []);
  const openTrigger = useCallback(() => setPanel({ kind: "trigger" }), []);
  // Action panels see the trigger as edited (type and sample), not only as last saved.
  const panelWorkflow = useMemo(() => ({ ...workflow, trigger: draft.trigger }), [workflow, draft.trigger]);
  const sample = draft.trigger.type === "WEBHOOK" ? draft.trigger.sample : undefined;
  const close = useCallback(() => {
    setPanel((current) => {
      // Back to the node the panel belonged to, so keyboard users keep their place on the canvas.
      if (current.kind === "trigger") {
        requestAnimationFrame(() => document.querySelector<HTMLElement>("[data-trigger-node]")?.focus());
      }
      if (current.kind === "action") {
        requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-action-id="${CSS.escape(current.id)}"]`)?.focus());
      }
      return { kind: "none" };
    });
  }, []);

  const choose = (type: ActionType) => {
    if (panel.kind !== "picker") return;
    const id = newActionId();
    dispatch({ type: "insert", index: panel.index, action: { id, type, config: actionDefinitions[type].defaultConfig() } });
    setPanel({ kind: "action", id });
  };

  // An output value that no longer resolves (its action deleted, or its output removed) is flagged at
  // once, on the node and at the field, not only after a save attempt.
  const issueText = useIssueText();
  const shownErrors = useMemo(() => {
    const merged: ErrorsByAction = { ...errors };
    for (const [id, messages] of Object.entries(outputReferenceErrors(draft.actions, issueText)))
      merged[id] = { ...messages, ...merged[id] };
    return merged;
  }, [errors, draft.actions, issueText]);

  const selected = panel.kind === "action" ? draft.actions.find((a) => a.id === panel.id) : undefined;
  const open = panel.kind === "picker" || panel.kind === "trigger" || selected !== undefined;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: it only hears Escape bubbling up from the side panel's own controls; the container is not a control and takes no focus.
    <div
      className={open ? `${styles.editor} ${styles.hasPanel}` : styles.editor}
      style={{ "--panel-width": `${panelWidth}px` } as CSSProperties}
      data-workflow-editor
      // Escape closes the side panel, like a dialog. Menus and dialogs opened from it live in portals
      // outside this element and handle their own Escape, so only keys pressed in here count.
      onKeyDown={(event) => {
        if (event.key === "Escape" && open && !event.defaultPrevented && event.currentTarget.contains(event.target as Node)) close();
      }}
    >
      <ReactFlowProvider>
        <WorkflowCanvas
          trigger={draft.trigger}
          objectType={workflow.objectType}
          triggerSelected={panel.kind === "trigger"}
          onOpenTrigger={openTrigger}
          actions={draft.actions}
          errors={shownErrors}
          triggerIssue={Object.values(triggerErrors)[0] ?? null}
          selectedId={selected?.id ?? null}
          insertIndex={panel.kind === "picker" ? panel.index : null}
          onOpen={openAction}
          onInsert={openPicker}
          layoutKey={`${draft.actions.length}:${open ? settledWidth : "closed"}`}
        />
      </ReactFlowProvider>
      {draft.actions.length === 0 && panel.kind === "none" && (
        <p className={styles.hint} role="note">
          {editor.allowed ? t.rich("pressPlus", { strong: (chunks) => <strong>{chunks}</strong> }) : t("noActions")}
        </p>
      )}
      {open && (
        <div id={panelId} className={styles.panelSlot}>
          <PanelResizer width={panelWidth} onResize={resizePanel} panelId={panelId} />
          {panel.kind === "picker" && <ActionPicker onChoose={choose} onClose={close} />}
          {panel.kind === "trigger" && (
            <TriggerPanel
              workflow={workflow}
              trigger={draft.trigger}
              errors={triggerErrors}
              onChange={(trigger) => dispatch({ type: "setTrigger", trigger })}
              onClose={close}
            />
          )}
          {selected && (
            <TriggerSampleContext value={sample}>
              <ActionDetailsPanel
                workflow={panelWorkflow}
                actions={draft.actions}
                action={selected}
                errors={shownErrors[selected.id] ?? {}}
                onRename={(name) => dispatch({ type: "rename-action", id: selected.id, name })}
                onChange={(config) => dispatch({ type: "update-config", id: selected.id, config })}
                onDelete={() => {
                  dispatch({ type: "delete", id: selected.id });
                  close();
                }}
                onDuplicate={() => {
                  const copyId = newActionId();
                  dispatch({
                    type: "duplicate",
                    id: selected.id,
                    copyId,
                    naming: { ...naming, copy: (name, n) => tDetails("copyName", { name, n }) },
                  });
                  setPanel({ kind: "action", id: copyId });
                }}
                onClose={close}
              />
            </TriggerSampleContext>
          )}
        </div>
      )}
    </div>
  );
}
