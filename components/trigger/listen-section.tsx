"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Radio } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Disclosure } from "@/components/webhook-exchange/disclosure";
import { JsonTree } from "@/components/webhook-exchange/json-tree";
import { useFormat } from "@/lib/client/use-format";
import { useErrorText, useStoredErrorText } from "@/lib/client/error-text";
import type { Workflow } from "@/lib/workflows/workflow-schema";
import { hookApi, hookEventsKey, type HookEvent } from "./hook-events-api";
import styles from "./trigger.module.css";

type Props = {
  workflow: Workflow;
  /** False until the trigger is saved as a webhook (no URL yet). */
  canListen: boolean;
  sample: unknown;
  onUseSample: (payload: unknown) => void;
};

/**
 * Polls the hook's stored events and offers the first new one as the sample payload. "New"
 * means not among the events stored when listening started (the server's list, not the
 * browser's clock, which may differ from the server's).
 */
export function ListenSection({ workflow, canListen, sample, onUseSample }: Props) {
  const errorText = useErrorText();
  const refusalText = useStoredErrorText();
  const t = useTranslations("trigger.listen");
  const format = useFormat();
  const queryClient = useQueryClient();
  const [seen, setSeen] = useState<Set<string> | null>(null);
  const listening = seen !== null;
  const isNew = (event: HookEvent) => seen !== null && !seen.has(event.id);
  const events = useQuery({
    queryKey: hookEventsKey(workflow.id),
    queryFn: ({ signal }) => hookApi.events(workflow.id, signal),
    enabled: listening,
    // Every 1.5 s until a new event arrives.
    refetchInterval: (query) => (listening && !query.state.data?.some(isNew) ? 1500 : false),
  });
  const received = listening ? events.data?.find(isNew) : undefined;
  const listen = useMutation({
    mutationFn: () =>
      queryClient.fetchQuery({
        queryKey: hookEventsKey(workflow.id),
        queryFn: ({ signal }) => hookApi.events(workflow.id, signal),
        staleTime: 0,
      }),
    onSuccess: (current) => setSeen(new Set(current.map((event) => event.id))),
  });

  return (
    <section className={styles.section} aria-label={t("section")}>
      <h3 className={styles.sectionTitle}>{t("title")}</h3>
      <p className="field-hint">{t("hint")}</p>
      {sample !== undefined && !received && (
        <Disclosure label={t("current")} defaultOpen={false}>
          <JsonTree value={sample} />
        </Disclosure>
      )}
      {!canListen ? (
        <p className={styles.note}>{t("saveFirst")}</p>
      ) : !listening ? (
        <>
          <Button icon={<Radio className="btn-icon" aria-hidden />} loading={listen.isPending} onClick={() => listen.mutate()}>
            {t("listen")}
          </Button>
          {listen.error && <p className="field-error">{errorText(listen.error)}</p>}
        </>
      ) : received ? (
        <div className={styles.received} role="status">
          <p>
            {t.rich("received", {
              time: format.time(received.receivedAt, true),
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
          {received.error && <p className="field-hint">{t("notEnrolled", { reason: refusalText(received) ?? "" })}</p>}
          {received.body !== null ? (
            // Refused before its body was read: only the start of the body is kept, and it cannot be a sample.
            <>
              <p className="field-hint">
                {received.bodyTruncated
                  ? t("truncated", {
                      kept: format.bytes(new TextEncoder().encode(received.body).length),
                      total: format.bytes(received.bodyBytes),
                    })
                  : t("unread", { size: format.bytes(received.bodyBytes) })}
              </p>
              <section aria-label={t("receivedBody")}>
                <pre className={`${styles.json} mono`}>
                  {received.body}
                  {received.bodyTruncated ? `\n${t("cut")}` : ""}
                </pre>
              </section>
            </>
          ) : (
            <section aria-label={t("receivedPayload")}>
              <pre className={`${styles.json} mono`}>{JSON.stringify(received.payload, null, 2)}</pre>
            </section>
          )}
          <div className={styles.actions}>
            {received.body === null && (
              <Button
                variant="primary"
                onClick={() => {
                  onUseSample(received.payload);
                  setSeen(null);
                }}
              >
                {t("useSample")}
              </Button>
            )}
            <Button variant="ghost" onClick={() => setSeen(new Set(events.data?.map((event) => event.id)))}>
              {t("waitAnother")}
            </Button>
          </div>
        </div>
      ) : (
        <div className={styles.listening} role="status">
          <span className={styles.pulse} aria-hidden />
          <span>{t("listening")}</span>
          <Button size="sm" variant="ghost" onClick={() => setSeen(null)}>
            {t("stop")}
          </Button>
          {events.isError && <p className="field-error">{errorText(events.error)}</p>}
        </div>
      )}
    </section>
  );
}
