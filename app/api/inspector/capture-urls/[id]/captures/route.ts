// GET /api/inspector/capture-urls/:id/captures — captured requests, newest first (summaries);
// DELETE — clear them (also answers at the old path /api/inspector/bins/:id/captures)
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary } from "@/lib/audit/audit-summary";
import { clearCaptures, listCaptures } from "@/lib/inspector/inspector";
import { json, noContent, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";

type Context = RouteParams<{ id: string }>;

export const GET = routeHandler("VIEWER", async (_request, { params }: Context) =>
  json({ captures: await listCaptures((await params).id) }),
);

export const DELETE = routeHandler("EDITOR", async (_request, { params }: Context, actor) => {
  const { id } = await params;
  const { name } = await clearCaptures(id);
  await recordAudit(actor, {
    action: "inspector.capture_url_changed",
    target: { type: "capture_url", id },
    summary: auditSummary("captureUrl.cleared", { name }),
  });
  return noContent();
});

export const { POST, PUT, PATCH } = otherMethods({ GET, DELETE });
