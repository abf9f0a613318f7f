"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { AppWindow, Plus, RefreshCw, Trash2 } from "lucide-react";
import { useState } from "react";
import { useRoleGuard } from "@/components/app-shell/current-user";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { QueryTable } from "@/components/ui/query-table";
import { RelativeTime } from "@/components/ui/relative-time";
import type { AppSummary, AppWithSecret } from "@/lib/apps/app-schemas";
import { errorMessage } from "@/lib/client/api-fetch";
import { appsApi } from "@/lib/client/apps-api";
import { formatDateTime } from "@/lib/client/format";
import { queryKeys } from "@/lib/client/query-keys";
import { ClientSecretDialog } from "./client-secret-dialog";
import { CreateAppDialog } from "./create-app-dialog";
import { DeleteUsedDialog } from "./delete-used-dialog";
import { UsedByCell } from "./used-by-cell";

export function AppsPage() {
  const queryClient = useQueryClient();
  const apps = useQuery({ queryKey: queryKeys.apps, queryFn: ({ signal }) => appsApi.list(signal) });
  // Editors see the apps to pick one in a webhook; creating and rotating need an Admin.
  const admin = useRoleGuard("ADMIN", "Managing apps");
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
      Create app
    </Button>
  );

  return (
    <div className="page">
      <PageHeader
        eyebrow="Settings"
        title="Apps"
        description="Apps hold the client secrets that sign webhook requests. Pick an app in a Send a webhook action to sign with its secret."
        actions={apps.data && apps.data.length > 0 ? createButton : undefined}
      />
      {admin.note}
      <p role="status" className="visually-hidden">
        {status}
      </p>

      <QueryTable
        query={apps}
        loadingLabel="Loading apps…"
        loadingRows={3}
        errorTitle="Could not load apps"
        empty={
          <EmptyState icon={<AppWindow size={28} />} title="No apps yet" action={createButton}>
            Create an app to sign webhook requests, so the systems you send to can verify they came from Hookflow.
          </EmptyState>
        }
        caption="Apps"
        columns={
          <>
            <th scope="col">Name</th>
            <th scope="col">App ID</th>
            <th scope="col">Used by</th>
            <th scope="col">Created</th>
            <th scope="col">Secret rotated</th>
            <th scope="col">
              <span className="visually-hidden">Manage</span>
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
            <td>{formatDateTime(app.createdAt)}</td>
            <td>
              <RelativeTime value={app.secretRotatedAt} />
            </td>
            <td className="cell-actions">
              <Button
                size="sm"
                variant="ghost"
                icon={<RefreshCw className="btn-icon" aria-hidden />}
                aria-label={`Rotate secret of ${app.name}`}
                onClick={() => setRotating(app)}
                {...admin.control}
              >
                Rotate secret
              </Button>
              <Button
                size="sm"
                variant="ghost"
                className="btn-ghost-danger"
                icon={<Trash2 className="btn-icon" aria-hidden />}
                aria-label={`Delete ${app.name}`}
                onClick={() => setDeleting(app)}
                {...admin.control}
              >
                Delete
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
        title="Rotate client secret?"
        description={
          <>
            <strong>{rotating?.name}</strong> gets a new client secret right away. Requests signed with the old one will fail verification
            until receivers use the new secret.
          </>
        }
        confirmLabel="Rotate secret"
        destructive
        pending={rotate.isPending}
        error={rotate.error ? errorMessage(rotate.error) : null}
        onConfirm={() => rotating && rotate.mutate(rotating.appId)}
      />
      <DeleteUsedDialog
        item={deleting}
        onClose={() => setDeleting(null)}
        title="Delete app?"
        confirmLabel="Delete app"
        subject={
          <>
            <strong>{deleting?.name}</strong> (app ID {deleting?.appId}) and its client secret
          </>
        }
        usedBy={deleting?.usedBy ?? []}
        whenUsed={(names) =>
          `It signs the requests of ${names}: their Send a webhook actions fail until you choose another app or another authentication there.`
        }
        remove={(app) => appsApi.remove(app.appId)}
        queryKey={queryKeys.apps}
        onDeleted={(app) => setStatus(`App ${app.name} deleted.`)}
      />
      <ClientSecretDialog app={revealed?.app ?? null} reason={revealed?.reason ?? "created"} onClose={() => setRevealed(null)} />
    </div>
  );
}
