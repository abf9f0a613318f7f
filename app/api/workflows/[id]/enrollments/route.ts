// GET /api/workflows/:id/enrollments — the run history (filter by status, cursor paging);
// POST — enroll one record ({recordId}), many ({recordIds}) or all that a search finds ({search: {q}}) in a workflow that is on
import { z } from "zod";
import { message } from "@/lib/i18n/validation";
import { recordIdSchema, recordListQuerySchema } from "@/lib/crm/record-schemas";
import { json, readJson, readQuery, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";
import { enrollmentListQuerySchema, listEnrollments } from "@/lib/workflows/enrollments";
import { enroll, enrollMany, enrollMatching, MAX_ENROLL_BATCH } from "@/lib/workflows/runner";
import { recordAudits } from "@/lib/audit/audit-log";
import { auditSummary, recordParams } from "@/lib/audit/audit-summary";

const enrollSchema = z.union(
  [
    z.strictObject({ recordId: recordIdSchema }),
    z.strictObject({
      recordIds: z
        .array(recordIdSchema)
        .min(1, message("enroll.recordIdsEmpty"))
        .max(MAX_ENROLL_BATCH, message("enroll.batchMax", { max: MAX_ENROLL_BATCH })),
    }),
    z.strictObject({ search: z.strictObject({ q: recordListQuerySchema.shape.q }) }),
  ],
  message("enroll.shape", { max: MAX_ENROLL_BATCH }),
);

type Params = RouteParams<{ id: string }>;

export const GET = routeHandler("VIEWER", async (request, { params }: Params) => {
  const { id } = await params;
  return json(await listEnrollments(id, readQuery(request, enrollmentListQuerySchema)));
});

export const POST = routeHandler("EDITOR", async (request, { params }: Params, actor) => {
  const { id } = await params;
  const input = await readJson(request, enrollSchema);
  const enrolled =
    "recordId" in input
      ? [await enroll(id, input.recordId)]
      : "recordIds" in input
        ? await enrollMany(id, input.recordIds)
        : await enrollMatching(id, input.search.q || undefined);
  // One entry per run: each run's page says who started it (GET /api/enrollments/:id).
  await recordAudits(
    actor,
    enrolled.map(({ enrollmentId, workflowName, recordName }, i) => ({
      action: "enrollment.created",
      target: { type: "enrollment", id: enrollmentId },
      summary: auditSummary("enrollment.created", { ...recordParams(enrolled[i].recordId, recordName), workflowName }),
    })),
  );
  if ("recordId" in input) return json({ enrollmentId: enrolled[0].enrollmentId }, 201);
  return json({ enrollmentIds: enrolled.map((e) => e.enrollmentId) }, 201);
});

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
