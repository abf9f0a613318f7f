// POST /api/workflows/:id/hook-token — give the webhook trigger a new URL (the old one stops working)
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary } from "@/lib/audit/audit-summary";
import { json, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";
import { regenerateHookToken } from "@/lib/workflows/workflows";

export const POST = routeHandler("EDITOR", async (_request, { params }: RouteParams<{ id: string }>, actor) => {
  const workflow = await regenerateHookToken((await params).id);
  // The new URL stays out of the entry: it is a credential.
  await recordAudit(actor, {
    action: "workflow.hook_token_rotated",
    target: { type: "workflow", id: workflow.id },
    summary: auditSummary("workflow.hookTokenRotated", { name: workflow.name }),
  });
  return json(workflow);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
