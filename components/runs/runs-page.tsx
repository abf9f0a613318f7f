"use client";

import { useQuery } from "@tanstack/react-query";
import { ListChecks } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import {
  parseStatusFilter,
  runHistoryApi,
  runHistoryKeys,
  type EnrollmentStatus,
  type RunSummary,
} from "@/components/run-history/run-history-api";
import { RecordCell, RunErrorCell, RunList, recordLabel, StatusFilter, useRunPages, ViewRunCell } from "@/components/run-history/run-list";
import { EnrollmentStatusBadge } from "@/components/run-history/status-badges";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { SelectField } from "@/components/ui/select-field";
import { formatDuration } from "@/components/webhook-exchange/exchange-view";
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
      <td className="nowrap mono">{took === null ? <span className="muted">running</span> : formatDuration(took)}</td>
      <RunErrorCell run={run} />
      <ViewRunCell workflowId={run.workflow.id} runId={run.id} label={`View run of ${recordLabel(run)} in ${run.workflow.name}`} />
    </tr>
  );
}

/** Runs of every workflow, newest first, filtered by status and workflow in the URL (?status=, ?workflow=). */
export function RunsPage() {
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
      <PageHeader title="Runs" description="Every run of every workflow, newest first: open one to see its steps and attempts." />
      <div className={styles.runsFilters}>
        <StatusFilter current={status} href={(value) => filterHref(pathname, value, workflowId)} />
        <SelectField
          label="Workflow"
          className={styles.workflowFilter}
          value={workflowId ?? ""}
          onChange={(event) => router.replace(filterHref(pathname, status, event.target.value || undefined), { scroll: false })}
          options={[
            { value: "", label: "All workflows" },
            ...(workflows.data ?? []).map((w) => ({ value: w.id, label: w.name })),
            // A workflow named in the address but not (yet) listed still shows as chosen.
            ...(workflowId && !workflows.data?.some((w) => w.id === workflowId) ? [{ value: workflowId, label: "This workflow" }] : []),
          ]}
        />
      </div>

      <RunList
        runs={runs}
        items={items}
        notLoaded={<ErrorState title="Could not load the runs" error={runs.error} onRetry={() => runs.refetch()} />}
        empty={
          <EmptyState icon={<ListChecks size={28} />} title={filtered ? "No runs match these filters" : "No runs yet"}>
            {filtered ? (
              <Link href={pathname}>Show all runs</Link>
            ) : (
              "Turn a workflow on and enroll a record; each run appears here with its status and time."
            )}
          </EmptyState>
        }
        caption="Runs"
        columns={["Status", "Workflow", "Record", "Started", "Duration", "Error"]}
      >
        {(run) => <RunRow key={run.id} run={run} />}
      </RunList>
    </div>
  );
}
