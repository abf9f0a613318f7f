"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Eraser, Inbox, Pencil, RotateCcw, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useDescribeAnswers } from "./use-describe-answers";
import { useEffect, useState } from "react";
import { HttpStatus } from "@/components/webhook-exchange/exchange-view";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyButton } from "@/components/ui/copy-button";
import { ErrorState } from "@/components/ui/error-state";
import { FormError } from "@/components/ui/form-error";
import { LoadingState } from "@/components/ui/loading-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { inspectorApi, type CaptureUrl } from "@/lib/client/inspector-api";
import { queryKeys } from "@/lib/client/query-keys";
import { useFormat } from "@/lib/client/use-format";
import { useErrorText } from "@/lib/client/error-text";
import { CaptureUrlSettingsDialog } from "./capture-url-settings-dialog";
import { CaptureDetailView, MethodAndPath } from "./capture-detail";
import styles from "./inspector.module.css";
import { useRole } from "@/components/app-shell/current-user";

/** How often the open capture URL asks for new requests: "live" without a socket. */
const POLL_MS = 1000;

/** One capture URL: its address and answer, and the requests it received (newest first) beside the chosen one. */
export function CaptureUrlView({ captureUrl, onDeleted }: { captureUrl: CaptureUrl; onDeleted: () => void }) {
  const errorText = useErrorText();
  const t = useTranslations("inspector.captureUrl");
  const describeAnswers = useDescribeAnswers();
  const format = useFormat();
  const queryClient = useQueryClient();
  const captures = useQuery({
    queryKey: queryKeys.inspectorCaptures(captureUrl.id),
    queryFn: ({ signal }) => inspectorApi.captures(captureUrl.id, signal),
    refetchInterval: POLL_MS,
  });
  // Follows the newest request until the user picks one.
  const [chosen, setChosen] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [status, setStatus] = useState("");
  const list = captures.data ?? [];
  const selected = list.find((capture) => capture.id === chosen) ?? list[0];
  // A new request moves the sequence on: read where it stands now rather than at the next 5-second refresh.
  const newest = list[0]?.id;
  useEffect(() => {
    if (newest !== undefined) void queryClient.invalidateQueries({ queryKey: queryKeys.inspector, exact: true });
  }, [newest, queryClient]);

  // Changing, clearing and deleting a capture URL need an Editor; the page shows the reason above, the buttons as their tooltip.
  const editor = useRole("EDITOR");
  const control = editor.allowed ? {} : { disabled: true, title: editor.reason };
  const clear = useMutation({
    mutationFn: () => inspectorApi.clear(captureUrl.id),
    onSuccess: () => {
      setChosen(null);
      queryClient.setQueryData(queryKeys.inspectorCaptures(captureUrl.id), []);
      queryClient.invalidateQueries({ queryKey: queryKeys.inspector, exact: true });
      setStatus(t("cleared"));
    },
  });
  const resetSequence = useMutation({
    mutationFn: () => inspectorApi.resetSequence(captureUrl.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.inspector, exact: true });
      setStatus(t("sequenceReset"));
    },
  });
  const remove = useMutation({
    mutationFn: () => inspectorApi.remove(captureUrl.id),
    onSuccess: async () => {
      setDeleting(false);
      queryClient.removeQueries({ queryKey: queryKeys.inspectorCaptures(captureUrl.id) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.inspector, exact: true });
      onDeleted();
    },
  });

  const { responses, sequence } = captureUrl;
  const single = responses[0];
  const headerNames = single.headers.map((header) => header.name).join(", ");
  const answer =
    responses.length > 1
      ? describeAnswers(responses)
      : t("answerSingle", {
          answer: describeAnswers([single]),
          body: single.body ? "custom" : "receipt",
          contentType: single.contentType,
          hasHeaders: String(Boolean(headerNames)),
          headers: headerNames,
        });
  const curlExample = `curl -k -X POST ${captureUrl.url} \\\n  -H 'Content-Type: application/json' -d '{"hello":"world"}'`;
  return (
    <>
      <section className="card" aria-labelledby="inspector-bin-name">
        <div className={styles.head}>
          <h2 className="section-title" id="inspector-bin-name">
            {captureUrl.name}
          </h2>
          <div className="card-tools">
            <Button size="sm" icon={<Pencil className="btn-icon" aria-hidden />} onClick={() => setEditing(true)} {...control}>
              {t("nameAndResponse")}
            </Button>
            <Button
              size="sm"
              icon={<Eraser className="btn-icon" aria-hidden />}
              loading={clear.isPending}
              disabled={list.length === 0}
              onClick={() => clear.mutate()}
              {...control}
            >
              {t("clearRequests")}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              className="btn-ghost-danger"
              icon={<Trash2 className="btn-icon" aria-hidden />}
              onClick={() => setDeleting(true)}
              {...control}
            >
              {t("delete")}
            </Button>
          </div>
        </div>
        <div className="trigger-url-row">
          <code className="trigger-url mono" data-testid="capture-url">
            {captureUrl.url}
          </code>
          <CopyButton text={captureUrl.url} />
        </div>
        <p className="field-hint">
          {t.rich("hint", {
            example: `${captureUrl.url}/orders?source=crm`,
            answer,
            code: (chunks) => <code className="mono">{chunks}</code>,
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
        {responses.length > 1 && (
          <div className={styles.sequenceLine}>
            <span data-testid="sequence-position">
              {sequence.answered === 0
                ? t("noneAnswered", { total: responses.length })
                : t("answered", {
                    answered: sequence.answered,
                    next: sequence.nextAnswer,
                    total: responses.length,
                    lastRepeats: String(sequence.nextAnswer === responses.length && sequence.answered >= responses.length),
                  })}
            </span>
            <Button
              size="sm"
              variant="ghost"
              icon={<RotateCcw className="btn-icon" aria-hidden />}
              loading={resetSequence.isPending}
              disabled={sequence.answered === 0}
              onClick={() => resetSequence.mutate()}
              {...control}
            >
              {t("resetSequence")}
            </Button>
          </div>
        )}
        {resetSequence.error && <FormError message={errorText(resetSequence.error)} />}
        {clear.error && <FormError message={errorText(clear.error)} />}
        <p role="status" className="visually-hidden">
          {status}
        </p>
      </section>

      <div className={styles.split}>
        <section className="card card-flush" aria-labelledby="inspector-requests-title">
          <div className="card-header">
            <h2 className={styles.listTitle} id="inspector-requests-title">
              {t("requests")} <span className="count">{list.length}</span>
            </h2>
            <span className={styles.live} title={t("liveTitle", { seconds: POLL_MS / 1000 })}>
              <span className={styles.liveDot} aria-hidden />
              {t("live")}
            </span>
          </div>
          {captures.isPending ? (
            <LoadingState label={t("loadingRequests")} rows={3} />
          ) : captures.isError ? (
            <div className="card-empty">
              <ErrorState title={t("loadRequestsFailed")} error={captures.error} onRetry={() => captures.refetch()} />
            </div>
          ) : list.length === 0 ? (
            <p className="card-empty muted">{t("noRequests")}</p>
          ) : (
            <ul className={styles.captures} aria-label={t("capturedList")}>
              {list.map((capture) => (
                <li key={capture.id}>
                  <button
                    type="button"
                    className={styles.capture}
                    aria-current={capture.id === selected?.id ? "true" : undefined}
                    onClick={() => setChosen(capture.id)}
                  >
                    <span className={styles.captureLine}>
                      <MethodAndPath capture={capture} pathClassName={styles.capturePath} />
                    </span>
                    <span className={styles.captureMeta}>
                      <RelativeTime value={capture.receivedAt} />
                      <span>{format.bytes(capture.bodyBytes)}</span>
                      <HttpStatus status={capture.responseStatus} />
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className={`card ${styles.detail}`} aria-label={t("details")}>
          {selected ? (
            <CaptureDetailView captureUrlId={captureUrl.id} captureId={selected.id} captureUrl={captureUrl.url} />
          ) : (
            <div className={styles.waiting}>
              <Inbox size={24} aria-hidden />
              <p>{t("waiting")}</p>
              <p className="muted">{t("waitingHint")}</p>
              <pre className={`${styles.curl} mono`}>{curlExample}</pre>
            </div>
          )}
        </section>
      </div>

      {editing && <CaptureUrlSettingsDialog captureUrl={captureUrl} open onOpenChange={setEditing} onSaved={() => setStatus(t("saved"))} />}
      <ConfirmDialog
        open={deleting}
        onOpenChange={(open) => {
          setDeleting(open);
          if (!open) remove.reset();
        }}
        title={t("deleteTitle")}
        description={t.rich("deleteDescription", {
          name: captureUrl.name,
          count: captureUrl.captureCount,
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
        confirmLabel={t("deleteConfirm")}
        destructive
        pending={remove.isPending}
        error={remove.error ? errorText(remove.error) : null}
        onConfirm={() => remove.mutate()}
      />
    </>
  );
}
