// GET /api/invitations — open invitations; POST — create a one-time link ({role, email?}), shown once, valid 7 days
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary, optionalPart } from "@/lib/audit/audit-summary";
import { newInvitationSchema } from "@/lib/auth/account-schemas";
import { createInvitation, listInvitations } from "@/lib/auth/invitations";
import { json, otherMethods, readJson, routeHandler } from "@/lib/http/route-handler";

export const GET = routeHandler("ADMIN", async () => json({ invitations: await listInvitations() }));

export const POST = routeHandler("ADMIN", async (request, _context, actor) => {
  const invitation = await createInvitation(actor, await readJson(request, newInvitationSchema));
  await recordAudit(actor, {
    action: "user.invited",
    target: { type: "invitation", id: invitation.id },
    summary: auditSummary("invitation.created", {
      role: invitation.role,
      ...optionalPart("withEmail", { email: invitation.email }),
      expiresAt: invitation.expiresAt,
    }),
  });
  return json({ ...invitation, url: new URL(invitation.path, request.url).toString() }, 201);
});

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
