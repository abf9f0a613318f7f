import type * as tryAgainRoute from "@/app/api/workflows/[id]/hook-events/[eventId]/try-again/route";
import type * as hookEventsRoute from "@/app/api/workflows/[id]/hook-events/route";
import type * as hookTokenRoute from "@/app/api/workflows/[id]/hook-token/route";
import { useCallback } from "react";
import { apiFetch } from "@/lib/client/api-fetch";
import { useKeyedErrorText } from "@/lib/client/error-text";
import type { ResponseBody } from "@/lib/http/typed-response";

// Response types come from the route handlers (type-only imports: erased from the bundle).
type HookEventList = ResponseBody<typeof hookEventsRoute.GET>;
/** One request to the hook URL. `payload` is the parsed body; null when the event was refused before it was parsed (then `body` holds its start). */
export type HookEvent = HookEventList["events"][number];

export const hookApi = {
  events: (workflowId: string, signal?: AbortSignal, limit = 5) =>
    apiFetch<HookEventList>(`/api/workflows/${encodeURIComponent(workflowId)}/hook-events`, { signal, query: { limit } }).then(
      (r) => r.events,
    ),
  tryAgain: (workflowId: string, eventId: string) =>
    apiFetch<ResponseBody<typeof tryAgainRoute.POST>>(
      `/api/workflows/${encodeURIComponent(workflowId)}/hook-events/${encodeURIComponent(eventId)}/try-again`,
      { method: "POST" },
    ),
  regenerateToken: (workflowId: string) =>
    apiFetch<ResponseBody<typeof hookTokenRoute.POST>>(`/api/workflows/${encodeURIComponent(workflowId)}/hook-token`, { method: "POST" }),
};

export const hookEventsKey = (workflowId: string) => ["workflows", workflowId, "hook-events"] as const;
export const hookEventLogKey = (workflowId: string) => ["workflows", workflowId, "hook-events", "log"] as const;

/** Why an event was refused, in the user's language: by the catalog key it keeps (older events and unexpected errors: the English). */
export function useRefusalText(): (event: Pick<HookEvent, "error" | "errorText">) => string {
  const keyed = useKeyedErrorText();
  return useCallback(
    (event) => (event.errorText ? keyed({ message: event.error ?? "", ...event.errorText }) : (event.error ?? "")),
    [keyed],
  );
}
