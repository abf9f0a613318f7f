// DELETE /api/sessions — sign out of all sessions: every browser the caller is signed in on, this one included
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary } from "@/lib/audit/audit-summary";
import { endSessions } from "@/lib/auth/users";
import { json, otherMethods, routeHandler } from "@/lib/http/route-handler";

export const DELETE = routeHandler("VIEWER", async (_request, _context, actor) => {
  const ended = await endSessions(actor.userId);
  await recordAudit(actor, {
    action: "signout.all",
    target: { type: "user", id: actor.userId },
    summary: auditSummary("signout.all", { name: actor.name, count: ended }),
  });
  return json({ ended });
});

export const { GET, POST, PUT, PATCH } = otherMethods({ DELETE });
