"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import { workflowsApi } from "@/lib/client/workflows-api";
import { useErrorText } from "@/lib/client/error-text";

type Target = { id: string; name: string };

export function DeleteWorkflowDialog({
  workflow,
  onClose,
  onDeleted,
}: {
  workflow: Target | null;
  onClose: () => void;
  onDeleted?: () => void;
}) {
  const errorText = useErrorText();
  const t = useTranslations("workflows.delete");
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: string) => workflowsApi.remove(id),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: queryKeys.workflow(id) });
      queryClient.invalidateQueries({ queryKey: queryKeys.workflows });
      remove.reset();
      onClose();
      onDeleted?.();
    },
    onError: (error) => {
      // Already gone (deleted in another tab): the goal is met.
      if (error instanceof ApiRequestError && error.status === 404) queryClient.invalidateQueries({ queryKey: queryKeys.workflows });
    },
  });

  return (
    <ConfirmDialog
      open={workflow !== null}
      onOpenChange={(open) => {
        if (!open) {
          remove.reset();
          onClose();
        }
      }}
      title={t("title")}
      description={t.rich("description", { name: workflow?.name ?? "", strong: (chunks) => <strong>{chunks}</strong> })}
      confirmLabel={t("confirm")}
      destructive
      pending={remove.isPending}
      error={remove.error ? errorText(remove.error) : null}
      onConfirm={() => workflow && remove.mutate(workflow.id)}
    />
  );
}
