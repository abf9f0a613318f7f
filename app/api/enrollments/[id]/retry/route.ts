// POST /api/enrollments/:id/retry — "Retry now": send the failed or waiting step again through the runner
import { recordAudit } from "@/lib/audit/audit-log";
import { actionParams, auditSummary, recordParams } from "@/lib/audit/audit-summary";
import { json, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";
import { retryNow } from "@/lib/workflows/replay";

export const POST = routeHandler("EDITOR", async (_request, { params }: RouteParams<{ id: string }>, actor) => {
  const { about, ...answer } = await retryNow((await params).id);
  await recordAudit(actor, {
    action: "enrollment.retried",
    target: { type: "enrollment", id: answer.enrollmentId },
    summary: auditSummary("enrollment.retried", { ...actionParams(about.action), ...recordParams(about.recordId, about.recordName) }),
  });
  return json(answer, 202);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
