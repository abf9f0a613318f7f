// POST /api/apps/:appId/rotate-secret — replace the client secret (the new one is shown once)
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary } from "@/lib/audit/audit-summary";
import { rotateAppSecret } from "@/lib/apps/apps";
import { appIdSchema } from "@/lib/apps/app-schemas";
import { json, readParam, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";

export const POST = routeHandler("ADMIN", async (_request, { params }: RouteParams<{ appId: string }>, actor) => {
  const { appId } = await params;
  const app = await rotateAppSecret(readParam(appId, appIdSchema, `App ${appId}`));
  await recordAudit(actor, {
    action: "app.secret_rotated",
    target: { type: "app", id: String(app.appId) },
    summary: auditSummary("app.secretRotated", { name: app.name, appId: String(app.appId) }),
  });
  return json(app);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
