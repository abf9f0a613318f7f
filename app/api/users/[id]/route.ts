// PATCH /api/users/:id — change a user's role or (de)activate them ({role?, deactivated?}); deactivation ends their sessions at once
import { recordAudit } from "@/lib/audit/audit-log";
import { userChangeSchema } from "@/lib/auth/account-schemas";
import { changeUser } from "@/lib/auth/users";
import { roleName } from "@/lib/auth/roles";
import { json, otherMethods, readJson, routeHandler, type RouteParams } from "@/lib/http/route-handler";

export const PATCH = routeHandler("ADMIN", async (request, { params }: RouteParams<{ id: string }>, actor) => {
  const { id } = await params;
  const { before, after } = await changeUser(actor, id, await readJson(request, userChangeSchema));
  const target = { type: "user", id };
  if (before.role !== after.role) {
    await recordAudit(actor, {
      action: "user.role_changed",
      target,
      summary: `${after.name}: ${roleName(before.role)} → ${roleName(after.role)}.`,
    });
  }
  if (!before.deactivatedAt && after.deactivatedAt)
    await recordAudit(actor, { action: "user.deactivated", target, summary: `${after.name} deactivated.` });
  if (before.deactivatedAt && !after.deactivatedAt)
    await recordAudit(actor, { action: "user.reactivated", target, summary: `${after.name} reactivated.` });
  return json({ user: after });
});

export const { GET, POST, PUT, DELETE } = otherMethods({ PATCH });
