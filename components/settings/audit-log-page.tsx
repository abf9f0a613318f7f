"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { ScrollText } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useAuditActionLabel, useAuditTargetLabel } from "@/components/crm/use-crm-labels";
import { useDebouncedValue } from "@/components/records/use-debounced-value";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { AUDIT_ACTIONS, type AuditAction } from "@/lib/audit/audit-actions";
import { type AuditFilters, accountsApi } from "@/lib/client/accounts-api";
import { fromZonedInputValue } from "@/lib/client/format";
import { useFormat } from "@/lib/client/use-format";
import styles from "./audit-log-page.module.css";
import { useAuditSummary } from "./use-audit-summary";
import { queryKeys } from "@/lib/client/query-keys";
import { useErrorText } from "@/lib/client/error-text";

const shortId = (id: string) => (id.length > 12 ? `${id.slice(0, 8)}…` : id);

/** A day picked in a date field (a calendar day in the user's time zone) as the moment it starts, or the moment after it ends. */
function dayBound(day: string, edge: "start" | "end", timeZone: string): string | undefined {
  const start = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : null;
  if (!start || Number.isNaN(start.getTime())) return undefined;
  if (edge === "end") start.setUTCDate(start.getUTCDate() + 1);
  return fromZonedInputValue(start.toISOString().slice(0, 16), timeZone) || undefined;
}

/** The log's pages for these filters, 50 entries each, newest first; the next page starts before the last entry shown. */
function useAuditEntries(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: queryKeys.audit(filters),
    queryFn: ({ pageParam, signal }) => accountsApi.audit(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

export function AuditLogPage() {
  const t = useTranslations("settings.auditLog");
  const common = useTranslations("settings.common");
  const { timeZone } = useFormat();
  const actionLabel = useAuditActionLabel();
  const [actor, setActor] = useState("");
  const [action, setAction] = useState<AuditAction | "">("");
  const [fromDay, setFromDay] = useState("");
  const [toDay, setToDay] = useState("");
  const debouncedActor = useDebouncedValue(actor.trim());
  const filters: AuditFilters = {
    actor: debouncedActor || undefined,
    action,
    from: dayBound(fromDay, "start", timeZone),
    // Up to the start of the next day, so the whole "to" day counts.
    to: dayBound(toDay, "end", timeZone),
  };
  const filtered = Boolean(filters.actor || action || fromDay || toDay);

  const entries = useAuditEntries(filters);

  function clear() {
    setActor("");
    setAction("");
    setFromDay("");
    setToDay("");
  }

  return (
    <div className="page">
      <PageHeader eyebrow={common("eyebrow")} title={t("title")} description={t("description")} />
      {/* biome-ignore lint/a11y/useSemanticElements: a filter bar, not a search; role=search would mislead. */}
      <form className={styles.filters} role="group" aria-label={t("filters")} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="audit-actor" className="field-label">
            {t("actor")}
          </label>
          <input
            id="audit-actor"
            className="input"
            type="search"
            value={actor}
            onChange={(e) => setActor(e.target.value)}
            placeholder={t("actorPlaceholder")}
            maxLength={200}
          />
        </div>
        <div className="field">
          <label htmlFor="audit-action" className="field-label">
            {t("action")}
          </label>
          <select id="audit-action" className="input select" value={action} onChange={(e) => setAction(e.target.value as AuditAction | "")}>
            <option value="">{t("allActions")}</option>
            {AUDIT_ACTIONS.map((value) => (
              <option key={value} value={value}>
                {actionLabel(value)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-from" className="field-label">
            {t("from")}
          </label>
          <input
            id="audit-from"
            className="input"
            type="date"
            value={fromDay}
            max={toDay || undefined}
            onChange={(e) => setFromDay(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="audit-to" className="field-label">
            {t("to")}
          </label>
          <input
            id="audit-to"
            className="input"
            type="date"
            value={toDay}
            min={fromDay || undefined}
            onChange={(e) => setToDay(e.target.value)}
          />
        </div>
        {filtered && (
          <Button variant="ghost" onClick={clear} className={styles.clear}>
            {t("clear")}
          </Button>
        )}
      </form>
      <AuditTable entries={entries} filtered={filtered} />
    </div>
  );
}

function AuditTable({ entries, filtered }: { entries: ReturnType<typeof useAuditEntries>; filtered: boolean }) {
  const errorText = useErrorText();
  const t = useTranslations("settings.auditLog");
  const format = useFormat();
  const actionLabel = useAuditActionLabel();
  const targetLabel = useAuditTargetLabel();
  const summary = useAuditSummary();
  if (entries.isPending) return <LoadingState label={t("loading")} />;
  // A failed "load more" also puts the query in error, but keeps the pages already shown.
  if (!entries.data) return <ErrorState title={t("loadError")} error={entries.error} onRetry={() => entries.refetch()} />;
  const rows = entries.data.pages.flatMap((page) => page.entries);
  if (rows.length === 0) {
    return (
      <EmptyState icon={<ScrollText size={28} />} title={filtered ? t("noMatchTitle") : t("emptyTitle")}>
        {filtered ? t("noMatchText") : t("emptyText")}
      </EmptyState>
    );
  }
  return (
    <>
      <div className="table-card">
        <table className="table">
          <caption className="visually-hidden">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("time")}</th>
              <th scope="col">{t("actor")}</th>
              <th scope="col">{t("action")}</th>
              <th scope="col">{t("summary")}</th>
              <th scope="col">{t("target")}</th>
              <th scope="col">{t("ip")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((entry) => (
              <tr key={entry.id}>
                <td className="nowrap">
                  {/* Day over time: two short lines leave the summary room. */}
                  <time dateTime={entry.at} title={format.dateTime(entry.at)} className={styles.when}>
                    <span>{format.date(entry.at)}</span>
                    <span className="muted">{format.time(entry.at, true)}</span>
                  </time>
                </td>
                <th scope="row" className={`cell-primary ${styles.actor}`}>
                  {entry.actor.kind === "token" && entry.actor.tokenName
                    ? t("actorViaToken", { actorName: entry.actor.name, tokenName: entry.actor.tokenName })
                    : entry.actor.name}
                  {(entry.actor.kind === "system" || entry.actor.kind === "anonymous") && (
                    <span className="muted">{t("actorKind", { kind: entry.actor.kind })}</span>
                  )}
                </th>
                <td className={styles.action}>{actionLabel(entry.action)}</td>
                <td className={styles.summary}>{summary(entry)}</td>
                <td className="nowrap">
                  {entry.target ? (
                    // Ids are long (UUIDs): the start tells entries apart, the whole id is on hover.
                    <span title={`${targetLabel(entry.target.type)} ${entry.target.id}`} className={styles.when}>
                      <span>{targetLabel(entry.target.type)}</span>
                      <span className={`mono ${styles.targetId}`}>{shortId(entry.target.id)}</span>
                    </span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td className="mono nowrap">{entry.ip ?? <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-footer">
        <span className="muted" aria-live="polite">
          {t("showing", { count: rows.length, more: entries.hasNextPage ? "yes" : "no" })}
        </span>
        {entries.hasNextPage && (
          <Button onClick={() => entries.fetchNextPage()} loading={entries.isFetchingNextPage}>
            {t("loadMore")}
          </Button>
        )}
        {entries.isFetchNextPageError && (
          <span className="field-error" role="alert">
            {t("loadMoreError", { reason: errorText(entries.error) })}
          </span>
        )}
      </div>
    </>
  );
}
