"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Building2, Handshake, LifeBuoy, Search, Users, X } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState, type ComponentType } from "react";
import { Tabs } from "radix-ui";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { errorMessage } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import { recordsApi } from "@/lib/client/records-api";
import { OBJECT_TYPE_LABELS, OBJECT_TYPES, objectTypeSchema, type ObjectType } from "@/lib/crm/object-types";
import { nameColumnHeader, recordColumns } from "./record-columns";
import { useDebouncedValue } from "./use-debounced-value";
import styles from "./records-page.module.css";

const PAGE_SIZE = 50;

const TYPE_ICONS: Record<ObjectType, ComponentType<{ size?: number; "aria-hidden"?: boolean }>> = {
  contact: Users,
  company: Building2,
  deal: Handshake,
  ticket: LifeBuoy,
};

export function RecordsPage() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const parsedType = objectTypeSchema.safeParse(searchParams.get("type"));
  const objectType: ObjectType = parsedType.success ? parsedType.data : "contact";
  const urlQuery = searchParams.get("q") ?? "";

  const [search, setSearch] = useState(urlQuery);
  const debouncedSearch = useDebouncedValue(search.trim(), 300);

  // What this page last wrote to the URL: a URL change that matches it is an echo of typing,
  // and must not overwrite characters typed since.
  const lastWrittenQuery = useRef(urlQuery);

  // Keep the box in step with the URL when it changes from outside (back/forward).
  useEffect(() => {
    if (urlQuery === lastWrittenQuery.current) return;
    lastWrittenQuery.current = urlQuery;
    setSearch(urlQuery);
  }, [urlQuery]);

  // The URL holds the search so it survives reloads and can be shared; replace, so typing does not fill history.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a settled search writes the URL; the URL, type and router it reads must not re-run it.
  useEffect(() => {
    if (debouncedSearch === urlQuery) return;
    const params = new URLSearchParams(searchParams.toString());
    if (debouncedSearch) params.set("q", debouncedSearch);
    else params.delete("q");
    params.set("type", objectType);
    lastWrittenQuery.current = debouncedSearch;
    router.replace(`${pathname}?${params.toString()}`, { scroll: false });
  }, [debouncedSearch]);

  function selectType(next: string) {
    lastWrittenQuery.current = "";
    setSearch("");
    router.push(`${pathname}?type=${encodeURIComponent(next)}`, { scroll: false });
  }

  const labels = OBJECT_TYPE_LABELS[objectType];
  const searchHint = objectType === "contact" ? "name or email" : "name";

  return (
    <div className="page">
      <PageHeader title="Records" description="The CRM records workflows enroll, with every property's history." />

      <Tabs.Root value={objectType} onValueChange={selectType} activationMode="manual">
        <div className={styles.toolbar}>
          <Tabs.List className={styles.tabsList} aria-label="Object type">
            {OBJECT_TYPES.map((type) => {
              const Icon = TYPE_ICONS[type];
              return (
                <Tabs.Trigger key={type} value={type} className={styles.tab}>
                  <Icon size={16} aria-hidden />
                  {OBJECT_TYPE_LABELS[type].plural}
                </Tabs.Trigger>
              );
            })}
          </Tabs.List>

          {/* biome-ignore lint/a11y/useSemanticElements: a form with role="search" is the landmark every screen reader announces; the <search> element is not yet exposed by all of them. */}
          <form role="search" className="search-box" onSubmit={(e) => e.preventDefault()}>
            <label htmlFor="records-search" className="visually-hidden">
              Search {labels.plural.toLowerCase()} by {searchHint}
            </label>
            <Search size={16} aria-hidden className="search-icon" />
            <input
              id="records-search"
              type="search"
              className="input search-input"
              placeholder={`Search by ${searchHint}`}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              maxLength={200}
              autoComplete="off"
            />
            {search && (
              <button type="button" className="icon-btn search-clear" aria-label="Clear search" onClick={() => setSearch("")}>
                <X size={14} aria-hidden />
              </button>
            )}
          </form>
        </div>

        {OBJECT_TYPES.map((type) => (
          <Tabs.Content key={type} value={type} className={styles.tabsContent}>
            {/* Rendered from the URL, not the box, so results always match what the address says. */}
            <RecordsTable objectType={type} q={urlQuery} onClearSearch={() => setSearch("")} />
          </Tabs.Content>
        ))}
      </Tabs.Root>
    </div>
  );
}

function RecordsTable({ objectType, q, onClearSearch }: { objectType: ObjectType; q: string; onClearSearch: () => void }) {
  const records = useInfiniteQuery({
    queryKey: queryKeys.recordPages(objectType, q),
    queryFn: ({ pageParam, signal }) => recordsApi.list({ objectType, q: q || undefined, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const labels = OBJECT_TYPE_LABELS[objectType];
  const columns = recordColumns[objectType];
  const Icon = TYPE_ICONS[objectType];

  if (records.isPending) return <LoadingState label={`Loading ${labels.plural.toLowerCase()}…`} />;
  // A failed "load more" also puts the query in error, but keeps the pages already shown.
  if (!records.data)
    return <ErrorState title={`Could not load ${labels.plural.toLowerCase()}`} error={records.error} onRetry={() => records.refetch()} />;

  const rows = records.data.pages.flatMap((page) => page.records);
  if (rows.length === 0) {
    return q ? (
      <EmptyState
        icon={<Search size={28} />}
        title={`No ${labels.plural.toLowerCase()} match “${q}”`}
        action={<Button onClick={onClearSearch}>Clear search</Button>}
      >
        Check the spelling, or search by part of the {objectType === "contact" ? "name or email address" : "name"}.
      </EmptyState>
    ) : (
      <EmptyState icon={<Icon size={28} />} title={`No ${labels.plural.toLowerCase()} yet`}>
        Records are created through the CRM import or the seed script (<code>npm run db:seed</code>).
      </EmptyState>
    );
  }

  return (
    <>
      <div className="table-card">
        <table className="table">
          <caption className="visually-hidden">
            {labels.plural}
            {q ? ` matching “${q}”` : ""}
          </caption>
          <thead>
            <tr>
              <th scope="col">{nameColumnHeader[objectType]}</th>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={column.numeric ? "num" : undefined}>
                  {column.header}
                </th>
              ))}
              <th scope="col">Last updated</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((record) => (
              <tr key={record.id}>
                <th scope="row" className="cell-primary">
                  <Link href={`/records/${record.id}`} className="table-link">
                    {record.displayName || `${labels.singular} ${record.id}`}
                  </Link>
                </th>
                {columns.map((column) => (
                  <td
                    key={column.key}
                    className={[column.numeric ? "num" : "", column.nowrap ? "nowrap" : ""].join(" ").trim() || undefined}
                  >
                    {column.cell(record)}
                  </td>
                ))}
                <td className="nowrap">
                  <RelativeTime value={record.updatedAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-footer">
        <span className="muted" aria-live="polite">
          Showing {rows.length} {rows.length === 1 ? labels.singular.toLowerCase() : labels.plural.toLowerCase()}
          {records.hasNextPage ? "" : rows.length > PAGE_SIZE ? " (all loaded)" : ""}
        </span>
        {records.hasNextPage && (
          <Button onClick={() => records.fetchNextPage()} loading={records.isFetchingNextPage}>
            Load more
          </Button>
        )}
        {records.isFetchNextPageError && (
          <span className="field-error" role="alert">
            Could not load more: {errorMessage(records.error)}
          </span>
        )}
      </div>
    </>
  );
}
