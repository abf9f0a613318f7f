// DELETE /api/apps/:appId — delete a developer app
import { deleteApp } from "@/lib/apps/apps";
import { appIdSchema } from "@/lib/apps/app-schemas";
import { noContent, readParam, routeHandler, otherMethods } from "@/lib/http/route-handler";

export const DELETE = routeHandler<{ appId: string }>(async (_request, { params }) => {
  const { appId } = await params;
  await deleteApp(readParam(appId, appIdSchema, `App ${appId}`));
  return noContent();
});

export const { GET, POST, PUT, PATCH } = otherMethods({ DELETE });
