// POST /api/enrollments/:id/retry — "Retry now": send the failed or waiting step again through the runner
import { json, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";
import { retryNow } from "@/lib/workflows/replay";

export const POST = routeHandler("EDITOR", async (_request, { params }: RouteParams<{ id: string }>) =>
  json(await retryNow((await params).id), 202),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
