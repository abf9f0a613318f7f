"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Inbox } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useWorkflowEditor } from "@/components/workflow-editor/workflow-editor-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { Disclosure } from "@/components/webhook-exchange/disclosure";
import { HttpStatus } from "@/components/webhook-exchange/exchange-view";
import { HeaderList } from "@/components/webhook-exchange/header-list";
import { JsonTree } from "@/components/webhook-exchange/json-tree";
import { useRole } from "@/components/app-shell/current-user";
import { useFormat } from "@/lib/client/use-format";
import { useErrorText, useStoredErrorText } from "@/lib/client/error-text";
import { HOOK_EVENTS_KEPT } from "@/lib/webhook-trigger/hook-event-limits";
import { type HookEvent, hookApi, hookEventLogKey } from "./hook-events-api";
import styles from "./trigger.module.css";

const OUTCOME: Record<HookEvent["status"], { label: "enrolled" | "duplicate" | "refused"; tone: "success" | "neutral" | "danger" }> = {
  ACCEPTED: { label: "enrolled", tone: "success" },
  DUPLICATE: { label: "duplicate", tone: "neutral" },
  REJECTED: { label: "refused", tone: "danger" },
};

/**
 * The Trigger events tab: every call to the workflow's hook URL that was kept (the newest
 * HOOK_EVENTS_KEPT), accepted, duplicate or refused, with the status it was answered with, why,
 * its headers (credentials masked) and what it carried; an event with a payload can become the
 * trigger's sample.
 */
export function TriggerEventsPage({ workflowId }: { workflowId: string }) {
  const errorText = useErrorText();
  const refusalText = useStoredErrorText();
  const t = useTranslations("trigger.events");
  const format = useFormat();
  const tListen = useTranslations("trigger.listen");
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
          <LoadingState label={t("loading")} rows={4} />
        ) : events.isError ? (
          <ErrorState title={t("loadError")} error={events.error} onRetry={() => events.refetch()} />
        ) : (
          <EmptyState icon={<Inbox size={28} />} title={t("emptyTitle")}>
            {workflow.trigger.type === "WEBHOOK" ? t("emptyWebhook") : t("emptyManual")}
          </EmptyState>
        )}
      </div>
    );

  return (
    <section aria-labelledby="trigger-events-title" className={`page ${styles.eventLog}`}>
      <h2 id="trigger-events-title" className="visually-hidden">
        {t("title")}
      </h2>
      <p className="field-hint">{t("intro", { kept: HOOK_EVENTS_KEPT })}</p>
      <ol className={styles.eventList} aria-label={t("list")}>
        {events.data.map((event) => {
          const outcome = OUTCOME[event.status];
          const outcomeLabel = t(`outcome.${outcome.label}`);
          return (
            <li
              key={event.id}
              className={styles.eventItem}
              aria-label={t("itemLabel", { outcome: outcomeLabel, time: format.dateTime(event.receivedAt) })}
            >
              <div className={styles.eventHead}>
                <Badge tone={outcome.tone}>{outcomeLabel}</Badge>
                <HttpStatus status={event.responseStatus} />
                <span className="muted">
                  <RelativeTime value={event.receivedAt} /> · {format.dateTime(event.receivedAt)}
                </span>
                {event.eventId && <span className="mono muted">{t("eventId", { id: event.eventId })}</span>}
                {event.enrollmentId && (
                  <Link href={`/workflows/${encodeURIComponent(workflowId)}/history/${encodeURIComponent(event.enrollmentId)}`}>
                    {event.status === "DUPLICATE" ? t("repeatedRun") : t("viewRun")}
                  </Link>
                )}
              </div>
              {event.error && (
                <p className={styles.eventError} id={`${event.id}-why`}>
                  {refusalText(event)}
                  {event.canTryAgain && " "}
                  {event.canTryAgain && t("fixAndRetry")}
                </p>
              )}
              <HeaderList label={t("headers")} headers={event.headers} defaultOpen={false} />
              {event.payload !== null ? (
                <Disclosure label={t("payload")} defaultOpen={event.status === "REJECTED"}>
                  <JsonTree value={event.payload} />
                </Disclosure>
              ) : (
                <Disclosure label={t("body")} summary={format.bytes(event.bodyBytes)} defaultOpen={event.status === "REJECTED"}>
                  {event.body ? (
                    <pre className={`${styles.json} mono`}>
                      {event.body}
                      {event.bodyTruncated ? `\n${tListen("cut")}` : ""}
                    </pre>
                  ) : (
                    <p className="muted">{t("notRead", { reason: event.bodyTruncated ? "tooBig" : "empty" })}</p>
                  )}
                </Disclosure>
              )}
              {tryAgain.variables === event.id && tryAgain.isError && (
                <p className="field-error" role="alert">
                  {t("triedAgain", { message: errorText(tryAgain.error) })}
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
                      {t("tryAgain")}
                    </Button>
                  )}
                  <Button
                    size="sm"
                    onClick={() =>
                      draft.trigger.type === "WEBHOOK" &&
                      dispatch({ type: "setTrigger", trigger: { ...draft.trigger, sample: event.payload } })
                    }
                  >
                    {t("useSample")}
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
