"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Inbox } from "lucide-react";
import Link from "next/link";
import { useWorkflowEditor } from "@/components/workflow-editor/workflow-editor-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { formatBytes } from "@/components/webhook-exchange/body-view";
import { Disclosure } from "@/components/webhook-exchange/disclosure";
import { HttpStatus } from "@/components/webhook-exchange/exchange-view";
import { HeaderList } from "@/components/webhook-exchange/header-list";
import { JsonTree } from "@/components/webhook-exchange/json-tree";
import { useRole } from "@/components/app-shell/current-user";
import { errorMessage } from "@/lib/client/api-fetch";
import { formatDateTime } from "@/lib/client/format";
import { HOOK_EVENTS_KEPT } from "@/lib/webhook-trigger/hook-event-limits";
import { type HookEvent, hookApi, hookEventLogKey } from "./hook-events-api";
import styles from "./trigger.module.css";

const OUTCOME: Record<HookEvent["status"], { label: string; tone: "success" | "neutral" | "danger" }> = {
  ACCEPTED: { label: "Enrolled", tone: "success" },
  DUPLICATE: { label: "Duplicate", tone: "neutral" },
  REJECTED: { label: "Refused", tone: "danger" },
};

/**
 * The Trigger events tab: every call to the workflow's hook URL that was kept (the newest
 * HOOK_EVENTS_KEPT), accepted, duplicate or refused, with the status it was answered with, why,
 * its headers (credentials masked) and what it carried; an event with a payload can become the
 * trigger's sample.
 */
export function TriggerEventsPage({ workflowId }: { workflowId: string }) {
  const { workflow, draft, dispatch } = useWorkflowEditor();
  const events = useQuery({
    queryKey: hookEventLogKey(workflowId),
    queryFn: ({ signal }) => hookApi.events(workflowId, signal, HOOK_EVENTS_KEPT),
    refetchInterval: 5000,
  });
  const webhook = draft.trigger.type === "WEBHOOK";
  const queryClient = useQueryClient();
  const { allowed: canEdit } = useRole("EDITOR");
  const tryAgain = useMutation({
    mutationFn: (eventId: string) => hookApi.tryAgain(workflowId, eventId),
    // Enrolled or refused again, the attempt is a new event at the top of the list.
    onSettled: () => queryClient.invalidateQueries({ queryKey: hookEventLogKey(workflowId) }),
  });

  if (events.isPending || events.isError || events.data.length === 0)
    return (
      <div className="page">
        {events.isPending ? (
          <LoadingState label="Loading trigger events…" rows={4} />
        ) : events.isError ? (
          <ErrorState title="Could not load trigger events" error={events.error} onRetry={() => events.refetch()} />
        ) : (
          <EmptyState icon={<Inbox size={28} />} title="No calls to the hook URL yet">
            {workflow.trigger.type === "WEBHOOK"
              ? "Every request to this workflow's hook URL shows here: enrolled, duplicate or refused, with the reason."
              : "This workflow is not started by a webhook. Choose “Webhook received” as its trigger to get a hook URL."}
          </EmptyState>
        )}
      </div>
    );

  return (
    <section aria-labelledby="trigger-events-title" className={`page ${styles.eventLog}`}>
      <h2 id="trigger-events-title" className="visually-hidden">
        Trigger events
      </h2>
      <p className="field-hint">The newest {HOOK_EVENTS_KEPT} calls to the hook URL, newest first. Credentials in headers are masked.</p>
      <ol className={styles.eventList} aria-label="Calls to the hook URL">
        {events.data.map((event) => {
          const outcome = OUTCOME[event.status];
          return (
            <li key={event.id} className={styles.eventItem} aria-label={`${outcome.label}, ${formatDateTime(event.receivedAt)}`}>
              <div className={styles.eventHead}>
                <Badge tone={outcome.tone}>{outcome.label}</Badge>
                <HttpStatus status={event.responseStatus} />
                <span className="muted">
                  <RelativeTime value={event.receivedAt} /> · {formatDateTime(event.receivedAt)}
                </span>
                {event.eventId && <span className="mono muted">Event id {event.eventId}</span>}
                {event.enrollmentId && (
                  <Link href={`/workflows/${encodeURIComponent(workflowId)}/history/${encodeURIComponent(event.enrollmentId)}`}>
                    {event.status === "DUPLICATE" ? "The run it repeats" : "View the run"}
                  </Link>
                )}
              </div>
              {event.error && (
                <p className={styles.eventError} id={`${event.id}-why`}>
                  {event.error}
                  {event.canTryAgain && " Fix the record or the trigger, then try this event again."}
                </p>
              )}
              <HeaderList label="Headers:" headers={event.headers} defaultOpen={false} />
              {event.payload !== null ? (
                <Disclosure label="Payload:" defaultOpen={event.status === "REJECTED"}>
                  <JsonTree value={event.payload} />
                </Disclosure>
              ) : (
                <Disclosure label="Body:" summary={formatBytes(event.bodyBytes)} defaultOpen={event.status === "REJECTED"}>
                  {event.body ? (
                    <pre className={`${styles.json} mono`}>
                      {event.body}
                      {event.bodyTruncated ? "\n… (cut)" : ""}
                    </pre>
                  ) : (
                    <p className="muted">Not read: {event.bodyTruncated ? "over the size limit" : "empty"}.</p>
                  )}
                </Disclosure>
              )}
              {tryAgain.variables === event.id && tryAgain.isError && (
                <p className="field-error" role="alert">
                  Tried again: {errorMessage(tryAgain.error)}
                </p>
              )}
              {webhook && event.payload !== null && (
                <div className={styles.actions}>
                  {event.canTryAgain && canEdit && (
                    <Button
                      size="sm"
                      variant="primary"
                      loading={tryAgain.isPending && tryAgain.variables === event.id}
                      onClick={() => tryAgain.mutate(event.id)}
                      aria-describedby={`${event.id}-why`}
                    >
                      Try again
                    </Button>
                  )}
                  <Button
                    size="sm"
                    onClick={() =>
                      draft.trigger.type === "WEBHOOK" &&
                      dispatch({ type: "setTrigger", trigger: { ...draft.trigger, sample: event.payload } })
                    }
                  >
                    Use as sample
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
