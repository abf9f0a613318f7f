// POST /api/workflows/:id/actions/:actionId/test — run an action once for a record, without retries or side effects
import { json, readJson, routeHandler, otherMethods } from "@/lib/http/route-handler";
import { testAction, testActionSchema } from "@/lib/workflows/test-action";

export const POST = routeHandler<{ id: string; actionId: string }>(async (request, { params }) => {
  const { id, actionId } = await params;
  return json(await testAction(id, actionId, await readJson(request, testActionSchema)));
});

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
