"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleStop, UserMinus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRoleGuard } from "@/components/app-shell/current-user";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { runHistoryApi, runHistoryKeys } from "./run-history-api";
import styles from "./run-history.module.css";
import { useErrorText } from "@/lib/client/error-text";

/**
 * "Cancel run" and "Unenroll" on an active run, each behind a confirm: cancel ends this run;
 * unenroll ends every active run of the record in the workflow (HubSpot's word). Both need an
 * Editor (the routes check it); below it the buttons stay, disabled, with the reason beside them.
 */
export function EndRunControls({
  enrollmentId,
  workflowId,
  recordId,
  recordName,
}: {
  enrollmentId: string;
  workflowId: string;
  recordId: number;
  recordName: string;
}) {
  const errorText = useErrorText();
  const t = useTranslations("runs.endRun");
  const queryClient = useQueryClient();
  const editor = useRoleGuard("EDITOR");
  const [asking, setAsking] = useState<"cancel" | "unenroll" | null>(null);
  const done = () => {
    setAsking(null);
    return queryClient.invalidateQueries({ queryKey: runHistoryKeys.all });
  };
  const cancel = useMutation({ mutationFn: () => runHistoryApi.cancel(enrollmentId), onSuccess: done });
  const unenroll = useMutation({ mutationFn: () => runHistoryApi.unenroll(workflowId, recordId), onSuccess: done });
  const close = (open: boolean) => {
    if (open) return;
    setAsking(null);
    cancel.reset();
    unenroll.reset();
  };
  return (
    <div className={styles.endRun}>
      <Button
        variant="danger"
        icon={<CircleStop className="btn-icon" aria-hidden />}
        onClick={() => setAsking("cancel")}
        {...editor.control}
      >
        {t("cancel")}
      </Button>
      <Button icon={<UserMinus className="btn-icon" aria-hidden />} onClick={() => setAsking("unenroll")} {...editor.control}>
        {t("unenroll")}
      </Button>
      {editor.note}
      <ConfirmDialog
        open={asking === "cancel"}
        onOpenChange={close}
        title={t("cancelTitle")}
        description={t.rich("cancelDescription", { record: recordName, strong: (chunks) => <strong>{chunks}</strong> })}
        confirmLabel={t("cancel")}
        cancelLabel={t("keepRunning")}
        destructive
        pending={cancel.isPending}
        error={cancel.error ? errorText(cancel.error) : null}
        onConfirm={() => cancel.mutate()}
      />
      <ConfirmDialog
        open={asking === "unenroll"}
        onOpenChange={close}
        title={t("unenrollTitle")}
        description={t.rich("unenrollDescription", { record: recordName, strong: (chunks) => <strong>{chunks}</strong> })}
        confirmLabel={t("unenrollRecord")}
        cancelLabel={t("keepEnrolled")}
        destructive
        pending={unenroll.isPending}
        error={unenroll.error ? errorText(unenroll.error) : null}
        onConfirm={() => unenroll.mutate()}
      />
    </div>
  );
}
