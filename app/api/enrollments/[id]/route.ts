// GET /api/enrollments/:id — status, outputs, and every step with every attempt
import { json, routeHandler, otherMethods } from "@/lib/http/route-handler";
import { getEnrollment } from "@/lib/workflows/enrollments";

export const GET = routeHandler<{ id: string }>(async (_request, { params }) => json(await getEnrollment((await params).id)));

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
