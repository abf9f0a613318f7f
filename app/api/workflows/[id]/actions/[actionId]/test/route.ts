// POST /api/workflows/:id/actions/:actionId/test — run an action once for a record, without retries or side effects
import { json, readJson, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";
import { testAction, testActionSchema } from "@/lib/workflows/test-action";

export const POST = routeHandler("EDITOR", async (request, { params }: RouteParams<{ id: string; actionId: string }>) => {
  const { id, actionId } = await params;
  return json(await testAction(id, actionId, await readJson(request, testActionSchema)));
});

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
