"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ApiRequestError, errorMessage } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import { workflowsApi } from "@/lib/client/workflows-api";

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
      title="Delete workflow?"
      description={
        <>
          <strong>{workflow?.name}</strong> and its enrollment history will be deleted. Records it already sent stay where they went. This
          cannot be undone.
        </>
      }
      confirmLabel="Delete workflow"
      destructive
      pending={remove.isPending}
      error={remove.error ? errorMessage(remove.error) : null}
      onConfirm={() => workflow && remove.mutate(workflow.id)}
    />
  );
}
