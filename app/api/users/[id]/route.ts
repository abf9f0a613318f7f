// PATCH /api/users/:id — change a user's role or (de)activate them ({role?, deactivated?}); deactivation ends their sessions at once
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary } from "@/lib/audit/audit-summary";
import { userChangeSchema } from "@/lib/auth/account-schemas";
import { changeUser } from "@/lib/auth/users";
import { json, otherMethods, readJson, routeHandler, type RouteParams } from "@/lib/http/route-handler";

export const PATCH = routeHandler("ADMIN", async (request, { params }: RouteParams<{ id: string }>, actor) => {
  const { id } = await params;
  const { before, after } = await changeUser(actor, id, await readJson(request, userChangeSchema));
  const target = { type: "user", id };
  if (before.role !== after.role) {
    await recordAudit(actor, {
      action: "user.role_changed",
      target,
      summary: auditSummary("user.roleChanged", { name: after.name, fromRole: before.role, toRole: after.role }),
    });
  }
  if (!before.deactivatedAt && after.deactivatedAt)
    await recordAudit(actor, { action: "user.deactivated", target, summary: auditSummary("user.deactivated", { name: after.name }) });
  if (before.deactivatedAt && !after.deactivatedAt)
    await recordAudit(actor, { action: "user.reactivated", target, summary: auditSummary("user.reactivated", { name: after.name }) });
  return json({ user: after });
});

export const { GET, POST, PUT, DELETE } = otherMethods({ PATCH });
