"use client";

import { ArrowLeft, CircleAlert, History, Pencil, Redo2, RotateCcw, Undo2, UserPlus, X } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { Switch } from "radix-ui";
import { useObjectTypeLabel } from "@/components/crm/use-crm-labels";
import { useRoleGuard } from "@/components/app-shell/current-user";
import { useEffect, useId, useRef, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EnrollDialog } from "./enroll-dialog";
import { useWorkflowEditor } from "./workflow-editor-provider";
import styles from "./workflow-header.module.css";

export function WorkflowHeader() {
  const t = useTranslations("editor.header");
  const objectTypeLabel = useObjectTypeLabel();
  const { workflow, dirty, saving, save, togglePending, setEnabled } = useWorkflowEditor();
  const [enrolling, setEnrolling] = useState(false);
  // Saving, turning on or off and enrolling need an Editor; below it they stay in view, disabled, with the reason under them.
  const editor = useRoleGuard("EDITOR", t("manage"));
  const switchId = useId();
  const shortcut = useShortcutLabel();
  const objectLabel = objectTypeLabel(workflow.objectType).singular;

  return (
    <header className={styles.header}>
      <div>
        <Link href="/workflows" className={`back-link ${styles.back}`}>
          <ArrowLeft size={16} aria-hidden /> {t("back")}
        </Link>
      </div>
      <div className={styles.row}>
        <div className={styles.text}>
          <WorkflowName control={editor.control} />
          <p className={styles.meta}>
            {workflow.trigger.type === "WEBHOOK" ? t("metaWebhook", { object: objectLabel }) : t("metaManual", { object: objectLabel })}
          </p>
        </div>
        <div className={styles.actions}>
          {dirty && (
            <Badge tone="warning" title={t("unsavedTitle")}>
              <span className="badge-dot" aria-hidden />
              {t("unsaved")}
            </Badge>
          )}
          {editor.allowed && <UndoRedo />}
          {editor.allowed && dirty && <DiscardButton />}
          <Button
            variant={dirty ? "primary" : "secondary"}
            disabled={!dirty}
            loading={saving}
            onClick={() => void save()}
            title={t("saveTitle", { keys: shortcut({ key: "S" }) })}
            aria-keyshortcuts="Control+S Meta+S"
            {...editor.control}
          >
            {t("save")}
          </Button>
          <div className={styles.switchField}>
            <Switch.Root
              id={switchId}
              className={styles.switch}
              checked={workflow.enabled}
              disabled={togglePending || saving}
              aria-busy={togglePending || undefined}
              {...editor.control}
              onCheckedChange={(checked) => void setEnabled(checked)}
            >
              <Switch.Thumb className={styles.switchThumb} />
            </Switch.Root>
            <label htmlFor={switchId} className={styles.switchLabel}>
              <span className="visually-hidden">{t("workflowOn")}</span>
              <span aria-hidden>{workflow.enabled ? t("on") : t("off")}</span>
            </label>
          </div>
          <Button icon={<UserPlus className="btn-icon" aria-hidden />} onClick={() => setEnrolling(true)} {...editor.control}>
            {t("enroll")}
          </Button>
        </div>
      </div>
      {editor.note && <div className={styles.roleNote}>{editor.note}</div>}
      <WorkflowTabs id={workflow.id} />
      <WorkflowProblems />
      <EnrollDialog open={enrolling} onOpenChange={setEnrolling} />
    </header>
  );
}

/** "Ctrl+Z" or, on a Mac, "⌘Z": known only in the browser, so the first render (the server's) says Ctrl. */
function useShortcutLabel(): (keys: { shift?: boolean; key: string }) => string {
  const [mac, setMac] = useState(false);
  useEffect(() => setMac(/Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)), []);
  return ({ shift, key }) => (mac ? `${shift ? "⇧" : ""}⌘${key}` : `Ctrl+${shift ? "Shift+" : ""}${key}`);
}

/** Undo and Redo of draft changes; the same as Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (or Ctrl+Y), see workflow-editor-provider.tsx. */
function UndoRedo() {
  const t = useTranslations("editor.header");
  const { canUndo, canRedo, undo, redo } = useWorkflowEditor();
  const shortcut = useShortcutLabel();
  const redoKeys = shortcut({ shift: true, key: "Z" });
  return (
    <div className={styles.history}>
      <button
        type="button"
        className="icon-btn"
        aria-label={t("undo")}
        title={t("undoTitle", { keys: shortcut({ key: "Z" }) })}
        aria-keyshortcuts="Control+Z Meta+Z"
        disabled={!canUndo}
        onClick={undo}
      >
        <Undo2 size={18} aria-hidden />
      </button>
      <button
        type="button"
        className="icon-btn"
        aria-label={t("redo")}
        title={t("redoTitle", { keys: redoKeys.startsWith("Ctrl") ? t("redoKeysOr", { keys: redoKeys }) : redoKeys })}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        disabled={!canRedo}
        onClick={redo}
      >
        <Redo2 size={18} aria-hidden />
      </button>
    </div>
  );
}

/** Shown while there are unsaved edits: back to the saved version, after a confirm. */
function DiscardButton() {
  const t = useTranslations("editor.header");
  const { discard } = useWorkflowEditor();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button variant="ghost" icon={<RotateCcw className="btn-icon" aria-hidden />} onClick={() => setConfirming(true)}>
        {t("discard")}
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t("discardTitle")}
        description={t("discardDescription")}
        confirmLabel={t("discard")}
        destructive
        onConfirm={() => {
          setConfirming(false);
          discard();
        }}
      />
    </>
  );
}

