import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ErrorState } from "./error-state";
import { LoadingState } from "./loading-state";

type QueryTableProps<T> = {
  query: UseQueryResult<T[]>;
  loadingLabel: string;
  loadingRows?: number;
  errorTitle: string;
  /** Shown instead of the table when the list is empty. */
  empty: ReactNode;
  /** Names the table for screen readers. */
  caption: string;
  /** The header row's cells. */
  columns: ReactNode;
  /** An item's row (a keyed <tr>). */
  children: (item: T) => ReactNode;
};

/** A list page's body: placeholder rows while loading, the error with a retry, the empty state, or the table. */
export function QueryTable<T>({ query, loadingLabel, loadingRows, errorTitle, empty, caption, columns, children }: QueryTableProps<T>) {
  if (query.isPending) return <LoadingState label={loadingLabel} rows={loadingRows} />;
  if (query.isError) return <ErrorState title={errorTitle} error={query.error} onRetry={() => query.refetch()} />;
  if (query.data.length === 0) return empty;
  return (
    <div className="table-card">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>{columns}</tr>
        </thead>
        <tbody>{query.data.map((item) => children(item))}</tbody>
      </table>
    </div>
  );
}
