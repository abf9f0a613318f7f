"use client";

import { type QueryKey, useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { ACTIVE_REFRESH_MS, type EnrollmentStatus, type EnrollmentSummary } from "./run-history-api";
import styles from "./run-history.module.css";

// The parts of a list of runs that the Runs page (components/runs/runs-page.tsx, every workflow's
// runs) and a workflow's run history (run-history-page.tsx) share: the status filter, the cells
// of a run's row, and the list itself with its paging.

const FILTERS: { value: EnrollmentStatus | undefined; label: string }[] = [
  { value: undefined, label: "All" },
  { value: "ACTIVE", label: "Active" },
  { value: "COMPLETED", label: "Completed" },
  { value: "FAILED", label: "Failed" },
  { value: "CANCELLED", label: "Cancelled" },
];

/** All, Active, Completed, Failed, Cancelled: links to the page's address for each status (`href`), the current one marked. */
export function StatusFilter({
  current,
  href,
}: {
  current: EnrollmentStatus | undefined;
  href: (status: EnrollmentStatus | undefined) => string;
}) {
  return (
    <nav aria-label="Filter runs by status" className={styles.filter}>
      {FILTERS.map((f) => (
        <Link
          key={f.label}
          href={href(f.value)}
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

/** A run's row header: its record, linked, with the record's type under it. */
export function RecordCell({ run }: { run: Pick<EnrollmentSummary, "record" | "recordId"> }) {
  return (
    <th scope="row" className="cell-primary">
      <Link href={`/records/${encodeURIComponent(String(run.recordId))}`} className="table-link">
        {recordLabel(run)}
      </Link>
      {run.record?.objectType && <div className={styles.subtle}>{run.record.objectType}</div>}
    </th>
  );
}

/** Why a run failed, or who cancelled it, or a dash. */
export function RunErrorCell({ run }: { run: Pick<EnrollmentSummary, "error" | "cancelledBy"> }) {
  return (
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
  );
}

/** The row's last cell: a link to the run's page, named by `label` for screen readers. */
export function ViewRunCell({ workflowId, runId, label }: { workflowId: string; runId: string; label: string }) {
  return (
    <td className="cell-actions">
      <Link
        href={`/workflows/${encodeURIComponent(workflowId)}/history/${encodeURIComponent(runId)}`}
        className="btn btn-secondary btn-sm"
        aria-label={label}
      >
        View run
      </Link>
    </td>
  );
}

/** Pages of runs, newest first, read again every ACTIVE_REFRESH_MS while one of them is active. */
export function useRunPages<Page extends { nextCursor: string | null }, Run extends { status: EnrollmentStatus }>(
  queryKey: QueryKey,
  fetchPage: (cursor: string | null, signal: AbortSignal) => Promise<Page>,
  runsOf: (page: Page) => Run[],
) {
  const runs = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: (query) =>
      query.state.data?.pages.some((p) => runsOf(p).some((r) => r.status === "ACTIVE")) ? ACTIVE_REFRESH_MS : false,
  });
  return { runs, items: runs.data?.pages.flatMap(runsOf) ?? [] };
}

type RunListProps<Run> = {
  runs: ReturnType<typeof useRunPages>["runs"];
  items: Run[];
  /** Shown when the first page could not be read. */
  notLoaded: ReactNode;
  /** Shown when there is no run (under the filters). */
  empty: ReactNode;
  /** Names the table for screen readers. */
  caption: string;
  /** The columns' headings, but for the last (the View run links'). */
  columns: string[];
  /** A run's row (a keyed <tr>). */
  children: (run: Run) => ReactNode;
  /** Said after "N runs shown". */
  shownNote?: string;
};

/** A list of runs: loading, the error, the empty state, or the table, with Load more under it while there are older runs. */
export function RunList<Run>({ runs, items, notLoaded, empty, caption, columns, children, shownNote = "" }: RunListProps<Run>) {
  if (runs.isPending) return <LoadingState label="Loading runs…" />;
  if (!runs.data) return notLoaded;
  if (items.length === 0) return empty;
  return (
    <>
      <div className="table-card">
        <table className="table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Details</span>
              </th>
            </tr>
          </thead>
          <tbody>{items.map((run) => children(run))}</tbody>
        </table>
      </div>
      <div className={`table-footer ${styles.footer}`}>
        <span className="muted" aria-live="polite">
          {items.length} {items.length === 1 ? "run" : "runs"} shown{shownNote}
        </span>
        {runs.hasNextPage && (
          <Button size="sm" loading={runs.isFetchingNextPage} onClick={() => runs.fetchNextPage()}>
            Load more
          </Button>
        )}
      </div>
      {runs.isError && <ErrorState title="Could not refresh the runs" error={runs.error} onRetry={() => runs.refetch()} />}
    </>
  );
}
