"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { AppWindow, Plus, RefreshCw, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRoleGuard } from "@/components/app-shell/current-user";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { QueryTable } from "@/components/ui/query-table";
import { RelativeTime } from "@/components/ui/relative-time";
import type { AppSummary, AppWithSecret } from "@/lib/apps/app-schemas";
import { appsApi } from "@/lib/client/apps-api";
import { useFormat } from "@/lib/client/use-format";
import { queryKeys } from "@/lib/client/query-keys";
import { useErrorText } from "@/lib/client/error-text";
import { ClientSecretDialog } from "./client-secret-dialog";
import { CreateAppDialog } from "./create-app-dialog";
import { DeleteUsedDialog } from "./delete-used-dialog";
import { UsedByCell } from "./used-by-cell";

export function AppsPage() {
  const errorText = useErrorText();
  const t = useTranslations("settings.apps");
  const common = useTranslations("settings.common");
  const format = useFormat();
  const queryClient = useQueryClient();
  const apps = useQuery({ queryKey: queryKeys.apps, queryFn: ({ signal }) => appsApi.list(signal) });
  // Editors see the apps to pick one in a webhook; creating and rotating need an Admin.
  const admin = useRoleGuard("ADMIN", t("manage"));
  const [creating, setCreating] = useState(false);
  const [rotating, setRotating] = useState<AppSummary | null>(null);
  const [deleting, setDeleting] = useState<AppSummary | null>(null);
  const [status, setStatus] = useState("");
  // The only place a secret lives in the browser; cleared when its dialog closes.
  const [revealed, setRevealed] = useState<{ app: AppWithSecret; reason: "created" | "rotated" } | null>(null);

  const rotate = useMutation({
    mutationFn: (appId: number) => appsApi.rotateSecret(appId),
    // Drop the finished mutation (its variables or result hold the secret) from the cache at once.
    gcTime: 0,
    onSuccess: (app) => {
      queryClient.invalidateQueries({ queryKey: queryKeys.apps });
      setRotating(null);
      rotate.reset();
      setRevealed({ app, reason: "rotated" });
    },
  });

  const createButton = (
    <Button variant="primary" icon={<Plus className="btn-icon" aria-hidden />} onClick={() => setCreating(true)} {...admin.control}>
      {t("create")}
    </Button>
  );

  return (
    <div className="page">
      <PageHeader
        eyebrow={common("eyebrow")}
        title={t("title")}
        description={t("description")}
        actions={apps.data && apps.data.length > 0 ? createButton : undefined}
      />
      {admin.note}
      <p role="status" className="visually-hidden">
        {status}
      </p>

      <QueryTable
        query={apps}
        loadingLabel={t("loading")}
        loadingRows={3}
        errorTitle={t("loadError")}
        empty={
          <EmptyState icon={<AppWindow size={28} />} title={t("emptyTitle")} action={createButton}>
            {t("emptyText")}
          </EmptyState>
        }
        caption={t("caption")}
        columns={
          <>
            <th scope="col">{common("name")}</th>
            <th scope="col">{t("appId")}</th>
            <th scope="col">{common("usedBy")}</th>
            <th scope="col">{common("created")}</th>
            <th scope="col">{t("secretRotated")}</th>
            <th scope="col">
              <span className="visually-hidden">{common("manage")}</span>
            </th>
          </>
        }
      >
        {(app) => (
          <tr key={app.appId}>
            <th scope="row" className="cell-primary">
              {app.name}
            </th>
            <td className="mono">{app.appId}</td>
            <UsedByCell workflows={app.usedBy} />
            <td>{format.dateTime(app.createdAt)}</td>
            <td>
              <RelativeTime value={app.secretRotatedAt} />
            </td>
            <td className="cell-actions">
              <Button
                size="sm"
                variant="ghost"
                icon={<RefreshCw className="btn-icon" aria-hidden />}
                aria-label={t("rotateAria", { name: app.name })}
                onClick={() => setRotating(app)}
                {...admin.control}
              >
                {t("rotate")}
              </Button>
              <Button
                size="sm"
                variant="ghost"
                className="btn-ghost-danger"
                icon={<Trash2 className="btn-icon" aria-hidden />}
                aria-label={common("deleteAria", { name: app.name })}
                onClick={() => setDeleting(app)}
                {...admin.control}
              >
                {common("delete")}
              </Button>
            </td>
          </tr>
        )}
      </QueryTable>

      <CreateAppDialog open={creating} onOpenChange={setCreating} onCreated={(app) => setRevealed({ app, reason: "created" })} />
      <ConfirmDialog
        open={rotating !== null}
        onOpenChange={(open) => {
          if (!open) {
            setRotating(null);
            rotate.reset();
          }
        }}
        title={t("rotateTitle")}
        description={t.rich("rotateDescription", { name: rotating?.name ?? "", strong: (chunks) => <strong>{chunks}</strong> })}
        confirmLabel={t("rotate")}
        destructive
        pending={rotate.isPending}
        error={rotate.error ? errorText(rotate.error) : null}
        onConfirm={() => rotating && rotate.mutate(rotating.appId)}
      />
      <DeleteUsedDialog
        item={deleting}
        onClose={() => setDeleting(null)}
        title={t("deleteTitle")}
        confirmLabel={t("deleteConfirm")}
        subject={t.rich("deleteSubject", {
          name: deleting?.name ?? "",
          appId: deleting?.appId ?? "",
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
        usedBy={deleting?.usedBy ?? []}
        whenUsed={(names) => t("whenUsed", { names })}
        remove={(app) => appsApi.remove(app.appId)}
        queryKey={queryKeys.apps}
        onDeleted={(app) => setStatus(t("deleted", { name: app.name }))}
      />
      <ClientSecretDialog app={revealed?.app ?? null} reason={revealed?.reason} onClose={() => setRevealed(null)} />
    </div>
  );
}
