"use client";

import { AlertDialog } from "radix-ui";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "./button";
import { FormError } from "./form-error";
import styles from "./dialog.module.css";

type ConfirmDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  /** The button that closes without acting (default "Cancel"; name it otherwise where the action is itself a cancel). */
  cancelLabel?: string;
  onConfirm: () => void;
  pending?: boolean;
  error?: string | null;
  destructive?: boolean;
};

/** Asks before an action that cannot be undone; stays open while it runs so a failure can be shown in place. */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  cancelLabel,
  onConfirm,
  pending = false,
  error,
  destructive = false,
}: ConfirmDialogProps) {
  const t = useTranslations("ui");
  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => (!pending || next ? onOpenChange(next) : undefined)}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className={styles.overlay} />
        <AlertDialog.Content className={`${styles.content} ${styles.sm}`}>
          <div className={styles.header}>
            <AlertDialog.Title className={styles.title}>{title}</AlertDialog.Title>
          </div>
          <AlertDialog.Description className={styles.description}>{description}</AlertDialog.Description>
          {error && <FormError message={error} />}
          <div className="dialog-footer">
            <AlertDialog.Cancel asChild>
              <Button disabled={pending}>{cancelLabel ?? t("cancel")}</Button>
            </AlertDialog.Cancel>
            {/* Not AlertDialog.Action: that would close the dialog before the request answers. */}
            <Button variant={destructive ? "danger" : "primary"} loading={pending} onClick={onConfirm}>
              {confirmLabel}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
