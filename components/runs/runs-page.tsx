"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { ListChecks } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { recordLabel } from "@/components/run-history/run-history-page";
import {
  ACTIVE_REFRESH_MS,
  parseStatusFilter,
  runHistoryApi,
  runHistoryKeys,
  type EnrollmentStatus,
  type RunSummary,
} from "@/components/run-history/run-history-api";
import { EnrollmentStatusBadge } from "@/components/run-history/status-badges";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { SelectField } from "@/components/ui/select-field";
import { formatDuration } from "@/components/webhook-exchange/exchange-view";
import { queryKeys } from "@/lib/client/query-keys";
import { workflowsApi } from "@/lib/client/workflows-api";
import styles from "@/components/run-history/run-history.module.css";

const FILTERS: { value: EnrollmentStatus | undefined; label: string }[] = [
  { value: undefined, label: "All" },
  { value: "ACTIVE", label: "Active" },
  { value: "COMPLETED", label: "Completed" },
  { value: "FAILED", label: "Failed" },
  { value: "CANCELLED", label: "Cancelled" },
];

/** The page's address with one filter changed (the other kept). */
function filterHref(pathname: string, status: EnrollmentStatus | undefined, workflowId: string | undefined) {
  const query = new URLSearchParams();
  if (status) query.set("status", status);
  if (workflowId) query.set("workflow", workflowId);
  const text = query.toString();
  return text ? `${pathname}?${text}` : pathname;
}

function RunRow({ run }: { run: RunSummary }) {
  const name = recordLabel(run);
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
      <th scope="row" className="cell-primary">
        <Link href={`/records/${encodeURIComponent(String(run.recordId))}`} className="table-link">
          {name}
        </Link>
        {run.record?.objectType && <div className={styles.subtle}>{run.record.objectType}</div>}
      </th>
      <td className="nowrap">
        <RelativeTime value={run.createdAt} />
      </td>
      <td className="nowrap mono">{took === null ? <span className="muted">running</span> : formatDuration(took)}</td>
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
          href={`/workflows/${encodeURIComponent(run.workflow.id)}/history/${encodeURIComponent(run.id)}`}
          className="btn btn-secondary btn-sm"
          aria-label={`View run of ${name} in ${run.workflow.name}`}
        >
          View run
        </Link>
      </td>
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

  const runs = useInfiniteQuery({
    queryKey: runHistoryKeys.runs(status, workflowId),
    queryFn: ({ pageParam, signal }) => runHistoryApi.runs({ status, workflowId, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: (query) =>
      query.state.data?.pages.some((p) => p.runs.some((r) => r.status === "ACTIVE")) ? ACTIVE_REFRESH_MS : false,
  });
  const items = runs.data?.pages.flatMap((p) => p.runs) ?? [];
  const filtered = status !== undefined || workflowId !== undefined;

  return (
    <div className={`page ${styles.page}`}>
      <PageHeader title="Runs" description="Every run of every workflow, newest first: open one to see its steps and attempts." />
      <div className={styles.runsFilters}>
        <nav aria-label="Filter runs by status" className={styles.filter}>
          {FILTERS.map((f) => (
            <Link
              key={f.label}
              href={filterHref(pathname, f.value, workflowId)}
              className={styles.filterOption}
              aria-current={f.value === status ? "page" : undefined}
              scroll={false}
              replace
            >
              {f.label}
            </Link>
          ))}
        </nav>
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

      {runs.isPending ? (
        <LoadingState label="Loading runs…" />
      ) : !runs.data ? (
        <ErrorState title="Could not load the runs" error={runs.error} onRetry={() => runs.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState icon={<ListChecks size={28} />} title={filtered ? "No runs match these filters" : "No runs yet"}>
          {filtered ? (
            <Link href={pathname}>Show all runs</Link>
          ) : (
            "Turn a workflow on and enroll a record; each run appears here with its status and time."
          )}
        </EmptyState>
      ) : (
        <>
          <div className="table-card">
            <table className="table">
              <caption className="visually-hidden">Runs</caption>
              <thead>
                <tr>
                  <th scope="col">Status</th>
                  <th scope="col">Workflow</th>
                  <th scope="col">Record</th>
                  <th scope="col">Started</th>
                  <th scope="col">Duration</th>
                  <th scope="col">Error</th>
                  <th scope="col">
                    <span className="visually-hidden">Details</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((run) => (
                  <RunRow key={run.id} run={run} />
                ))}
              </tbody>
            </table>
          </div>
          <div className={`table-footer ${styles.footer}`}>
            <span className="muted" aria-live="polite">
              {items.length} {items.length === 1 ? "run" : "runs"} shown
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
