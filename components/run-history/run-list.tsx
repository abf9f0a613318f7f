"use client";

import { type QueryKey, useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useObjectTypeLabel } from "@/components/crm/use-crm-labels";
import type { ObjectType } from "@/lib/crm/object-types";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { useRunErrorText } from "@/lib/client/run-error-text";
import { actorParams } from "./actor-params";
import { ACTIVE_REFRESH_MS, type EnrollmentStatus, type EnrollmentSummary } from "./run-history-api";
import styles from "./run-history.module.css";

// The parts of a list of runs that the Runs page (components/runs/runs-page.tsx, every workflow's
// runs) and a workflow's run history (run-history-page.tsx) share: the status filter, the cells
// of a run's row, and the list itself with its paging.

const FILTERS = [
  { value: undefined, key: "all" },
  { value: "ACTIVE", key: "active" },
  { value: "COMPLETED", key: "completed" },
  { value: "FAILED", key: "failed" },
  { value: "CANCELLED", key: "cancelled" },
] as const satisfies readonly { value: EnrollmentStatus | undefined; key: string }[];

/** A status's key in the catalogs. */
export const STATUS_KEY = {
  ACTIVE: "active",
  COMPLETED: "completed",
  FAILED: "failed",
  CANCELLED: "cancelled",
} as const satisfies Record<EnrollmentStatus, string>;

/** All, Active, Completed, Failed, Cancelled: links to the page's address for each status (`href`), the current one marked. */
export function StatusFilter({
  current,
  href,
}: {
  current: EnrollmentStatus | undefined;
  href: (status: EnrollmentStatus | undefined) => string;
}) {
  const t = useTranslations("runs.list");
  return (
    <nav aria-label={t("filterLabel")} className={styles.filter}>
      {FILTERS.map((f) => (
        <Link
          key={f.key}
          href={href(f.value)}
          className={styles.filterOption}
          aria-current={f.value === current ? "page" : undefined}
          scroll={false}
          replace
        >
          {t(`filters.${f.key}`)}
        </Link>
      ))}
    </nav>
  );
}

/** A run's record by its name, else "Record 12". */
export function useRecordLabel(): (run: Pick<EnrollmentSummary, "record" | "recordId">) => string {
  const t = useTranslations("runs.list");
  return (run) => run.record?.displayName || t("unnamedRecord", { id: run.recordId });
}

/** A run's row header: its record, linked, with the record's type under it. */
export function RecordCell({ run }: { run: Pick<EnrollmentSummary, "record" | "recordId"> }) {
  const recordLabel = useRecordLabel();
  const objectTypeLabel = useObjectTypeLabel();
  return (
    <th scope="row" className="cell-primary">
      <Link href={`/records/${encodeURIComponent(String(run.recordId))}`} className="table-link">
        {recordLabel(run)}
      </Link>
      {run.record?.objectType && <div className={styles.subtle}>{objectTypeLabel(run.record.objectType as ObjectType).singular}</div>}
    </th>
  );
}

/** Why a run failed, or who cancelled it, or a dash: in the user's language. */
export function RunErrorCell({
  run,
}: {
  run: Pick<EnrollmentSummary, "error" | "errorKey" | "errorParams" | "cancelledBy" | "cancelledByActor">;
}) {
  const t = useTranslations("runs.list");
  const error = useRunErrorText()(run);
  return (
    <td className={styles.errorCell}>
      {error ? (
        <span className={styles.errorSnippet} title={error}>
          {error}
        </span>
      ) : run.cancelledBy ? (
        <span className="muted">{t("cancelledBy", actorParams(run.cancelledByActor, run.cancelledBy))}</span>
      ) : (
        <span className="muted">—</span>
      )}
    </td>
  );
}

/** The row's last cell: a link to the run's page, named by `label` for screen readers. */
export function ViewRunCell({ workflowId, runId, label }: { workflowId: string; runId: string; label: string }) {
  const t = useTranslations("runs.list");
  return (
    <td className="cell-actions">
      <Link
        href={`/workflows/${encodeURIComponent(workflowId)}/history/${encodeURIComponent(runId)}`}
        className="btn btn-secondary btn-sm"
        aria-label={label}
      >
        {t("viewRun")}
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
  /** The columns' headings, but for the last (the View run links'); an optional one is left out of a narrow table (its cells carry NARROW_HIDDEN). */
  columns: (string | { heading: string; optional: true })[];
  /** A run's row (a keyed <tr>). */
  children: (run: Run) => ReactNode;
  /** "N runs shown" says the list refreshes while runs are active. */
  refreshing?: boolean;
};

/** The class of a cell of an optional column: left out when the table is narrow (a 1024 px window), so the View run links stay in view. */
export const NARROW_HIDDEN = "col-optional";

/** A list of runs: loading, the error, the empty state, or the table, with Load more under it while there are older runs. */
export function RunList<Run>({ runs, items, notLoaded, empty, caption, columns, children, refreshing = false }: RunListProps<Run>) {
  const t = useTranslations("runs.list");
  if (runs.isPending) return <LoadingState label={t("loading")} />;
  if (!runs.data) return notLoaded;
  if (items.length === 0) return empty;
  return (
    <>
      <div className={`table-card fits-narrow ${styles.tableCard}`}>
        <table className="table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) =>
                typeof column === "string" ? (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ) : (
                  <th key={column.heading} scope="col" className={NARROW_HIDDEN}>
                    {column.heading}
                  </th>
                ),
              )}
              <th scope="col">
                <span className="visually-hidden">{t("details")}</span>
              </th>
            </tr>
          </thead>
          <tbody>{items.map((run) => children(run))}</tbody>
        </table>
      </div>
      <div className={`table-footer ${styles.footer}`}>
        <span className="muted" aria-live="polite">
          {t("shown", { count: items.length, refreshing: String(refreshing) })}
        </span>
        {runs.hasNextPage && (
          <Button size="sm" loading={runs.isFetchingNextPage} onClick={() => runs.fetchNextPage()}>
            {t("loadMore")}
          </Button>
        )}
      </div>
      {runs.isError && <ErrorState title={t("refreshFailed")} error={runs.error} onRetry={() => runs.refetch()} />}
    </>
  );
}
