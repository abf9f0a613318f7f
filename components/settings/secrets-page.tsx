"use client";

import { useQuery } from "@tanstack/react-query";
import { KeyRound, Plus, RefreshCw, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRoleGuard } from "@/components/app-shell/current-user";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { QueryTable } from "@/components/ui/query-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { useFormat } from "@/lib/client/use-format";
import { queryKeys } from "@/lib/client/query-keys";
import { secretsApi } from "@/lib/client/secrets-api";
import { AddSecretDialog } from "./add-secret-dialog";
import { DeleteUsedDialog } from "./delete-used-dialog";
import { ReplaceSecretDialog } from "./replace-secret-dialog";
import { UsedByCell } from "./used-by-cell";

export function SecretsPage() {
  const t = useTranslations("settings.secrets");
  const common = useTranslations("settings.common");
  const format = useFormat();
  const secrets = useQuery({ queryKey: queryKeys.secrets, queryFn: ({ signal }) => secretsApi.list(signal) });
  // Editors see the secrets to pick one in a webhook; adding and deleting need an Admin.
  const admin = useRoleGuard("ADMIN", t("manage"));
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [replacing, setReplacing] = useState<string | null>(null);
  const deletingUsers = secrets.data?.find((s) => s.name === deleting)?.usedBy ?? [];
  const [status, setStatus] = useState("");

  const addButton = (
    <Button variant="primary" icon={<Plus className="btn-icon" aria-hidden />} onClick={() => setAdding(true)} {...admin.control}>
      {t("add")}
    </Button>
  );

  return (
    <div className="page">
      <PageHeader
        eyebrow={common("eyebrow")}
        title={t("title")}
        description={t("description")}
        actions={secrets.data && secrets.data.length > 0 ? addButton : undefined}
      />
      {admin.note}
      <p role="status" className="visually-hidden">
        {status}
      </p>

      <QueryTable
        query={secrets}
        loadingLabel={t("loading")}
        loadingRows={3}
        errorTitle={t("loadError")}
        empty={
          <EmptyState icon={<KeyRound size={28} />} title={t("emptyTitle")} action={addButton}>
            {t("emptyText")}
          </EmptyState>
        }
        caption={t("caption")}
        columns={
          <>
            <th scope="col">{common("name")}</th>
            <th scope="col">{common("usedBy")}</th>
            <th scope="col">{common("created")}</th>
            <th scope="col">{common("updated")}</th>
            <th scope="col">
              <span className="visually-hidden">{common("manage")}</span>
            </th>
          </>
        }
      >
        {(secret) => (
          <tr key={secret.name}>
            <th scope="row" className="cell-primary mono">
              {secret.name}
            </th>
            <UsedByCell workflows={secret.usedBy} />
            <td>{format.dateTime(secret.createdAt)}</td>
            <td>
              <RelativeTime value={secret.updatedAt} />
            </td>
            <td className="cell-actions">
              <Button
                size="sm"
                variant="ghost"
                icon={<RefreshCw className="btn-icon" aria-hidden />}
                aria-label={t("replaceAria", { name: secret.name })}
                onClick={() => setReplacing(secret.name)}
                {...admin.control}
              >
                {t("replaceValue")}
              </Button>
              <Button
                size="sm"
                variant="ghost"
                className="btn-ghost-danger"
                icon={<Trash2 className="btn-icon" aria-hidden />}
                aria-label={common("deleteAria", { name: secret.name })}
                onClick={() => setDeleting(secret.name)}
                {...admin.control}
              >
                {common("delete")}
              </Button>
            </td>
          </tr>
        )}
      </QueryTable>

      <AddSecretDialog open={adding} onOpenChange={setAdding} onAdded={(name) => setStatus(t("saved", { name }))} />
      <ReplaceSecretDialog
        secret={secrets.data?.find((s) => s.name === replacing) ?? null}
        onClose={() => setReplacing(null)}
        onReplaced={(name) => setStatus(t("replaced", { name }))}
      />
      <DeleteUsedDialog
        item={deleting}
        onClose={() => setDeleting(null)}
        title={t("deleteTitle")}
        confirmLabel={t("deleteConfirm")}
        subject={<span className="mono">{deleting}</span>}
        usedBy={deletingUsers}
        whenUsed={(names) => t("whenUsed", { names })}
        remove={(name) => secretsApi.remove(name)}
        queryKey={queryKeys.secrets}
        onDeleted={(name) => setStatus(t("deleted", { name }))}
      />
    </div>
  );
}