function WorkflowName({ control }: { control: ReturnType<typeof useRoleGuard>["control"] }) {
  const t = useTranslations("editor.header");
  const { draft, dispatch, nameError } = useWorkflowEditor();
  const [editing, setEditing] = useState(false);
  const before = useRef(draft.name);
  const inputId = useId();

  if (!editing) {
    return (
      <div className={styles.titleRow}>
        <h1 className={`page-title ${styles.title}`}>{draft.name.trim() || t("untitled")}</h1>
        <button
          type="button"
          className="icon-btn"
          aria-label={t("rename")}
          title={t("rename")}
          {...control}
          onClick={() => {
            before.current = draft.name;
            setEditing(true);
          }}
        >
          <Pencil size={16} aria-hidden />
        </button>
        {nameError && (
          <span className="field-error" role="alert">
            {nameError}
          </span>
        )}
      </div>
    );
  }

  return (
    <div className={styles.titleRow}>
      <label htmlFor={inputId} className="visually-hidden">
        {t("nameLabel")}
      </label>
      <input
        id={inputId}
        className={`input ${styles.titleInput}`}
        // biome-ignore lint/a11y/noAutofocus: shown only after Rename was pressed; the name field replaces the title and takes its focus.
        autoFocus
        maxLength={200}
        value={draft.name}
        aria-invalid={nameError ? true : undefined}
        onChange={(event) => dispatch({ type: "rename-workflow", name: event.target.value })}
        onBlur={() => setEditing(false)}
        onKeyDown={(event) => {
          if (event.key === "Enter") setEditing(false);
          if (event.key === "Escape") {
            dispatch({ type: "rename-workflow", name: before.current });
            setEditing(false);
          }
        }}
      />
      {nameError && <span className="field-error">{nameError}</span>}
    </div>
  );
}

function WorkflowTabs({ id }: { id: string }) {
  const t = useTranslations("editor.header");
  const pathname = usePathname();
  const base = `/workflows/${encodeURIComponent(id)}`;
  const on = (tab: string) => pathname.startsWith(`${base}/${tab}`) || pathname.startsWith(`/workflows/${id}/${tab}`);
  const current = on("history") ? "history" : on("events") ? "events" : "editor";
  return (
    <nav className={styles.tabs} aria-label={t("views")}>
      <Link href={base} className={styles.tab} aria-current={current === "editor" ? "page" : undefined}>
        {t("tabEditor")}
      </Link>
      <Link href={`${base}/history`} className={styles.tab} aria-current={current === "history" ? "page" : undefined}>
        {t("tabHistory")}
      </Link>
      <Link href={`${base}/events`} className={styles.tab} aria-current={current === "events" ? "page" : undefined}>
        {t("tabEvents")}
      </Link>
    </nav>
  );
}

function WorkflowProblems() {
  const { problem, dismissProblem, reload, enableIssues, dismissEnableIssues, restored } = useWorkflowEditor();
  const t = useTranslations("editor.header");
  const [reloading, setReloading] = useState(false);
  if (!problem && !enableIssues && !restored) return null;
  return (
    <div className={styles.problems}>
      {restored && (
        <div className={`alert alert-warning ${styles.alert}`} role="status">
          <History aria-hidden size={16} className="alert-icon" />
          <div className={styles.alertText}>{t("restored")}</div>
        </div>
      )}
      {problem?.kind === "conflict" && (
        <div className={`alert alert-error ${styles.alert}`} role="alert">
          <CircleAlert aria-hidden size={16} className="alert-icon" />
          <div className={styles.alertText}>
            {t.rich("conflict", { message: problem.message, strong: (chunks) => <strong>{chunks}</strong> })}
          </div>
          <Button
            size="sm"
            icon={<RotateCcw className="btn-icon" aria-hidden />}
            loading={reloading}
            onClick={async () => {
              setReloading(true);
              try {
                await reload();
              } finally {
                setReloading(false);
              }
            }}
          >
            {t("reload")}
          </Button>
        </div>
      )}
      {problem && problem.kind !== "conflict" && (
        <div className={`alert alert-error ${styles.alert}`} role="alert">
          <CircleAlert aria-hidden size={16} className="alert-icon" />
          <div className={styles.alertText}>
            <span>{problem.message}</span>
            {problem.kind === "invalid" && problem.details.length > 0 && (
              <ul className={styles.alertList}>
                {problem.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </div>
          <button type="button" className="icon-btn" aria-label={t("dismiss")} onClick={dismissProblem}>
            <X size={16} aria-hidden />
          </button>
        </div>
      )}
      {enableIssues && (
        <div className={`alert alert-warning ${styles.alert}`} role="alert">
          <CircleAlert aria-hidden size={16} className="alert-icon" />
          <div className={styles.alertText}>
            <span>{enableIssues.message}</span>
            {enableIssues.details.length > 0 && (
              <ul className={styles.alertList}>
                {enableIssues.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </div>
          <button type="button" className="icon-btn" aria-label={t("dismiss")} onClick={dismissEnableIssues}>
            <X size={16} aria-hidden />
          </button>
        </div>
      )}
    </div>
  );
}
