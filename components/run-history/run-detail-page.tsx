"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { FormError } from "@/components/ui/form-error";
import { LoadingState } from "@/components/ui/loading-state";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { useFormat } from "@/lib/client/use-format";
import { useRunErrorText } from "@/lib/client/run-error-text";
import { actorParams } from "./actor-params";
import { EndRunControls } from "./end-run-controls";
import { Disclosure } from "@/components/webhook-exchange/disclosure";
import { JsonTree } from "@/components/webhook-exchange/json-tree";
import { RunActivity } from "./run-activity";
import { useRecordLabel } from "./run-list";
import { ACTIVE_REFRESH_MS, runHistoryApi, runHistoryKeys, type EnrollmentDetail } from "./run-history-api";
import { EnrollmentStatusBadge } from "./status-badges";
import { StepCard } from "./step-card";
import { formatUntil, heldUntil } from "./step-timing";
import { useActionTypeText } from "@/components/actions/use-action-type-text";
import { useObjectTypeLabel } from "@/components/crm/use-crm-labels";
import type { ObjectType } from "@/lib/crm/object-types";
import { useNow } from "./use-now";
import factList from "@/components/ui/fact-list.module.css";
import styles from "./run-history.module.css";

function BackLink({ workflowId }: { workflowId: string }) {
  const t = useTranslations("runs.detail");
  return (
    <Link href={`/workflows/${encodeURIComponent(workflowId)}/history`} className="back-link">
      <ArrowLeft aria-hidden size={16} />
      {t("back")}
    </Link>
  );
}

function When({ value }: { value: string | null }) {
  const format = useFormat();
  if (!value) return <span className="muted">—</span>;
  return (
    <>
      <time dateTime={value}>{format.dateTime(value)}</time> <span className="muted">({format.relative(value)})</span>
    </>
  );
}

function displayValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}

