// GET /api/workflows/:id/hook-events — the latest requests to the workflow's hook URL, newest first
import { z } from "zod";
import { listHookEvents } from "@/lib/webhook-trigger/receive-hook";
import { json, readQuery, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";

const querySchema = z.object({ limit: z.coerce.number().int().min(1).max(100, "limit must be between 1 and 100.").default(20) });

export const GET = routeHandler("VIEWER", async (request, { params }: RouteParams<{ id: string }>) => {
  const { limit } = readQuery(request, querySchema);
  return json({ events: await listHookEvents((await params).id, limit) });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
