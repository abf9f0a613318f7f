"use client";

import { useQuery } from "@tanstack/react-query";
import { ListChecks } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import {
  parseStatusFilter,
  runHistoryApi,
  runHistoryKeys,
  type EnrollmentStatus,
  type RunSummary,
} from "@/components/run-history/run-history-api";
import {
  NARROW_HIDDEN,
  RecordCell,
  RunErrorCell,
  RunList,
  StatusFilter,
  useRecordLabel,
  useRunPages,
  ViewRunCell,
} from "@/components/run-history/run-list";
import { EnrollmentStatusBadge } from "@/components/run-history/status-badges";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { SelectField } from "@/components/ui/select-field";
import { useFormat } from "@/lib/client/use-format";
import { queryKeys } from "@/lib/client/query-keys";
import { workflowsApi } from "@/lib/client/workflows-api";
import styles from "@/components/run-history/run-history.module.css";

/** The page's address with one filter changed (the other kept). */
function filterHref(pathname: string, status: EnrollmentStatus | undefined, workflowId: string | undefined) {
  const query = new URLSearchParams();
  if (status) query.set("status", status);
  if (workflowId) query.set("workflow", workflowId);
  const text = query.toString();
  return text ? `${pathname}?${text}` : pathname;
}

function RunRow({ run }: { run: RunSummary }) {
  const t = useTranslations("runs.page");
  const format = useFormat();
  const recordLabel = useRecordLabel();
  const took = run.finishedAt ? new Date(run.finishedAt).getTime() - new Date(run.createdAt).getTime() : null;
  return (
    <tr>
      <td>
        <EnrollmentStatusBadge status={run.status} />
      </td>
      <td>
        <Link href={`/workflows/${encodeURIComponent(run.workflow.id)}`} className="table-link">
          {run.workflow.name}
        </Link>
      </td>
      <RecordCell run={run} />
      <td className="nowrap">
        <RelativeTime value={run.createdAt} />
      </td>
      <td className={`nowrap mono ${NARROW_HIDDEN}`}>
        {took === null ? <span className="muted">{t("running")}</span> : format.duration(took)}
      </td>
      <RunErrorCell run={run} />
      <ViewRunCell
        workflowId={run.workflow.id}
        runId={run.id}
        label={t("viewRunOf", { record: recordLabel(run), workflowName: run.workflow.name })}
      />
    </tr>
  );
}

/** Runs of every workflow, newest first, filtered by status and workflow in the URL (?status=, ?workflow=). */
export function RunsPage() {
  const t = useTranslations("runs.page");
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const status = parseStatusFilter(searchParams.get("status"));
  const workflowId = searchParams.get("workflow") || undefined;
  const workflows = useQuery({ queryKey: queryKeys.workflows, queryFn: ({ signal }) => workflowsApi.list(signal) });

  const { runs, items } = useRunPages(
    runHistoryKeys.runs(status, workflowId),
    (cursor, signal) => runHistoryApi.runs({ status, workflowId, cursor }, signal),
    (page) => page.runs,
  );
  const filtered = status !== undefined || workflowId !== undefined;

  return (
    <div className={`page ${styles.page}`}>
      <PageHeader title={t("title")} description={t("description")} />
      <div className={styles.runsFilters}>
        <StatusFilter current={status} href={(value) => filterHref(pathname, value, workflowId)} />
        <SelectField
          label={t("workflow")}
          className={styles.workflowFilter}
          value={workflowId ?? ""}
          onChange={(event) => router.replace(filterHref(pathname, status, event.target.value || undefined), { scroll: false })}
          options={[
            { value: "", label: t("allWorkflows") },
            ...(workflows.data ?? []).map((w) => ({ value: w.id, label: w.name })),
            // A workflow named in the address but not (yet) listed still shows as chosen.
            ...(workflowId && !workflows.data?.some((w) => w.id === workflowId) ? [{ value: workflowId, label: t("thisWorkflow") }] : []),
          ]}
        />
      </div>

      <RunList
        runs={runs}
        items={items}
        notLoaded={<ErrorState title={t("loadFailed")} error={runs.error} onRetry={() => runs.refetch()} />}
        empty={
          <EmptyState icon={<ListChecks size={28} />} title={filtered ? t("emptyFiltered") : t("empty")}>
            {filtered ? <Link href={pathname}>{t("showAll")}</Link> : t("emptyText")}
          </EmptyState>
        }
        caption={t("caption")}
        columns={[
          t("columns.status"),
          t("columns.workflow"),
          t("columns.record"),
          t("columns.started"),
          { heading: t("columns.duration"), optional: true },
          t("columns.error"),
        ]}
      >
        {(run) => <RunRow key={run.id} run={run} />}
      </RunList>
    </div>
  );
}
