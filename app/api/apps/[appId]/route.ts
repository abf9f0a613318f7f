// DELETE /api/apps/:appId — delete a developer app
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary } from "@/lib/audit/audit-summary";
import { deleteApp } from "@/lib/apps/apps";
import { appIdSchema } from "@/lib/apps/app-schemas";
import { noContent, readParam, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";

export const DELETE = routeHandler("ADMIN", async (_request, { params }: RouteParams<{ appId: string }>, actor) => {
  const { appId } = await params;
  const id = readParam(appId, appIdSchema, `App ${appId}`);
  const { name } = await deleteApp(id);
  await recordAudit(actor, {
    action: "app.deleted",
    target: { type: "app", id: String(id) },
    summary: auditSummary("app.deleted", { name, appId: String(id) }),
  });
  return noContent();
});

export const { GET, POST, PUT, PATCH } = otherMethods({ DELETE });
