"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, type ReactNode } from "react";
import { useRoleGuard } from "@/components/app-shell/current-user";
import canvasStyles from "./canvas.module.css";
import styles from "./side-panel.module.css";

type SidePanelProps = {
  /** The node's icon, as on the canvas. */
  icon: ReactNode;
  iconClassName?: string;
  /** Small line above the title: "Trigger", "Action 2 · Send a webhook". */
  kind: ReactNode;
  title: ReactNode;
  closeLabel: string;
  onClose: () => void;
  /** The heading takes focus when this changes (and on opening), so keyboard users land in the panel. */
  focusKey?: string;
  className?: string;
  footer?: ReactNode;
  children: ReactNode;
};

/** The editor's right-hand panel for a node: header with icon, kind, title and Close; a scrolling body; an optional footer. */
export function SidePanel({
  icon,
  iconClassName,
  kind,
  title,
  closeLabel,
  onClose,
  focusKey,
  className,
  footer,
  children,
}: SidePanelProps) {
  const t = useTranslations("editor.sidePanel");
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const editor = useRoleGuard("EDITOR");
  // biome-ignore lint/correctness/useExhaustiveDependencies: focusKey is what re-runs it: opening another node's panel moves focus to the new title.
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [focusKey]);

  return (
    <aside className={[styles.panel, className].filter(Boolean).join(" ")} aria-labelledby={headingId}>
      <div className={styles.header}>
        <span className={["wf-node-icon", iconClassName].filter(Boolean).join(" ")} aria-hidden>
          {icon}
        </span>
        <div className={styles.heading}>
          <span className={canvasStyles.kind}>{kind}</span>
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.title}>
            {title}
          </h2>
        </div>
        <button type="button" className="icon-btn" aria-label={closeLabel} onClick={onClose}>
          <X size={18} aria-hidden />
        </button>
      </div>
      <div className={`${styles.body} wf-panel-body`}>
        {editor.allowed ? (
          children
        ) : (
          // Below Editor the panel is for reading: a disabled fieldset turns off every control in it at once.
          <>
            <div className={styles.readOnly}>
              <strong>{t("readOnly")}</strong> {editor.note}
            </div>
            <fieldset disabled className={styles.disabledControls}>
              {children}
            </fieldset>
          </>
        )}
      </div>
      {footer && editor.allowed && <div className={styles.footer}>{footer}</div>}
    </aside>
  );
}
