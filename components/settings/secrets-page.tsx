"use client";

import { useQuery } from "@tanstack/react-query";
import { KeyRound, Plus, RefreshCw, Trash2 } from "lucide-react";
import { useState } from "react";
import { useRoleGuard } from "@/components/app-shell/current-user";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { QueryTable } from "@/components/ui/query-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { formatDateTime } from "@/lib/client/format";
import { queryKeys } from "@/lib/client/query-keys";
import { secretsApi } from "@/lib/client/secrets-api";
import { AddSecretDialog } from "./add-secret-dialog";
import { DeleteUsedDialog } from "./delete-used-dialog";
import { ReplaceSecretDialog } from "./replace-secret-dialog";
import { UsedByCell } from "./used-by-cell";

export function SecretsPage() {
  const secrets = useQuery({ queryKey: queryKeys.secrets, queryFn: ({ signal }) => secretsApi.list(signal) });
  // Editors see the secrets to pick one in a webhook; adding and deleting need an Admin.
  const admin = useRoleGuard("ADMIN", "Managing secrets");
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [replacing, setReplacing] = useState<string | null>(null);
  const deletingUsers = secrets.data?.find((s) => s.name === deleting)?.usedBy ?? [];
  const [status, setStatus] = useState("");

  const addButton = (
    <Button variant="primary" icon={<Plus className="btn-icon" aria-hidden />} onClick={() => setAdding(true)} {...admin.control}>
      Add secret
    </Button>
  );

  return (
    <div className="page">
      <PageHeader
        eyebrow="Settings"
        title="Secrets"
        description="API keys and tokens that Send a webhook actions pass to outside systems, and the shared secrets webhook triggers verify senders with. Values are encrypted and never shown after saving."
        actions={secrets.data && secrets.data.length > 0 ? addButton : undefined}
      />
      {admin.note}
      <p role="status" className="visually-hidden">
        {status}
      </p>

      <QueryTable
        query={secrets}
        loadingLabel="Loading secrets…"
        loadingRows={3}
        errorTitle="Could not load secrets"
        empty={
          <EmptyState icon={<KeyRound size={28} />} title="No secrets yet" action={addButton}>
            Add an API key or token once, then pick it by name in a webhook&apos;s authentication settings. Names start with a letter and
            use letters, digits and underscores.
          </EmptyState>
        }
        caption="Secrets"
        columns={
          <>
            <th scope="col">Name</th>
            <th scope="col">Used by</th>
            <th scope="col">Created</th>
            <th scope="col">Updated</th>
            <th scope="col">
              <span className="visually-hidden">Manage</span>
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
            <td>{formatDateTime(secret.createdAt)}</td>
            <td>
              <RelativeTime value={secret.updatedAt} />
            </td>
            <td className="cell-actions">
              <Button
                size="sm"
                variant="ghost"
                icon={<RefreshCw className="btn-icon" aria-hidden />}
                aria-label={`Replace the value of ${secret.name}`}
                onClick={() => setReplacing(secret.name)}
                {...admin.control}
              >
                Replace value
              </Button>
              <Button
                size="sm"
                variant="ghost"
                className="btn-ghost-danger"
                icon={<Trash2 className="btn-icon" aria-hidden />}
                aria-label={`Delete ${secret.name}`}
                onClick={() => setDeleting(secret.name)}
                {...admin.control}
              >
                Delete
              </Button>
            </td>
          </tr>
        )}
      </QueryTable>

      <AddSecretDialog open={adding} onOpenChange={setAdding} onAdded={(name) => setStatus(`Secret ${name} saved.`)} />
      <ReplaceSecretDialog
        secret={secrets.data?.find((s) => s.name === replacing) ?? null}
        onClose={() => setReplacing(null)}
        onReplaced={(name) => setStatus(`The value of ${name} was replaced.`)}
      />
      <DeleteUsedDialog
        item={deleting}
        onClose={() => setDeleting(null)}
        title="Delete secret?"
        confirmLabel="Delete secret"
        subject={<span className="mono">{deleting}</span>}
        usedBy={deletingUsers}
        whenUsed={(names) =>
          `It is used by ${names}: their Send a webhook actions that send it fail, and a webhook trigger that verifies with it refuses every event (401), until you choose another secret there.`
        }
        remove={(name) => secretsApi.remove(name)}
        queryKey={queryKeys.secrets}
        onDeleted={(name) => setStatus(`Secret ${name} deleted.`)}
      />
    </div>
  );
}
