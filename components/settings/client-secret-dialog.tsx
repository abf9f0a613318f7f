"use client";

import { TriangleAlert } from "lucide-react";
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
  reason,
  onClose,
}: {
  app: AppWithSecret | null;
  reason: "created" | "rotated";
  onClose: () => void;
}) {
  return (
    <ModalDialog
      open={app !== null}
      onOpenChange={(open) => !open && onClose()}
      title={reason === "created" ? "App created" : "Client secret rotated"}
      description={
        app ? (
          <>
            Client secret for <strong>{app.name}</strong> (app ID <span className="mono">{app.appId}</span>). Workflows that sign requests
            with this app use it from now on{reason === "rotated" ? "; the old secret no longer works" : ""}.
          </>
        ) : undefined
      }
      width="md"
    >
      {app && (
        <div className="form">
          <div className="alert alert-warning" role="note">
            <TriangleAlert aria-hidden size={16} className="alert-icon" />
            <span>
              Copy the secret now and store it where your receiving service can read it. <strong>It will not be shown again.</strong> If you
              lose it, rotate the secret to get a new one.
            </span>
          </div>
          <div className="field">
            <label htmlFor="client-secret" className="field-label">
              Client secret
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
              Done
            </Button>
          </div>
        </div>
      )}
    </ModalDialog>
  );
}
