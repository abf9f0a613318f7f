// GET /api/apps — list developer apps; POST /api/apps — create one (its client secret is shown once)
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary } from "@/lib/audit/audit-summary";
import { createApp, listApps } from "@/lib/apps/apps";
import { createAppSchema } from "@/lib/apps/app-schemas";
import { json, readJson, routeHandler, otherMethods } from "@/lib/http/route-handler";

export const GET = routeHandler("EDITOR", async () => json({ apps: await listApps() }));

export const POST = routeHandler("ADMIN", async (request, _context, actor) => {
  const { name } = await readJson(request, createAppSchema);
  const app = await createApp(name);
  await recordAudit(actor, {
    action: "app.created",
    target: { type: "app", id: String(app.appId) },
    summary: auditSummary("app.created", { name: app.name, appId: String(app.appId) }),
  });
  return json(app, 201);
});

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
