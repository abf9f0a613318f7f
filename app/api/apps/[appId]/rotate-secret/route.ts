// POST /api/apps/:appId/rotate-secret — replace the client secret (the new one is shown once)
import { rotateAppSecret } from "@/lib/apps/apps";
import { appIdSchema } from "@/lib/apps/app-schemas";
import { json, readParam, routeHandler, otherMethods } from "@/lib/http/route-handler";

export const POST = routeHandler<{ appId: string }>(async (_request, { params }) => {
  const { appId } = await params;
  return json(await rotateAppSecret(readParam(appId, appIdSchema, `App ${appId}`)));
});

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
