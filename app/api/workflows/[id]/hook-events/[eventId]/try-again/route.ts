// POST /api/workflows/:id/hook-events/:eventId/try-again — enroll from a refused event, after fixing its record or the trigger
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary } from "@/lib/audit/audit-summary";
import { json, otherMethods, routeHandler, type RouteParams } from "@/lib/http/route-handler";
import { tryHookEventAgain } from "@/lib/webhook-trigger/receive-hook";

export const POST = routeHandler("EDITOR", async (_request, { params }: RouteParams<{ id: string; eventId: string }>, actor) => {
  const { id, eventId } = await params;
  const answer = await tryHookEventAgain(id, eventId);
  await recordAudit(actor, {
    action: "hook_event.tried_again",
    target: { type: "workflow", id },
    summary: auditSummary("hookEvent.triedAgain", {
      eventId,
      enrollmentId: String(answer.enrollmentId),
      duplicate: answer.duplicate ? "yes" : "no",
    }),
  });
  return json(answer, answer.duplicate ? 200 : 202);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
