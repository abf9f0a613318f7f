import type { z } from "zod";
import type * as workflowRoute from "@/app/api/workflows/[id]/route";
import type * as workflowsRoute from "@/app/api/workflows/route";
import type { ResponseBody } from "@/lib/http/typed-response";
import type { CreateWorkflowInput, updateWorkflowSchema } from "@/lib/workflows/workflow-schema";
import { apiFetch } from "./api-fetch";

// Response types come from the route handlers (type-only imports: erased from the bundle).
type WorkflowList = ResponseBody<typeof workflowsRoute.GET>;
type WorkflowBody = ResponseBody<typeof workflowRoute.GET>;

const workflowPath = (id: string) => `/api/workflows/${encodeURIComponent(id)}`;

export const workflowsApi = {
  list: (signal?: AbortSignal) => apiFetch<WorkflowList>("/api/workflows", { signal }).then((r) => r.workflows),
  get: (id: string, signal?: AbortSignal) => apiFetch<WorkflowBody>(workflowPath(id), { signal }),
  create: (input: CreateWorkflowInput) =>
    apiFetch<ResponseBody<typeof workflowsRoute.POST>>("/api/workflows", { method: "POST", json: input }),
  // The wire shape is the schema's input (action configs before zod defaults apply).
  update: (id: string, input: z.input<typeof updateWorkflowSchema>) =>
    apiFetch<ResponseBody<typeof workflowRoute.PUT>>(workflowPath(id), { method: "PUT", json: input }),
  remove: (id: string) => apiFetch<ResponseBody<typeof workflowRoute.DELETE>>(workflowPath(id), { method: "DELETE" }),
};
