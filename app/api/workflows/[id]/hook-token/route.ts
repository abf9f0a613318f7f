// POST /api/workflows/:id/hook-token — give the webhook trigger a new URL (the old one stops working)
import { json, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";
import { regenerateHookToken } from "@/lib/workflows/workflows";

export const POST = routeHandler("EDITOR", async (_request, { params }: RouteParams<{ id: string }>) =>
  json(await regenerateHookToken((await params).id)),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
