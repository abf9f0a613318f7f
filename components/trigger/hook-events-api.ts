import { apiFetch } from "@/lib/client/api-fetch";
import type { Workflow } from "@/lib/workflows/workflow-schema";

export type HookEvent = {
  id: string;
  status: string;
  error: string | null;
  eventId: string | null;
  /** The parsed body; null when the event was refused before it was parsed (then `body` holds its start). */
  payload: unknown;
  /** Refused before parsing: the first 4 KiB of the raw body, at most; `bodyTruncated` when cut. */
  body: string | null;
  bodyTruncated: boolean;
  /** The raw body's size in bytes. */
  bodyBytes: number;
  headers: unknown;
  enrollmentId: string | null;
  receivedAt: string;
};

export const hookApi = {
  events: (workflowId: string, signal?: AbortSignal) =>
    apiFetch<{ events: HookEvent[] }>(`/api/workflows/${encodeURIComponent(workflowId)}/hook-events`, { signal, query: { limit: 5 } }).then(
      (r) => r.events,
    ),
  regenerateToken: (workflowId: string) =>
    apiFetch<Workflow>(`/api/workflows/${encodeURIComponent(workflowId)}/hook-token`, { method: "POST" }),
};

export const hookEventsKey = (workflowId: string) => ["workflows", workflowId, "hook-events"] as const;
