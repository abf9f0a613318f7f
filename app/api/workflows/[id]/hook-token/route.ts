// POST /api/workflows/:id/hook-token — give the webhook trigger a new URL (the old one stops working)
import { json, routeHandler, otherMethods } from "@/lib/http/route-handler";
import { regenerateHookToken } from "@/lib/workflows/workflows";

export const POST = routeHandler<{ id: string }>(async (_request, { params }) => json(await regenerateHookToken((await params).id)));

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
