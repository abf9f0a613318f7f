// POST /api/enrollments/:id/cancel — "Cancel run": stop an active run; an attempt in flight finishes, nothing runs after it
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary, recordParams } from "@/lib/audit/audit-summary";
import { json, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";
import { cancelRun } from "@/lib/workflows/cancel-runs";

export const POST = routeHandler("EDITOR", async (_request, { params }: RouteParams<{ id: string }>, actor) => {
  const run = await cancelRun((await params).id, actor);
  await recordAudit(actor, {
    action: "enrollment.cancelled",
    target: { type: "enrollment", id: run.enrollmentId },
    summary: auditSummary("enrollment.cancelled", { ...recordParams(run.recordId, run.recordName), workflowName: run.workflowName }),
  });
  return json({ enrollmentId: run.enrollmentId, status: "CANCELLED" as const });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
