"use client";

import { History } from "lucide-react";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { parseStatusFilter, runHistoryApi, runHistoryKeys, type EnrollmentSummary } from "./run-history-api";
import {
  NARROW_HIDDEN,
  RecordCell,
  RunErrorCell,
  RunList,
  STATUS_KEY,
  StatusFilter,
  useRecordLabel,
  useRunPages,
  ViewRunCell,
} from "./run-list";
import { EnrollmentStatusBadge } from "./status-badges";
import styles from "./run-history.module.css";

function RunRow({ workflowId, run }: { workflowId: string; run: EnrollmentSummary }) {
  const t = useTranslations("runs.history");
  const recordLabel = useRecordLabel();
  return (
    <tr>
      <RecordCell run={run} />
      <td>
        <EnrollmentStatusBadge status={run.status} />
      </td>
      <td className="nowrap">
        <RelativeTime value={run.createdAt} />
      </td>
      <td className={`nowrap ${NARROW_HIDDEN}`}>
        <RelativeTime value={run.finishedAt} />
      </td>
      <RunErrorCell run={run} />
      <ViewRunCell workflowId={workflowId} runId={run.id} label={t("viewRunFor", { record: recordLabel(run) })} />
    </tr>
  );
}

/** A workflow's runs (enrollments), newest first, filtered by status in the URL (?status=). */
export function RunHistoryPage({ workflowId }: { workflowId: string }) {
  const t = useTranslations("runs.history");
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const status = parseStatusFilter(searchParams.get("status"));

  const { runs, items } = useRunPages(
    runHistoryKeys.list(workflowId, status),
    (cursor, signal) => runHistoryApi.list(workflowId, { status, cursor }, signal),
    (page) => page.enrollments,
  );
  const anyActive = items.some((e) => e.status === "ACTIVE");
  const missing = runs.error instanceof ApiRequestError && runs.error.status === 404;

  return (
    <div className={`page ${styles.page}`}>
      <header className={styles.header}>
        <div>
          <h2 className={styles.title}>{t("title")}</h2>
          <p className="page-description">{t("description")}</p>
        </div>
        <StatusFilter current={status} href={(value) => (value ? `${pathname}?status=${value}` : pathname)} />
      </header>

      <RunList
        runs={runs}
        items={items}
        notLoaded={
          missing ? (
            <EmptyState title={t("notFound.title")}>
              {t.rich("notFound.text", {
                id: workflowId,
                code: (chunks) => <code>{chunks}</code>,
                link: (chunks) => <Link href="/workflows">{chunks}</Link>,
              })}
            </EmptyState>
          ) : (
            <ErrorState title={t("loadFailed")} error={runs.error} onRetry={() => runs.refetch()} />
          )
        }
        empty={
          status ? (
            <EmptyState icon={<History size={28} />} title={t(`emptyFiltered.${STATUS_KEY[status]}.title`)}>
              {t.rich(`emptyFiltered.${STATUS_KEY[status]}.text`, {
                link: (chunks) => <Link href={`/workflows/${encodeURIComponent(workflowId)}/history`}>{chunks}</Link>,
              })}
            </EmptyState>
          ) : (
            <EmptyState icon={<History size={28} />} title={t("empty.title")}>
              {t("empty.text")}
            </EmptyState>
          )
        }
        caption={t(`caption.${status ? STATUS_KEY[status] : "all"}`)}
        columns={[
          t("columns.record"),
          t("columns.status"),
          t("columns.started"),
          { heading: t("columns.finished"), optional: true },
          t("columns.error"),
        ]}
        refreshing={anyActive}
      >
        {(run) => <RunRow key={run.id} workflowId={workflowId} run={run} />}
      </RunList>
    </div>
  );
}
