// POST /api/workflows/:id/actions/:actionId/test — run an action once for a record, without retries or side effects
import { recordAudit } from "@/lib/audit/audit-log";
import { actionParams, auditSummary, optionalPart } from "@/lib/audit/audit-summary";
import { json, readJson, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";
import { testActionFor, testActionSchema } from "@/lib/workflows/test-action";

export const POST = routeHandler("EDITOR", async (request, { params }: RouteParams<{ id: string; actionId: string }>, actor) => {
  const { id, actionId } = await params;
  const { result, tested } = await testActionFor(id, actionId, await readJson(request, testActionSchema));
  // A Test sends record data out, so the log says where to: the host only, as the path or query may carry a key.
  await recordAudit(actor, {
    action: "action.tested",
    target: { type: "workflow", id },
    summary: auditSummary("action.tested", {
      ...actionParams(tested.action),
      workflowName: tested.workflowName,
      recordId: String(tested.recordId),
      ...optionalPart("sent", { host: tested.host }),
    }),
  });
  return json(result);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
