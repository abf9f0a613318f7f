// GET, PUT, DELETE /api/workflows/:id — read, update (revision-checked) or delete a workflow
import { json, noContent, readJson, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";
import { updateWorkflowSchema } from "@/lib/workflows/workflow-schema";
import { deleteWorkflow, getWorkflow, updateWorkflow } from "@/lib/workflows/workflows";

type Context = RouteParams<{ id: string }>;

export const GET = routeHandler("VIEWER", async (_request, { params }: Context) => json(await getWorkflow((await params).id)));

export const PUT = routeHandler("EDITOR", async (request, { params }: Context) => {
  const { id } = await params;
  return json(await updateWorkflow(id, await readJson(request, updateWorkflowSchema)));
});

export const DELETE = routeHandler("EDITOR", async (_request, { params }: Context) => {
  await deleteWorkflow((await params).id);
  return noContent();
});

export const { POST, PATCH } = otherMethods({ GET, PUT, DELETE });
