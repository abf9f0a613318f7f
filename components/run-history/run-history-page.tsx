"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { History } from "lucide-react";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { ApiRequestError } from "@/lib/client/api-fetch";
import {
  ACTIVE_REFRESH_MS,
  parseStatusFilter,
  runHistoryApi,
  runHistoryKeys,
  type EnrollmentStatus,
  type EnrollmentSummary,
} from "./run-history-api";
import { EnrollmentStatusBadge } from "./status-badges";
import styles from "./run-history.module.css";

const FILTERS: { value: EnrollmentStatus | undefined; label: string }[] = [
  { value: undefined, label: "All" },
  { value: "ACTIVE", label: "Active" },
  { value: "COMPLETED", label: "Completed" },
  { value: "FAILED", label: "Failed" },
  { value: "CANCELLED", label: "Cancelled" },
];

const EMPTY_FILTERED: Record<EnrollmentStatus, string> = {
  ACTIVE: "No run is in progress or waiting for a retry.",
  COMPLETED: "No run has completed yet.",
  FAILED: "No run has failed.",
  CANCELLED: "No run was cancelled or unenrolled.",
};

function StatusFilter({ current }: { current: EnrollmentStatus | undefined }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Filter runs by status" className={styles.filter}>
      {FILTERS.map((f) => (
        <Link
          key={f.label}
          href={f.value ? `${pathname}?status=${f.value}` : pathname}
          className={styles.filterOption}
          aria-current={f.value === current ? "page" : undefined}
          scroll={false}
          replace
        >
          {f.label}
        </Link>
      ))}
    </nav>
  );
}

export function recordLabel(run: Pick<EnrollmentSummary, "record" | "recordId">): string {
  return run.record?.displayName || `Record ${run.recordId}`;
}

function RunRow({ workflowId, run }: { workflowId: string; run: EnrollmentSummary }) {
  const name = recordLabel(run);
  return (
    <tr>
      <th scope="row" className="cell-primary">
        <Link href={`/records/${encodeURIComponent(String(run.recordId))}`} className="table-link">
          {name}
        </Link>
        {run.record?.objectType && <div className={styles.subtle}>{run.record.objectType}</div>}
      </th>
      <td>
        <EnrollmentStatusBadge status={run.status} />
      </td>
      <td className="nowrap">
        <RelativeTime value={run.createdAt} />
      </td>
      <td className="nowrap">
        <RelativeTime value={run.finishedAt} />
      </td>
      <td className={styles.errorCell}>
        {run.error ? (
          <span className={styles.errorSnippet} title={run.error}>
            {run.error}
          </span>
        ) : run.cancelledBy ? (
          <span className="muted">Cancelled by {run.cancelledBy}</span>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td className="cell-actions">
        <Link
          href={`/workflows/${encodeURIComponent(workflowId)}/history/${encodeURIComponent(run.id)}`}
          className="btn btn-secondary btn-sm"
          aria-label={`View run for ${name}`}
        >
          View run
        </Link>
      </td>
    </tr>
  );
}

/** A workflow's runs (enrollments), newest first, filtered by status in the URL (?status=). */
export function RunHistoryPage({ workflowId }: { workflowId: string }) {
  const searchParams = useSearchParams();
  const status = parseStatusFilter(searchParams.get("status"));

  const runs = useInfiniteQuery({
    queryKey: runHistoryKeys.list(workflowId, status),
    queryFn: ({ pageParam, signal }) => runHistoryApi.list(workflowId, { status, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: (query) =>
      query.state.data?.pages.some((p) => p.enrollments.some((e) => e.status === "ACTIVE")) ? ACTIVE_REFRESH_MS : false,
  });

  const items = runs.data?.pages.flatMap((p) => p.enrollments) ?? [];
  const anyActive = items.some((e) => e.status === "ACTIVE");
  const missing = runs.error instanceof ApiRequestError && runs.error.status === 404;

  return (
    <div className={`page ${styles.page}`}>
      <header className={styles.header}>
        <div>
          <h2 className={styles.title}>Run history</h2>
          <p className="page-description">Every record enrolled in this workflow, newest first, with each step and delivery attempt.</p>
        </div>
        <StatusFilter current={status} />
      </header>

      {runs.isPending ? (
        <LoadingState label="Loading runs…" />
      ) : !runs.data ? (
        missing ? (
          <EmptyState title="Workflow not found">
            No workflow has the id <code>{workflowId}</code>. <Link href="/workflows">Back to workflows</Link>
          </EmptyState>
        ) : (
          <ErrorState title="Could not load the run history" error={runs.error} onRetry={() => runs.refetch()} />
        )
      ) : items.length === 0 ? (
        status ? (
          <EmptyState icon={<History size={28} />} title={`No ${status.toLowerCase()} runs`}>
            {EMPTY_FILTERED[status]} <Link href={`/workflows/${encodeURIComponent(workflowId)}/history`}>Show all runs</Link>
          </EmptyState>
        ) : (
          <EmptyState icon={<History size={28} />} title="No runs yet — enroll a record to see it here">
            Turn the workflow on and enroll a record; each enrollment appears here with its deliveries and their attempts.
          </EmptyState>
        )
      ) : (
        <>
          <div className="table-card">
            <table className="table">
              <caption className="visually-hidden">Runs{status ? ` (${status.toLowerCase()})` : ""}</caption>
              <thead>
                <tr>
                  <th scope="col">Record</th>
                  <th scope="col">Status</th>
                  <th scope="col">Started</th>
                  <th scope="col">Finished</th>
                  <th scope="col">Error</th>
                  <th scope="col">
                    <span className="visually-hidden">Details</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((run) => (
                  <RunRow key={run.id} workflowId={workflowId} run={run} />
                ))}
              </tbody>
            </table>
          </div>
          <div className={`table-footer ${styles.footer}`}>
            <span className="muted" aria-live="polite">
              {items.length} {items.length === 1 ? "run" : "runs"} shown{anyActive ? " · refreshing while runs are active" : ""}
            </span>
            {runs.hasNextPage && (
              <Button size="sm" loading={runs.isFetchingNextPage} onClick={() => runs.fetchNextPage()}>
                Load more
              </Button>
            )}
          </div>
          {runs.isError && <ErrorState title="Could not refresh the runs" error={runs.error} onRetry={() => runs.refetch()} />}
        </>
      )}
    </div>
  );
}
