// POST /api/apps/:appId/rotate-secret — replace the client secret (the new one is shown once)
import { rotateAppSecret } from "@/lib/apps/apps";
import { appIdSchema } from "@/lib/apps/app-schemas";
import { json, readParam, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";

export const POST = routeHandler("ADMIN", async (_request, { params }: RouteParams<{ appId: string }>) => {
  const { appId } = await params;
  return json(await rotateAppSecret(readParam(appId, appIdSchema, `App ${appId}`)));
});

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
