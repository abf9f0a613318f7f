// GET, PUT, DELETE /api/workflows/:id — read, update (revision-checked) or delete a workflow
import { json, noContent, readJson, routeHandler, otherMethods } from "@/lib/http/route-handler";
import { updateWorkflowSchema } from "@/lib/workflows/workflow-schema";
import { deleteWorkflow, getWorkflow, updateWorkflow } from "@/lib/workflows/workflows";

type Params = { id: string };

export const GET = routeHandler<Params>(async (_request, { params }) => json(await getWorkflow((await params).id)));

export const PUT = routeHandler<Params>(async (request, { params }) => {
  const { id } = await params;
  return json(await updateWorkflow(id, await readJson(request, updateWorkflowSchema)));
});

export const DELETE = routeHandler<Params>(async (_request, { params }) => {
  await deleteWorkflow((await params).id);
  return noContent();
});

export const { POST, PATCH } = otherMethods({ GET, PUT, DELETE });
