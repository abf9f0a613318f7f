// GET /api/records/:id — one record with every property's history and its associations
import { getRecord } from "@/lib/crm/records";
import { recordIdSchema } from "@/lib/crm/record-schemas";
import { json, readParam, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";
import { AppError } from "@/lib/errors";

export const GET = routeHandler("VIEWER", async (_request, { params }: RouteParams<{ id: string }>) => {
  const { id } = await params;
  return json(await getRecord(readParam(id, recordIdSchema, () => AppError.of("NOT_FOUND.record", { id }))));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
