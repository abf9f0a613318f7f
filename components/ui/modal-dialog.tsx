"use client";

import { X } from "lucide-react";
import { Dialog } from "radix-ui";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import styles from "./dialog.module.css";

type ModalDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  /** Blocks closing by Escape or outside click, e.g. while a request runs. */
  dismissible?: boolean;
  width?: "sm" | "md";
};

export function ModalDialog({ open, onOpenChange, title, description, children, dismissible = true, width = "sm" }: ModalDialogProps) {
  const t = useTranslations("ui");
  return (
    <Dialog.Root open={open} onOpenChange={(next) => (dismissible || next ? onOpenChange(next) : undefined)}>
      <Dialog.Portal>
        <Dialog.Overlay className={styles.overlay} />
        <Dialog.Content
          className={`${styles.content} ${styles[width]}`}
          {...(description ? {} : { "aria-describedby": undefined })}
          onInteractOutside={(event) => {
            if (!dismissible) event.preventDefault();
          }}
        >
          <div className={styles.header}>
            <Dialog.Title className={styles.title}>{title}</Dialog.Title>
            {dismissible && (
              <Dialog.Close className="icon-btn" aria-label={t("close")}>
                <X aria-hidden size={18} />
              </Dialog.Close>
            )}
          </div>
          {description && <Dialog.Description className={styles.description}>{description}</Dialog.Description>}
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
