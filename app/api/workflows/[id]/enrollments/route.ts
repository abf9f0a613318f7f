// POST /api/workflows/:id/enrollments — enroll a record in a workflow that is on
import { z } from "zod";
import { recordIdSchema } from "@/lib/crm/record-schemas";
import { json, readJson, routeHandler } from "@/lib/http/route-handler";
import { enroll } from "@/lib/workflows/runner";

const enrollSchema = z.strictObject({ recordId: recordIdSchema });

export const POST = routeHandler<{ id: string }>(async (request, { params }) => {
  const { id } = await params;
  const { recordId } = await readJson(request, enrollSchema);
  return json(await enroll(id, recordId), 201);
});
