// GET /api/workflows/:id/enrollments — the run history (filter by status, cursor paging);
// POST — enroll one record ({recordId}) or many ({recordIds}) in a workflow that is on
import { z } from "zod";
import { recordIdSchema } from "@/lib/crm/record-schemas";
import { json, readJson, readQuery, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";
import { enrollmentListQuerySchema, listEnrollments } from "@/lib/workflows/enrollments";
import { enroll, enrollMany } from "@/lib/workflows/runner";
import { recordAudits } from "@/lib/audit/audit-log";
import { recordLabel } from "@/lib/audit/entries";

const enrollSchema = z.union(
  [
    z.strictObject({ recordId: recordIdSchema }),
    z.strictObject({
      recordIds: z.array(recordIdSchema).min(1, "recordIds must not be empty.").max(1000, "Enroll at most 1000 records per request."),
    }),
  ],
  { error: () => "Send {recordId} for one record or {recordIds: [...]} for up to 1000." },
);

type Params = RouteParams<{ id: string }>;

export const GET = routeHandler("VIEWER", async (request, { params }: Params) => {
  const { id } = await params;
  return json(await listEnrollments(id, readQuery(request, enrollmentListQuerySchema)));
});

export const POST = routeHandler("EDITOR", async (request, { params }: Params, actor) => {
  const { id } = await params;
  const input = await readJson(request, enrollSchema);
  const enrolled = "recordId" in input ? [await enroll(id, input.recordId)] : await enrollMany(id, input.recordIds);
  // One entry per run: each run's page says who started it (GET /api/enrollments/:id).
  await recordAudits(
    actor,
    enrolled.map(({ enrollmentId, workflowName, recordName }, i) => ({
      action: "enrollment.created",
      target: { type: "enrollment", id: enrollmentId },
      summary: `Enrolled ${recordLabel("recordId" in input ? input.recordId : input.recordIds[i], recordName)} in workflow "${workflowName}"`,
    })),
  );
  if ("recordId" in input) return json({ enrollmentId: enrolled[0].enrollmentId }, 201);
  return json({ enrollmentIds: enrolled.map((e) => e.enrollmentId) }, 201);
});

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
