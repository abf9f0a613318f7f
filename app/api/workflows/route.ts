// GET /api/workflows — list workflows; POST /api/workflows — create one (off, no actions)
import { json, readJson, routeHandler, otherMethods } from "@/lib/http/route-handler";
import { createWorkflowSchema } from "@/lib/workflows/workflow-schema";
import { createWorkflow, listWorkflows } from "@/lib/workflows/workflows";

export const GET = routeHandler("VIEWER", async () => json({ workflows: await listWorkflows() }));

export const POST = routeHandler("EDITOR", async (request) =>
  json(await createWorkflow(await readJson(request, createWorkflowSchema)), 201),
);

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
