"use client";

import { Copy, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { actionViews } from "@/components/actions/action-views";
import type { ActionPanelProps } from "@/components/actions/action-panel-props";
import { useActionTypeText } from "@/components/actions/use-action-type-text";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextField } from "@/components/ui/text-field";
import { usesOfOutputs } from "@/lib/actions/output-references";
import type { Workflow } from "@/lib/workflows/workflow-schema";
import { actionOutputs, type ActionErrors } from "./action-validation";
import type { DraftAction } from "./draft-reducer";
import { SidePanel } from "./side-panel";
import styles from "./side-panel.module.css";

type ActionDetailsPanelProps = {
  workflow: Workflow;
  actions: DraftAction[];
  action: DraftAction;
  errors: ActionErrors;
  onRename: (name: string) => void;
  onChange: (config: unknown) => void;
  onDelete: () => void;
  /** Inserts a copy right after this action. */
  onDuplicate: () => void;
  onClose: () => void;
};

/** The right-hand panel for one action: its name, its type's configuration panel, Duplicate and Delete. */
export function ActionDetailsPanel({
  workflow,
  actions,
  action,
  errors,
  onRename,
  onChange,
  onDelete,
  onDuplicate,
  onClose,
}: ActionDetailsPanelProps) {
  const t = useTranslations("editor.details");
  const [confirming, setConfirming] = useState(false);
  const text = useActionTypeText();
  const label = text.label(action.type);
  const { icon: Icon, Panel } = actionViews[action.type];
  const index = actions.findIndex((a) => a.id === action.id);
  const earlierOutputs = useMemo<ActionPanelProps<unknown>["earlierOutputs"]>(
    () =>
      actions.slice(0, Math.max(0, index)).map((earlier) => ({
        actionId: earlier.id,
        actionName: text.displayName(earlier),
        outputs: actionOutputs(earlier),
      })),
    [actions, index, text],
  );

  // A chosen output of an action that is not earlier is still named, never shown by id.
  const { actionName } = useMemo(() => text.summaryContext(actions), [actions, text]);
  // What deleting this action breaks: later actions that read its outputs.
  const usedBy = useMemo(() => usesOfOutputs(actions, action.id), [actions, action.id]);

  // Errors for the config panel, by config path; the name's and the whole action's stay here.
  const { name: nameError, _: actionError, ...configErrors } = errors;

  return (
    <SidePanel
      icon={<Icon size={16} />}
      kind={t("kind", { position: index + 1, label })}
      title={text.displayName(action)}
      closeLabel={t("close")}
      onClose={onClose}
      focusKey={action.id}
      footer={
        <>
          <Button variant="ghost" icon={<Copy className="btn-icon" aria-hidden />} onClick={onDuplicate}>
            {t("duplicate")}
          </Button>
          <Button
            variant="ghost"
            className="btn-ghost-danger"
            icon={<Trash2 className="btn-icon" aria-hidden />}
            onClick={() => setConfirming(true)}
          >
            {t("delete")}
          </Button>
          <ConfirmDialog
            open={confirming}
            onOpenChange={setConfirming}
            title={t("deleteTitle")}
            description={
              <>
                {t("deleteDescription", { name: text.displayName(action) })}
                {usedBy.length > 0 && (
                  <>
                    {" "}
                    <strong>{outputUsesWarning(t, usedBy, text.displayName)}</strong>
                  </>
                )}
              </>
            }
            confirmLabel={t("delete")}
            destructive
            onConfirm={() => {
              setConfirming(false);
              onDelete();
            }}
          />
        </>
      }
    >
      <TextField
        label={t("nameLabel")}
        hint={t("nameHint", { label })}
        placeholder={label}
        maxLength={200}
        value={action.name ?? ""}
        error={nameError}
        onChange={(event) => onRename(event.target.value)}
      />
      {actionError && <p className="field-error">{actionError}</p>}
      <div className={styles.config}>
        <Panel
          key={action.id}
          workflow={workflow}
          action={{ id: action.id, type: action.type, name: action.name, config: action.config as never }}
          onChange={onChange}
          errors={configErrors}
          earlierOutputs={earlierOutputs}
          actionName={actionName}
        />
      </div>
    </SidePanel>
  );
}

/** "Set property value uses its output tier; that value will need replacing." */
function outputUsesWarning(
  t: ReturnType<typeof useTranslations<"editor.details">>,
  usedBy: { action: { type: string; name?: string | null }; outputs: string[] }[],
  displayName: (action: { type: string; name?: string | null }) => string,
): string {
  const list = (items: string[]) =>
    items.length < 2 ? items.join("") : t("listAnd", { first: items.slice(0, -1).join(", "), last: items[items.length - 1] });
  const uses = usedBy.map(({ action, outputs }) =>
    t("usesOutputs", { name: displayName(action), count: outputs.length, outputs: list(outputs) }),
  );
  const values = usedBy.reduce((n, { outputs }) => n + outputs.length, 0);
  return t("needsReplacing", { uses: list(uses), values });
}