function OutputsTable({ run, actionNames }: { run: EnrollmentDetail; actionNames: Map<string, string> }) {
  const rows = Object.entries(run.outputs ?? {}).flatMap(([actionId, outputs]) =>
    Object.entries(outputs ?? {}).map(([name, value]) => ({ actionId, name, value })),
  );
  const t = useTranslations("runs.detail.outputs");
  return (
    <section className="card card-flush" aria-labelledby="run-outputs">
      <div className="card-header">
        <h3 id="run-outputs" className="section-title">
          {t("title")}
        </h3>
      </div>
      {rows.length === 0 ? (
        <p className="card-empty muted">{t("empty")}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("action")}</th>
              <th scope="col">{t("output")}</th>
              <th scope="col">{t("value")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.actionId}/${r.name}`}>
                <td>{actionNames.get(r.actionId) ?? t("removedAction")}</td>
                <th scope="row" className="mono">
                  {r.name}
                </th>
                <td className={`mono ${styles.outputValue}`}>{displayValue(r.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** One run: the record, its status and outputs, and every step as its type needs (deliveries with every attempt, writes, waits). */
export function RunDetailPage({ workflowId, enrollmentId }: { workflowId: string; enrollmentId: string }) {
  const t = useTranslations("runs.detail");
  const objectTypeLabel = useObjectTypeLabel();
  const format = useFormat();
  const recordLabel = useRecordLabel();
  const text = useActionTypeText();
  const runErrorText = useRunErrorText();
  const run = useQuery({
    queryKey: runHistoryKeys.detail(enrollmentId),
    queryFn: ({ signal }) => runHistoryApi.get(enrollmentId, signal),
    refetchInterval: (query) => (query.state.data?.status === "ACTIVE" ? ACTIVE_REFRESH_MS : false),
  });
  // Waits shown by Delay steps ("Waits 1 hour · until 17:05") turn into "Waited" when they end.
  const now = useNow(15_000, run.data?.status === "ACTIVE");
  if (run.isPending) {
    return (
      <div className={`page ${styles.page}`}>
        <BackLink workflowId={workflowId} />
        <LoadingState label={t("loading")} rows={4} />
      </div>
    );
  }
  if (!run.data) {
    const missing = run.error instanceof ApiRequestError && run.error.status === 404;
    return (
      <div className={`page ${styles.page}`}>
        <BackLink workflowId={workflowId} />
        {missing ? (
          <EmptyState title={t("notFound.title")}>
            {t.rich("notFound.text", { id: enrollmentId, code: (chunks) => <code>{chunks}</code> })}
          </EmptyState>
        ) : (
          <ErrorState title={t("loadFailed")} error={run.error} onRetry={() => run.refetch()} />
        )}
      </div>
    );
  }

  const data = run.data;
  const name = recordLabel(data);
  // Outputs and steps are keyed by action id, which people never see: name the actions as the run's
  // snapshot does (their name, else their type's label), even if the workflow changed since.
  const actionNames = new Map(data.actions.map((a) => [a.id, text.displayName(a)]));
  // A run whose next step waits behind a Delay says until when, not just that it refreshes.
  const heldIndex = data.steps.findIndex((step, i) => heldUntil(step, data.steps[i - 1], now));
  const waitsUntil = heldIndex > 0 ? heldUntil(data.steps[heldIndex], data.steps[heldIndex - 1], now) : null;
  const waitNoun = heldIndex > 0 ? text.holdsNoun(data.steps[heldIndex - 1].actionType) : null;
  const finishedIn = data.finishedAt ? new Date(data.finishedAt).getTime() - new Date(data.createdAt).getTime() : null;

  return (
    <div className={`page ${styles.page}`}>
      <BackLink workflowId={workflowId} />
      <header className={styles.header}>
        <div>
          <div className="page-eyebrow">{t.rich("eyebrow", { id: data.id, mono: (chunks) => <span className="mono">{chunks}</span> })}</div>
          <h2 className={styles.title}>
            {name} <EnrollmentStatusBadge status={data.status} />
          </h2>
        </div>
        {data.status === "ACTIVE" && (
          <EndRunControls enrollmentId={data.id} workflowId={data.workflowId} recordId={data.recordId} recordName={name} />
        )}
      </header>

      {run.isError && <ErrorState title={t("refreshFailed")} error={run.error} onRetry={() => run.refetch()} />}

      <section className={`card ${styles.summary}`} aria-label={t("summary")}>
        <dl className={`${factList.factList} ${styles.facts}`}>
          <div>
            <dt>{t("record")}</dt>
            <dd>
              <Link href={`/records/${encodeURIComponent(String(data.recordId))}`}>{name}</Link>
              {data.record?.objectType && (
                <span className="muted"> · {objectTypeLabel(data.record.objectType as ObjectType).singular}</span>
              )}
            </dd>
          </div>
          <div>
            <dt>{t("status")}</dt>
            <dd>
              <EnrollmentStatusBadge status={data.status} />
              {data.status === "ACTIVE" &&
                (waitsUntil ? (
                  <span className={`muted ${styles.refreshing}`}>
                    {" "}
                    {t.rich("waitingUntil", {
                      noun: waitNoun ?? "",
                      when: formatUntil(waitsUntil, now, format),
                      time: (chunks) => (
                        <time dateTime={waitsUntil} title={format.dateTime(waitsUntil)}>
                          {chunks}
                        </time>
                      ),
                    })}
                  </span>
                ) : (
                  <span className={`muted ${styles.refreshing}`}> {t("refreshing")}</span>
                ))}
            </dd>
          </div>
          <div>
            <dt>{t("started")}</dt>
            <dd>
              <When value={data.createdAt} />
            </dd>
          </div>
          <div>
            <dt>{data.status === "CANCELLED" ? t("cancelled") : t("finished")}</dt>
            <dd>
              <When value={data.finishedAt} />
              {finishedIn !== null && <span className="muted"> · {t("took", { duration: format.duration(finishedIn) })}</span>}
              {data.cancelledBy && <span> · {t("by", actorParams(data.cancelledByActor, data.cancelledBy))}</span>}
            </dd>
          </div>
        </dl>
        <RunActivity history={data.history} now={now} />
        {data.triggerPayload !== null && (
          <Disclosure label={t("triggerPayload")} defaultOpen={false}>
            <JsonTree value={data.triggerPayload} />
          </Disclosure>
        )}
        {data.error && <FormError message={runErrorText(data) ?? data.error} />}
      </section>

      <OutputsTable run={data} actionNames={actionNames} />

      <section aria-labelledby="run-steps" className={styles.steps}>
        <h3 id="run-steps" className="section-title">
          {t("steps")}
        </h3>
        {data.steps.length === 0 ? (
          <p className="muted">{data.status === "ACTIVE" ? t("notStarted") : t("noSteps")}</p>
        ) : (
          data.steps.map((step, i) => (
            <StepCard
              key={step.actionId}
              enrollmentId={data.id}
              step={step}
              index={i}
              actionName={actionNames.get(step.actionId) ?? null}
              previous={data.steps[i - 1]}
              previousName={i > 0 ? (actionNames.get(data.steps[i - 1].actionId) ?? null) : null}
              next={data.steps[i + 1]}
              now={now}
            />
          ))
        )}
      </section>
    </div>
  );
}
