"use client";

import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { ModalDialog } from "@/components/ui/modal-dialog";
import type { AppWithSecret } from "@/lib/apps/app-schemas";
import styles from "./client-secret-dialog.module.css";

/**
 * Shows a client secret the one time the API returns it. The caller drops the secret from
 * state on close, so it leaves the page with the dialog.
 */
export function ClientSecretDialog({
  app,
  reason = "created",
  onClose,
}: {
  app: AppWithSecret | null;
  reason?: "created" | "rotated";
  onClose: () => void;
}) {
  const t = useTranslations("settings.apps.secretDialog");
  return (
    <ModalDialog
      open={app !== null}
      onOpenChange={(open) => !open && onClose()}
      title={reason === "created" ? t("created") : t("rotated")}
      description={
        app
          ? t.rich("description", {
              name: app.name,
              appId: app.appId,
              reason,
              strong: (chunks) => <strong>{chunks}</strong>,
              mono: (chunks) => <span className="mono">{chunks}</span>,
            })
          : undefined
      }
      width="md"
    >
      {app && (
        <div className="form">
          <div className="alert alert-warning" role="note">
            <TriangleAlert aria-hidden size={16} className="alert-icon" />
            <span>{t.rich("warning", { strong: (chunks) => <strong>{chunks}</strong> })}</span>
          </div>
          <div className="field">
            <label htmlFor="client-secret" className="field-label">
              {t("label")}
            </label>
            <div className={styles.secretRow}>
              <input
                id="client-secret"
                className="input mono"
                readOnly
                value={app.clientSecret}
                onFocus={(e) => e.currentTarget.select()}
              />
              <CopyButton text={app.clientSecret} />
            </div>
          </div>
          <div className="dialog-footer">
            <Button variant="primary" onClick={onClose}>
              {t("done")}
            </Button>
          </div>
        </div>
      )}
    </ModalDialog>
  );
}
