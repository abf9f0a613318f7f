// GET /api/inspector/bins/:id/captures/:captureId — one captured request, whole
import { z } from "zod";
import { getCapture } from "@/lib/inspector/inspector";
import { json, readParam, routeHandler, otherMethods } from "@/lib/http/route-handler";

const captureIdSchema = z.coerce.number().int().positive();

export const GET = routeHandler<{ id: string; captureId: string }>(async (_request, { params }) => {
  const { id, captureId } = await params;
  return json(await getCapture(id, readParam(captureId, captureIdSchema, "Captured request")));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
