"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Ban, KeySquare, Plus } from "lucide-react";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { QueryTable } from "@/components/ui/query-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { roleName } from "@/lib/auth/roles";
import { accountsApi, type TokenRow } from "@/lib/client/accounts-api";
import { errorMessage } from "@/lib/client/api-fetch";
import { formatDateTime } from "@/lib/client/format";
import { CreateTokenDialog } from "./create-token-dialog";
import { queryKeys } from "@/lib/client/query-keys";

function tokenStatus(token: TokenRow, now: number) {
  if (token.revokedAt)
    return (
      <Badge tone="muted" title={`Revoked ${formatDateTime(token.revokedAt)}`}>
        Revoked
      </Badge>
    );
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now) return <Badge tone="warning">Expired</Badge>;
  return <Badge tone="success">Active</Badge>;
}

export function TokensPage() {
  const queryClient = useQueryClient();
  const tokens = useQuery({ queryKey: queryKeys.tokens, queryFn: ({ signal }) => accountsApi.tokens(signal) });
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<TokenRow | null>(null);
  const [status, setStatus] = useState("");
  const now = tokens.dataUpdatedAt;

  const revoke = useMutation({
    mutationFn: (token: TokenRow) => accountsApi.revokeToken(token.id),
    onSuccess: (_, token) => {
      queryClient.invalidateQueries({ queryKey: queryKeys.tokens });
      setRevoking(null);
      revoke.reset();
      setStatus(`API token ${token.name} revoked.`);
    },
  });

  const createButton = (
    <Button variant="primary" icon={<Plus className="btn-icon" aria-hidden />} onClick={() => setCreating(true)}>
      Create token
    </Button>
  );

  return (
    <div className="page">
      <PageHeader
        eyebrow="Settings"
        title="API tokens"
        description={
          <>
            Tokens let scripts and other systems call the Hookflow API: send <code>Authorization: Bearer hf_…</code> with each request. Each
            acts with its own role, never above its creator&apos;s, and stops at once when revoked or when its creator is deactivated.
          </>
        }
        actions={tokens.data && tokens.data.length > 0 ? createButton : undefined}
      />
      <p role="status" className="visually-hidden">
        {status}
      </p>

      <QueryTable
        query={tokens}
        loadingLabel="Loading API tokens…"
        loadingRows={3}
        errorTitle="Could not load API tokens"
        empty={
          <EmptyState icon={<KeySquare size={28} />} title="No API tokens yet" action={createButton}>
            Create a token for each script or system that calls Hookflow, so you can revoke one without touching the others.
          </EmptyState>
        }
        caption="API tokens"
        columns={
          <>
            <th scope="col">Name</th>
            <th scope="col">Token</th>
            <th scope="col">Role</th>
            <th scope="col">Created by</th>
            <th scope="col">Created</th>
            <th scope="col">Expires</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Manage</span>
            </th>
          </>
        }
      >
        {(token) => (
          <tr key={token.id}>
            <th scope="row" className="cell-primary">
              {token.name}
            </th>
            <td className="mono nowrap">{token.prefix}…</td>
            <td>{roleName(token.role)}</td>
            <td>{token.createdBy}</td>
            {/* Relative times keep the nine columns within the page; the exact time is on hover. */}
            <td className="nowrap">
              <RelativeTime value={token.createdAt} />
            </td>
            <td className="nowrap">{token.expiresAt ? <RelativeTime value={token.expiresAt} /> : <span className="muted">Never</span>}</td>
            <td className="nowrap">
              {token.lastUsedAt ? <RelativeTime value={token.lastUsedAt} /> : <span className="muted">Never</span>}
            </td>
            <td>{tokenStatus(token, now)}</td>
            <td className="cell-actions">
              {!token.revokedAt && (
                <Button
                  size="sm"
                  variant="ghost"
                  className="btn-ghost-danger"
                  icon={<Ban className="btn-icon" aria-hidden />}
                  aria-label={`Revoke ${token.name}`}
                  onClick={() => setRevoking(token)}
                >
                  Revoke
                </Button>
              )}
            </td>
          </tr>
        )}
      </QueryTable>

      <CreateTokenDialog open={creating} onOpenChange={setCreating} />
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => {
          if (!open) {
            setRevoking(null);
            revoke.reset();
          }
        }}
        title="Revoke API token?"
        description={
          <>
            <strong>{revoking?.name}</strong> stops working at once: every request with it is refused (401). This cannot be undone; create a
            new token if you need one again.
          </>
        }
        confirmLabel="Revoke token"
        destructive
        pending={revoke.isPending}
        error={revoke.error ? errorMessage(revoke.error) : null}
        onConfirm={() => revoking && revoke.mutate(revoking)}
      />
    </div>
  );
}
