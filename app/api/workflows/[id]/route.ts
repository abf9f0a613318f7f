// GET, PUT, DELETE /api/workflows/:id — read, update (revision-checked) or delete a workflow
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary } from "@/lib/audit/audit-summary";
import { json, noContent, readJson, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";
import { updateWorkflowSchema } from "@/lib/workflows/workflow-schema";
import { changeWorkflow, deleteWorkflow, getWorkflow, workflowChanges, workflowFor } from "@/lib/workflows/workflows";

type Context = RouteParams<{ id: string }>;

// A Viewer gets the workflow without its hook URL's token, a credential (see workflowFor).
export const GET = routeHandler("VIEWER", async (_request, { params }: Context, actor) =>
  json(workflowFor(actor.role, await getWorkflow((await params).id))),
);

export const PUT = routeHandler("EDITOR", async (request, { params }: Context, actor) => {
  const { id } = await params;
  const { previous, workflow } = await changeWorkflow(id, await readJson(request, updateWorkflowSchema));
  for (const entry of workflowChanges(previous, workflow)) {
    await recordAudit(actor, { ...entry, target: { type: "workflow", id } });
  }
  return json(workflow);
});

export const DELETE = routeHandler("EDITOR", async (_request, { params }: Context, actor) => {
  const { id } = await params;
  const { name } = await deleteWorkflow(id);
  await recordAudit(actor, {
    action: "workflow.deleted",
    target: { type: "workflow", id },
    summary: auditSummary("workflow.deleted", { name }),
  });
  return noContent();
});

export const { POST, PATCH } = otherMethods({ GET, PUT, DELETE });
