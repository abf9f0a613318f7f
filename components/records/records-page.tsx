"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Building2, Handshake, LifeBuoy, Search, Users, X } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ComponentType } from "react";
import { Tabs } from "radix-ui";
import { usePropertyDefinitions } from "@/components/actions/use-property-definitions";
import { useObjectTypeLabel } from "@/components/crm/use-crm-labels";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { useFormat } from "@/lib/client/use-format";
import { queryKeys } from "@/lib/client/query-keys";
import { recordsApi } from "@/lib/client/records-api";
import { useErrorText } from "@/lib/client/error-text";
import { OBJECT_TYPES, objectTypeSchema, type ObjectType } from "@/lib/crm/object-types";
import { nameColumnHeader, type RecordColumn, recordColumns } from "./record-columns";
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
  const t = useTranslations("records.page");
  const objectTypeLabel = useObjectTypeLabel();
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

  return (
    <div className="page">
      <PageHeader title={t("title")} description={t("description")} />

      <Tabs.Root value={objectType} onValueChange={selectType} activationMode="manual">
        <div className={styles.toolbar}>
          <Tabs.List className={styles.tabsList} aria-label={t("objectType")}>
            {OBJECT_TYPES.map((type) => {
              const Icon = TYPE_ICONS[type];
              return (
                <Tabs.Trigger key={type} value={type} className={styles.tab}>
                  <Icon size={16} aria-hidden />
                  {objectTypeLabel(type).plural}
                </Tabs.Trigger>
              );
            })}
          </Tabs.List>

          {/* biome-ignore lint/a11y/useSemanticElements: a form with role="search" is the landmark every screen reader announces; the <search> element is not yet exposed by all of them. */}
          <form role="search" className="search-box" onSubmit={(e) => e.preventDefault()}>
            <label htmlFor="records-search" className="visually-hidden">
              {t("searchLabel", { type: objectType })}
            </label>
            <Search size={16} aria-hidden className="search-icon" />
            <input
              id="records-search"
              type="search"
              className="input search-input"
              placeholder={t("searchPlaceholder", { withEmail: String(objectType === "contact") })}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              maxLength={200}
              autoComplete="off"
            />
            {search && (
              <button type="button" className="icon-btn search-clear" aria-label={t("clearSearch")} onClick={() => setSearch("")}>
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

/** A column's cell classes: numbers right-aligned, no wrapping where asked (body cells), left out of a narrow table when optional. */
const cellClass = (column: RecordColumn, body: boolean) =>
  [column.numeric && "num", body && column.nowrap && "nowrap", column.optional && "col-optional"].filter(Boolean).join(" ") || undefined;

function RecordsTable({ objectType, q, onClearSearch }: { objectType: ObjectType; q: string; onClearSearch: () => void }) {
  const errorText = useErrorText();
  const records = useInfiniteQuery({
    queryKey: queryKeys.recordPages(objectType, q),
    queryFn: ({ pageParam, signal }) => recordsApi.list({ objectType, q: q || undefined, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const t = useTranslations("records");
  const format = useFormat();
  // Option labels (stages, priorities) in the user's language.
  const definitions = usePropertyDefinitions(objectType).data;
  const columns = recordColumns[objectType];
  const Icon = TYPE_ICONS[objectType];
  const type = objectType;

  if (records.isPending) return <LoadingState label={t("table.loading", { type })} />;
  // A failed "load more" also puts the query in error, but keeps the pages already shown.
  if (!records.data) return <ErrorState title={t("table.loadFailed", { type })} error={records.error} onRetry={() => records.refetch()} />;

  const rows = records.data.pages.flatMap((page) => page.records);
  if (rows.length === 0) {
    return q ? (
      <EmptyState
        icon={<Search size={28} />}
        title={t("table.noMatch.title", { type, q })}
        action={<Button onClick={onClearSearch}>{t("page.clearSearch")}</Button>}
      >
        {t("table.noMatch.text", { withEmail: String(type === "contact") })}
      </EmptyState>
    ) : (
      <EmptyState icon={<Icon size={28} />} title={t("table.empty.title", { type })}>
        {t.rich("table.empty.text", { code: (chunks) => <code>{chunks}</code> })}
      </EmptyState>
    );
  }

  return (
    <>
      <div className="table-card fits-narrow">
        <table className="table">
          <caption className="visually-hidden">{t("table.caption", { type, q, hasQuery: String(Boolean(q)) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t(`columns.${nameColumnHeader[objectType]}`)}</th>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={cellClass(column, false)}>
                  {t(`columns.${column.header}`)}
                </th>
              ))}
              <th scope="col">{t("table.lastUpdated")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((record) => (
              <tr key={record.id}>
                <th scope="row" className="cell-primary">
                  <Link href={`/records/${record.id}`} className="table-link">
                    {record.displayName || t("unnamed", { type, id: record.id })}
                  </Link>
                </th>
                {columns.map((column) => (
                  <td key={column.key} className={cellClass(column, true)}>
                    {column.cell(record, format, definitions)}
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
          {t("table.showing", { type, count: rows.length, allLoaded: String(!records.hasNextPage && rows.length > PAGE_SIZE) })}
        </span>
        {records.hasNextPage && (
          <Button onClick={() => records.fetchNextPage()} loading={records.isFetchingNextPage}>
            {t("table.loadMore")}
          </Button>
        )}
        {records.isFetchNextPageError && (
          <span className="field-error" role="alert">
            {t("table.loadMoreFailed", { reason: errorText(records.error) })}
          </span>
        )}
      </div>
    </>
  );
}
