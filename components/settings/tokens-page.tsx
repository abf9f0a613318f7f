"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Ban, KeySquare, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRoleName } from "@/components/crm/use-crm-labels";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { QueryTable } from "@/components/ui/query-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { accountsApi, type TokenRow } from "@/lib/client/accounts-api";
import { useFormat } from "@/lib/client/use-format";
import { CreateTokenDialog } from "./create-token-dialog";
import { queryKeys } from "@/lib/client/query-keys";
import { useErrorText } from "@/lib/client/error-text";

function TokenStatus({ token, now }: { token: TokenRow; now: number }) {
  const t = useTranslations("settings.tokens");
  const format = useFormat();
  if (token.revokedAt)
    return (
      <Badge tone="muted" title={t("revokedAt", { date: format.dateTime(token.revokedAt) })}>
        {t("revoked")}
      </Badge>
    );
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now) return <Badge tone="warning">{t("expired")}</Badge>;
  return <Badge tone="success">{t("active")}</Badge>;
}

export function TokensPage() {
  const errorText = useErrorText();
  const t = useTranslations("settings.tokens");
  const roleName = useRoleName();
  const common = useTranslations("settings.common");
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
      setStatus(t("revokedStatus", { name: token.name }));
    },
  });

  const createButton = (
    <Button variant="primary" icon={<Plus className="btn-icon" aria-hidden />} onClick={() => setCreating(true)}>
      {t("create")}
    </Button>
  );

  return (
    <div className="page">
      <PageHeader
        eyebrow={common("eyebrow")}
        title={t("title")}
        description={t.rich("description", { code: (chunks) => <code>{chunks}</code> })}
        actions={tokens.data && tokens.data.length > 0 ? createButton : undefined}
      />
      <p role="status" className="visually-hidden">
        {status}
      </p>

      <QueryTable
        query={tokens}
        loadingLabel={t("loading")}
        loadingRows={3}
        errorTitle={t("loadError")}
        empty={
          <EmptyState icon={<KeySquare size={28} />} title={t("emptyTitle")} action={createButton}>
            {t("emptyText")}
          </EmptyState>
        }
        caption={t("caption")}
        columns={
          <>
            <th scope="col">{common("name")}</th>
            <th scope="col">{t("token")}</th>
            <th scope="col">{t("role")}</th>
            <th scope="col">{t("createdBy")}</th>
            <th scope="col">{common("created")}</th>
            <th scope="col">{t("expires")}</th>
            <th scope="col">{t("lastUsed")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">
              <span className="visually-hidden">{common("manage")}</span>
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
            <td className="nowrap">
              {token.expiresAt ? <RelativeTime value={token.expiresAt} /> : <span className="muted">{t("never")}</span>}
            </td>
            <td className="nowrap">
              {token.lastUsedAt ? <RelativeTime value={token.lastUsedAt} /> : <span className="muted">{t("never")}</span>}
            </td>
            <td>
              <TokenStatus token={token} now={now} />
            </td>
            <td className="cell-actions">
              {!token.revokedAt && (
                <Button
                  size="sm"
                  variant="ghost"
                  className="btn-ghost-danger"
                  icon={<Ban className="btn-icon" aria-hidden />}
                  aria-label={t("revokeAria", { name: token.name })}
                  onClick={() => setRevoking(token)}
                >
                  {t("revoke")}
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
        title={t("revokeTitle")}
        description={t.rich("revokeDescription", { name: revoking?.name ?? "", strong: (chunks) => <strong>{chunks}</strong> })}
        confirmLabel={t("revokeConfirm")}
        destructive
        pending={revoke.isPending}
        error={revoke.error ? errorText(revoke.error) : null}
        onConfirm={() => revoking && revoke.mutate(revoking)}
      />
    </div>
  );
}
