"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { UserPlus, Users } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRoleName } from "@/components/crm/use-crm-labels";
import { useCurrentUser, useGrantableRoles } from "@/components/app-shell/current-user";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError } from "@/components/ui/form-error";
import { PageHeader } from "@/components/ui/page-header";
import { QueryTable } from "@/components/ui/query-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { type Role, roleAtLeast } from "@/lib/auth/roles";
import { accountsApi, type InvitationRow, type UserRow } from "@/lib/client/accounts-api";
import { useFormat } from "@/lib/client/use-format";
import { InviteUserDialog } from "./invite-user-dialog";
import styles from "./users-page.module.css";
import { queryKeys } from "@/lib/client/query-keys";
import { useErrorText } from "@/lib/client/error-text";

type Change = { user: UserRow; role?: Role; deactivated?: boolean };

export function UsersPage() {
  const errorText = useErrorText();
  const t = useTranslations("settings.users");
  const common = useTranslations("settings.common");
  const format = useFormat();
  const roleName = useRoleName();
  const queryClient = useQueryClient();
  const router = useRouter();
  const me = useCurrentUser();
  const grantable = useGrantableRoles();
  const users = useQuery({ queryKey: queryKeys.users, queryFn: ({ signal }) => accountsApi.users(signal), select: (data) => data.users });
  const invitations = useQuery({
    queryKey: queryKeys.users,
    queryFn: ({ signal }) => accountsApi.users(signal),
    select: (data) => data.invitations,
  });
  const [inviting, setInviting] = useState(false);
  const [toggling, setToggling] = useState<UserRow | null>(null);
  const [withdrawing, setWithdrawing] = useState<InvitationRow | null>(null);
  const [status, setStatus] = useState("");

  const change = useMutation({
    mutationFn: ({ user, role, deactivated }: Change) => accountsApi.changeUser(user.id, { role, deactivated }),
    onSuccess: ({ user }, { role, deactivated }) => {
      queryClient.invalidateQueries({ queryKey: queryKeys.users });
      setToggling(null);
      setStatus(
        role
          ? t("nowRole", { name: user.name, role: roleName(user.role) })
          : deactivated
            ? t("deactivatedStatus", { name: user.name })
            : t("activeAgain", { name: user.name }),
      );
      // My own role changed: the sidebar and every page's permissions come from the layout.
      if (user.id === me.id) router.refresh();
    },
  });
  const withdraw = useMutation({
    mutationFn: (invitation: InvitationRow) => accountsApi.withdrawInvitation(invitation.id),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: queryKeys.users });
      setWithdrawing(null);
      withdraw.reset();
      setStatus(t("withdrawn"));
    },
  });
  // A role change answers in place (no dialog), so its refusal (the last Owner, a role above mine) shows above the table.
  const roleError = change.error && !toggling ? errorText(change.error) : null;

  const inviteButton = (
    <Button variant="primary" icon={<UserPlus className="btn-icon" aria-hidden />} onClick={() => setInviting(true)}>
      {t("invite")}
    </Button>
  );

  return (
    <div className="page">
      <PageHeader eyebrow={common("eyebrow")} title={t("title")} description={t("description")} actions={inviteButton} />
      <p role="status" className="visually-hidden">
        {status}
      </p>
      {roleError && <FormError message={roleError} />}

      <QueryTable
        query={users}
        loadingLabel={t("loading")}
        loadingRows={3}
        errorTitle={t("loadError")}
        empty={<EmptyState icon={<Users size={28} />} title={t("emptyTitle")} action={inviteButton} />}
        caption={t("caption")}
        columns={
          <>
            <th scope="col">{common("name")}</th>
            <th scope="col">{t("email")}</th>
            <th scope="col">{t("role")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("joined")}</th>
            <th scope="col">
              <span className="visually-hidden">{common("manage")}</span>
            </th>
          </>
        }
      >
        {(user) => {
          // Nobody changes someone ranked above them (the server says the same).
          const manageable = roleAtLeast(me.role, user.role);
          const rowChanging = change.isPending && change.variables?.user.id === user.id;
          return (
            <tr key={user.id}>
              <th scope="row" className="cell-primary">
                {user.name}
                {user.id === me.id && <span className="muted">{t("you")}</span>}
              </th>
              <td>{user.email}</td>
              <td>
                {manageable ? (
                  <select
                    className={`input select input-sm ${styles.roleSelect}`}
                    aria-label={t("roleOf", { name: user.name })}
                    value={user.role}
                    disabled={rowChanging}
                    onChange={(e) => {
                      setStatus("");
                      change.mutate({ user, role: e.target.value as Role });
                    }}
                  >
                    {grantable.map((role) => (
                      <option key={role} value={role}>
                        {roleName(role)}
                      </option>
                    ))}
                  </select>
                ) : (
                  <span title={t("onlyRole", { role: roleName(user.role) })}>{roleName(user.role)}</span>
                )}
              </td>
              <td>
                {user.deactivatedAt ? (
                  <Badge tone="muted" title={t("deactivatedAt", { date: format.dateTime(user.deactivatedAt) })}>
                    {t("deactivated")}
                  </Badge>
                ) : (
                  <Badge tone="success">{t("active")}</Badge>
                )}
              </td>
              <td className="nowrap">
                <RelativeTime value={user.createdAt} />
              </td>
              <td className="cell-actions">
                {manageable && user.id !== me.id && (
                  <Button
                    size="sm"
                    variant="ghost"
                    className={user.deactivatedAt ? undefined : "btn-ghost-danger"}
                    aria-label={t("toggleAria", { toggle: user.deactivatedAt ? "reactivate" : "deactivate", name: user.name })}
                    onClick={() => {
                      change.reset();
                      setToggling(user);
                    }}
                  >
                    {user.deactivatedAt ? t("reactivate") : t("deactivate")}
                  </Button>
                )}
              </td>
            </tr>
          );
        }}
      </QueryTable>

      <section className={styles.section} aria-labelledby="open-invitations">
        <h2 id="open-invitations" className="section-title">
          {t("openInvitations")}
        </h2>
        <QueryTable
          query={invitations}
          loadingLabel={t("loadingInvitations")}
          loadingRows={1}
          errorTitle={t("invitationsLoadError")}
          empty={<p className="muted">{t("noInvitations")}</p>}
          caption={t("openInvitations")}
          columns={
            <>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("for")}</th>
              <th scope="col">{t("invitedBy")}</th>
              <th scope="col">{common("created")}</th>
              <th scope="col">{t("validUntil")}</th>
              <th scope="col">
                <span className="visually-hidden">{common("manage")}</span>
              </th>
            </>
          }
        >
          {(invitation) => (
            <tr key={invitation.id}>
              <th scope="row" className="cell-primary">
                {roleName(invitation.role)}
              </th>
              <td>{invitation.email ?? <span className="muted">{t("anyone")}</span>}</td>
              <td>{invitation.createdBy}</td>
              <td className="nowrap">
                <RelativeTime value={invitation.createdAt} />
              </td>
              <td>{format.dateTime(invitation.expiresAt)}</td>
              <td className="cell-actions">
                <Button
                  size="sm"
                  variant="ghost"
                  className="btn-ghost-danger"
                  aria-label={t("withdrawAria", {
                    role: roleName(invitation.role),
                    hasEmail: invitation.email ? "yes" : "no",
                    email: invitation.email ?? "",
                  })}
                  onClick={() => setWithdrawing(invitation)}
                >
                  {t("withdraw")}
                </Button>
              </td>
            </tr>
          )}
        </QueryTable>
      </section>

      <InviteUserDialog open={inviting} onOpenChange={setInviting} />
      <ConfirmDialog
        open={toggling !== null}
        onOpenChange={(open) => {
          if (!open) {
            setToggling(null);
            change.reset();
          }
        }}
        title={
          toggling?.deactivatedAt ? t("reactivateTitle", { name: toggling.name }) : t("deactivateTitle", { name: toggling?.name ?? "" })
        }
        description={toggling?.deactivatedAt ? t("reactivateDescription") : t("deactivateDescription")}
        confirmLabel={toggling?.deactivatedAt ? t("reactivate") : t("deactivate")}
        destructive={!toggling?.deactivatedAt}
        pending={change.isPending}
        error={change.error && toggling ? errorText(change.error) : null}
        onConfirm={() => toggling && change.mutate({ user: toggling, deactivated: !toggling.deactivatedAt })}
      />
      <ConfirmDialog
        open={withdrawing !== null}
        onOpenChange={(open) => {
          if (!open) {
            setWithdrawing(null);
            withdraw.reset();
          }
        }}
        title={t("withdrawTitle")}
        description={t("withdrawDescription")}
        confirmLabel={t("withdraw")}
        destructive
        pending={withdraw.isPending}
        error={withdraw.error ? errorText(withdraw.error) : null}
        onConfirm={() => withdrawing && withdraw.mutate(withdrawing)}
      />
    </div>
  );
}
