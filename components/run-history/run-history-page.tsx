"use client";

import { History } from "lucide-react";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { parseStatusFilter, runHistoryApi, runHistoryKeys, type EnrollmentStatus, type EnrollmentSummary } from "./run-history-api";
import { RecordCell, RunErrorCell, RunList, recordLabel, StatusFilter, useRunPages, ViewRunCell } from "./run-list";
import { EnrollmentStatusBadge } from "./status-badges";
import styles from "./run-history.module.css";

const EMPTY_FILTERED: Record<EnrollmentStatus, string> = {
  ACTIVE: "No run is in progress or waiting for a retry.",
  COMPLETED: "No run has completed yet.",
  FAILED: "No run has failed.",
  CANCELLED: "No run was cancelled or unenrolled.",
};

function RunRow({ workflowId, run }: { workflowId: string; run: EnrollmentSummary }) {
  return (
    <tr>
      <RecordCell run={run} />
      <td>
        <EnrollmentStatusBadge status={run.status} />
      </td>
      <td className="nowrap">
        <RelativeTime value={run.createdAt} />
      </td>
      <td className="nowrap">
        <RelativeTime value={run.finishedAt} />
      </td>
      <RunErrorCell run={run} />
      <ViewRunCell workflowId={workflowId} runId={run.id} label={`View run for ${recordLabel(run)}`} />
    </tr>
  );
}

/** A workflow's runs (enrollments), newest first, filtered by status in the URL (?status=). */
export function RunHistoryPage({ workflowId }: { workflowId: string }) {
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
          <h2 className={styles.title}>Run history</h2>
          <p className="page-description">Every record enrolled in this workflow, newest first, with each step and delivery attempt.</p>
        </div>
        <StatusFilter current={status} href={(value) => (value ? `${pathname}?status=${value}` : pathname)} />
      </header>

      <RunList
        runs={runs}
        items={items}
        notLoaded={
          missing ? (
            <EmptyState title="Workflow not found">
              No workflow has the id <code>{workflowId}</code>. <Link href="/workflows">Back to workflows</Link>
            </EmptyState>
          ) : (
            <ErrorState title="Could not load the run history" error={runs.error} onRetry={() => runs.refetch()} />
          )
        }
        empty={
          status ? (
            <EmptyState icon={<History size={28} />} title={`No ${status.toLowerCase()} runs`}>
              {EMPTY_FILTERED[status]} <Link href={`/workflows/${encodeURIComponent(workflowId)}/history`}>Show all runs</Link>
            </EmptyState>
          ) : (
            <EmptyState icon={<History size={28} />} title="No runs yet — enroll a record to see it here">
              Turn the workflow on and enroll a record; each enrollment appears here with its deliveries and their attempts.
            </EmptyState>
          )
        }
        caption={`Runs${status ? ` (${status.toLowerCase()})` : ""}`}
        columns={["Record", "Status", "Started", "Finished", "Error"]}
        shownNote={anyActive ? " · refreshing while runs are active" : ""}
      >
        {(run) => <RunRow key={run.id} workflowId={workflowId} run={run} />}
      </RunList>
    </div>
  );
}
