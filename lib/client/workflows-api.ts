import type { z } from "zod";
import type { CreateWorkflowInput, updateWorkflowSchema, Workflow, WorkflowSummary } from "@/lib/workflows/workflow-schema";
import { apiFetch } from "./api-fetch";

export const workflowsApi = {
  list: (signal?: AbortSignal) =>
    apiFetch<{ workflows: WorkflowSummary[] }>("/api/workflows", { signal }).then((r) => r.workflows),
  get: (id: string, signal?: AbortSignal) => apiFetch<Workflow>(`/api/workflows/${encodeURIComponent(id)}`, { signal }),
  create: (input: CreateWorkflowInput) => apiFetch<Workflow>("/api/workflows", { method: "POST", json: input }),
  // The wire shape is the schema's input (action configs before zod defaults apply).
  update: (id: string, input: z.input<typeof updateWorkflowSchema>) =>
    apiFetch<Workflow>(`/api/workflows/${encodeURIComponent(id)}`, { method: "PUT", json: input }),
  remove: (id: string) => apiFetch<void>(`/api/workflows/${encodeURIComponent(id)}`, { method: "DELETE" }),
};
