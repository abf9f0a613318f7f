// POST /api/workflows/:id/unenroll — end a record's active runs in the workflow (HubSpot's "unenroll")
import { z } from "zod";
import { recordAudits } from "@/lib/audit/audit-log";
import { auditSummary, recordParams } from "@/lib/audit/audit-summary";
import { recordIdSchema } from "@/lib/crm/record-schemas";
import { json, readJson, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";
import { unenroll } from "@/lib/workflows/cancel-runs";

const unenrollSchema = z.strictObject({ recordId: recordIdSchema }, { error: () => "Send {recordId}: the record to unenroll." });

export const POST = routeHandler("EDITOR", async (request, { params }: RouteParams<{ id: string }>, actor) => {
  const { id } = await params;
  const { recordId } = await readJson(request, unenrollSchema);
  const cancelled = await unenroll(id, recordId, actor);
  // One entry per run, as enrolling writes: each run's page says who ended it.
  await recordAudits(
    actor,
    cancelled.map((run) => ({
      action: "enrollment.cancelled",
      target: { type: "enrollment", id: run.enrollmentId },
      summary: auditSummary("enrollment.unenrolled", { ...recordParams(run.recordId, run.recordName), workflowName: run.workflowName }),
    })),
  );
  return json({ cancelled: cancelled.map((run) => run.enrollmentId) });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
