// GET /api/workflows — list workflows; POST /api/workflows — create one (off, no actions)
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary } from "@/lib/audit/audit-summary";
import { json, readJson, routeHandler, otherMethods } from "@/lib/http/route-handler";
import { createWorkflowSchema } from "@/lib/workflows/workflow-schema";
import { createWorkflow, listWorkflows } from "@/lib/workflows/workflows";

export const GET = routeHandler("VIEWER", async () => json({ workflows: await listWorkflows() }));

export const POST = routeHandler("EDITOR", async (request, _context, actor) => {
  const workflow = await createWorkflow(await readJson(request, createWorkflowSchema));
  await recordAudit(actor, {
    action: "workflow.created",
    target: { type: "workflow", id: workflow.id },
    summary: auditSummary("workflow.created", { name: workflow.name, objectType: workflow.objectType }),
  });
  return json(workflow, 201);
});

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
