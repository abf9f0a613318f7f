// DELETE /api/apps/:appId — delete a developer app
import { deleteApp } from "@/lib/apps/apps";
import { appIdSchema } from "@/lib/apps/app-schemas";
import { noContent, readParam, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";

export const DELETE = routeHandler("ADMIN", async (_request, { params }: RouteParams<{ appId: string }>) => {
  const { appId } = await params;
  await deleteApp(readParam(appId, appIdSchema, `App ${appId}`));
  return noContent();
});

export const { GET, POST, PUT, PATCH } = otherMethods({ DELETE });
