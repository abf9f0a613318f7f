// GET /api/enrollments/:id — status, outputs, and every step with every attempt
import { json, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";
import { getEnrollment } from "@/lib/workflows/enrollments";

export const GET = routeHandler("VIEWER", async (_request, { params }: RouteParams<{ id: string }>) =>
  json(await getEnrollment((await params).id)),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
