// DELETE /api/invitations/:id — withdraw an open invitation
import { z } from "zod";
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary } from "@/lib/audit/audit-summary";
import { revokeInvitation } from "@/lib/auth/invitations";
import { noContent, otherMethods, readParam, routeHandler, type RouteParams } from "@/lib/http/route-handler";

export const DELETE = routeHandler("ADMIN", async (_request, { params }: RouteParams<{ id: string }>, actor) => {
  const { id } = await params;
  await revokeInvitation(readParam(id, z.uuid(), `Invitation ${id}`));
  await recordAudit(actor, {
    action: "invitation.withdrawn",
    target: { type: "invitation", id },
    summary: auditSummary("invitation.withdrawn"),
  });
  return noContent();
});

export const { GET, POST, PUT, PATCH } = otherMethods({ DELETE });
