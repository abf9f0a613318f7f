"use client";

import { type QueryKey, useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { useErrorText } from "@/lib/client/error-text";

type DeleteUsedDialogProps<T> = {
  /** What is to be deleted; null closes the dialog. */
  item: T | null;
  onClose: () => void;
  title: string;
  confirmLabel: string;
  /** What goes, as the start of "… will be deleted." */
  subject: ReactNode;
  /** The workflows that use it, named before it goes. */
  usedBy: { name: string }[];
  /** What happens to those workflows, given their names. */
  whenUsed: (names: string) => string;
  remove: (item: T) => Promise<unknown>;
  /** The list to refresh once it is deleted, or when it was gone already (404). */
  queryKey: QueryKey;
  onDeleted: (item: T) => void;
};

/** Asks before deleting a credential (an app, a secret), naming the workflows that use it; stays open on a failure to show it. */
export function DeleteUsedDialog<T>({
  item,
  onClose,
  title,
  confirmLabel,
  subject,
  usedBy,
  whenUsed,
  remove,
  queryKey,
  onDeleted,
}: DeleteUsedDialogProps<T>) {
  const errorText = useErrorText();
  const t = useTranslations("settings.deleteUsed");
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: remove,
    onSuccess: (_, deleted) => {
      queryClient.invalidateQueries({ queryKey });
      onClose();
      mutation.reset();
      onDeleted(deleted);
    },
    onError: (error) => {
      if (error instanceof ApiRequestError && error.status === 404) queryClient.invalidateQueries({ queryKey });
    },
  });

  return (
    <ConfirmDialog
      open={item !== null}
      onOpenChange={(open) => {
        if (!open) {
          onClose();
          mutation.reset();
        }
      }}
      title={title}
      description={
        <>
          {t.rich("willBeDeleted", { subject: () => subject })}{" "}
          {usedBy.length > 0 ? whenUsed(usedBy.map((w) => w.name).join(", ")) : t("noUsers")}
        </>
      }
      confirmLabel={confirmLabel}
      destructive
      pending={mutation.isPending}
      error={mutation.error ? errorText(mutation.error) : null}
      onConfirm={() => item && mutation.mutate(item)}
    />
  );
}
