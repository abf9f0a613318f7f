// POST /api/inspector/capture-urls/:id/reset-sequence — start the capture URL's answers again: the next request gets the first
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary } from "@/lib/audit/audit-summary";
import { resetAnswerSequence } from "@/lib/inspector/inspector";
import { json, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";

export const POST = routeHandler("EDITOR", async (_request, { params }: RouteParams<{ id: string }>, actor) => {
  const { id } = await params;
  const captureUrl = await resetAnswerSequence(id);
  await recordAudit(actor, {
    action: "inspector.capture_url_changed",
    target: { type: "capture_url", id },
    summary: auditSummary("captureUrl.sequenceReset", { name: captureUrl.name }),
  });
  return json(captureUrl);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
