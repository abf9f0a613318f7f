"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { UserPlus, Users } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useCurrentUser, useGrantableRoles } from "@/components/app-shell/current-user";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError } from "@/components/ui/form-error";
import { PageHeader } from "@/components/ui/page-header";
import { QueryTable } from "@/components/ui/query-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { type Role, roleAtLeast, roleName } from "@/lib/auth/roles";
import { accountsApi, type InvitationRow, type UserRow } from "@/lib/client/accounts-api";
import { errorMessage } from "@/lib/client/api-fetch";
import { formatDateTime } from "@/lib/client/format";
import { InviteUserDialog } from "./invite-user-dialog";
import styles from "./users-page.module.css";
import { queryKeys } from "@/lib/client/query-keys";

type Change = { user: UserRow; role?: Role; deactivated?: boolean };

export function UsersPage() {
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
          ? `${user.name} is now ${roleName(user.role)}.`
          : deactivated
            ? `${user.name} is deactivated.`
            : `${user.name} is active again.`,
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
      setStatus("Invitation withdrawn.");
    },
  });
  // A role change answers in place (no dialog), so its refusal (the last Owner, a role above mine) shows above the table.
  const roleError = change.error && !toggling ? errorMessage(change.error) : null;

  const inviteButton = (
    <Button variant="primary" icon={<UserPlus className="btn-icon" aria-hidden />} onClick={() => setInviting(true)}>
      Invite user
    </Button>
  );

  return (
    <div className="page">
      <PageHeader
        eyebrow="Settings"
        title="Users"
        description="Who can sign in, and what each person may do. Invite people by a one-time link; deactivating someone ends their sessions and stops their API tokens at once."
        actions={inviteButton}
      />
      <p role="status" className="visually-hidden">
        {status}
      </p>
      {roleError && <FormError message={roleError} />}

      <QueryTable
        query={users}
        loadingLabel="Loading users…"
        loadingRows={3}
        errorTitle="Could not load users"
        empty={<EmptyState icon={<Users size={28} />} title="No users" action={inviteButton} />}
        caption="Users"
        columns={
          <>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Joined</th>
            <th scope="col">
              <span className="visually-hidden">Manage</span>
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
                {user.id === me.id && <span className="muted"> (you)</span>}
              </th>
              <td>{user.email}</td>
              <td>
                {manageable ? (
                  <select
                    className={`input select input-sm ${styles.roleSelect}`}
                    aria-label={`Role of ${user.name}`}
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
                  <span title={`Only an ${roleName(user.role)} can change this user.`}>{roleName(user.role)}</span>
                )}
              </td>
              <td>
                {user.deactivatedAt ? (
                  <Badge tone="muted" title={`Deactivated ${formatDateTime(user.deactivatedAt)}`}>
                    Deactivated
                  </Badge>
                ) : (
                  <Badge tone="success">Active</Badge>
                )}
              </td>
              <td>
                <RelativeTime value={user.createdAt} />
              </td>
              <td className="cell-actions">
                {manageable && user.id !== me.id && (
                  <Button
                    size="sm"
                    variant="ghost"
                    className={user.deactivatedAt ? undefined : "btn-ghost-danger"}
                    aria-label={`${user.deactivatedAt ? "Reactivate" : "Deactivate"} ${user.name}`}
                    onClick={() => {
                      change.reset();
                      setToggling(user);
                    }}
                  >
                    {user.deactivatedAt ? "Reactivate" : "Deactivate"}
                  </Button>
                )}
              </td>
            </tr>
          );
        }}
      </QueryTable>

      <section className={styles.section} aria-labelledby="open-invitations">
        <h2 id="open-invitations" className="section-title">
          Open invitations
        </h2>
        <QueryTable
          query={invitations}
          loadingLabel="Loading invitations…"
          loadingRows={1}
          errorTitle="Could not load invitations"
          empty={<p className="muted">No open invitations. Links that were used, expired or withdrawn leave this list.</p>}
          caption="Open invitations"
          columns={
            <>
              <th scope="col">Role</th>
              <th scope="col">For</th>
              <th scope="col">Invited by</th>
              <th scope="col">Created</th>
              <th scope="col">Valid until</th>
              <th scope="col">
                <span className="visually-hidden">Manage</span>
              </th>
            </>
          }
        >
          {(invitation) => (
            <tr key={invitation.id}>
              <th scope="row" className="cell-primary">
                {roleName(invitation.role)}
              </th>
              <td>{invitation.email ?? <span className="muted">Anyone with the link</span>}</td>
              <td>{invitation.createdBy}</td>
              <td>
                <RelativeTime value={invitation.createdAt} />
              </td>
              <td>{formatDateTime(invitation.expiresAt)}</td>
              <td className="cell-actions">
                <Button
                  size="sm"
                  variant="ghost"
                  className="btn-ghost-danger"
                  aria-label={`Withdraw the ${roleName(invitation.role)} invitation${invitation.email ? ` for ${invitation.email}` : ""}`}
                  onClick={() => setWithdrawing(invitation)}
                >
                  Withdraw
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
        title={toggling?.deactivatedAt ? `Reactivate ${toggling?.name}?` : `Deactivate ${toggling?.name}?`}
        description={
          toggling?.deactivatedAt
            ? "They can sign in again with their password, and the API tokens they created work again (unless revoked or expired)."
            : "They are signed out everywhere at once and cannot sign in; the API tokens they created stop working at once. You can reactivate them later."
        }
        confirmLabel={toggling?.deactivatedAt ? "Reactivate" : "Deactivate"}
        destructive={!toggling?.deactivatedAt}
        pending={change.isPending}
        error={change.error && toggling ? errorMessage(change.error) : null}
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
        title="Withdraw invitation?"
        description="The link stops working at once. You can invite the person again with a new link."
        confirmLabel="Withdraw"
        destructive
        pending={withdraw.isPending}
        error={withdraw.error ? errorMessage(withdraw.error) : null}
        onConfirm={() => withdrawing && withdraw.mutate(withdrawing)}
      />
    </div>
  );
}
