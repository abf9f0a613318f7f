// GET /api/inspector/capture-urls/:id/captures/:captureId — one captured request, whole
// (also answers at the old path /api/inspector/bins/:id/captures/:captureId)
import { z } from "zod";
import { getCapture } from "@/lib/inspector/inspector";
import { json, readParam, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";
import { AppError } from "@/lib/errors";

const captureIdSchema = z.coerce.number().int().positive();

export const GET = routeHandler("VIEWER", async (_request, { params }: RouteParams<{ id: string; captureId: string }>) => {
  const { id, captureId } = await params;
  return json(
    await getCapture(
      id,
      readParam(captureId, captureIdSchema, () => AppError.of("NOT_FOUND.capture")),
    ),
  );
});

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
