"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useObjectTypeLabel } from "@/components/crm/use-crm-labels";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { useFormat } from "@/lib/client/use-format";
import { queryKeys } from "@/lib/client/query-keys";
import { recordsApi } from "@/lib/client/records-api";
import type { RecordDetail } from "@/lib/client/records-api";
import { ContactProfileSections } from "./contact-profile-sections";
import { PropertyHistoryTable } from "./property-history-table";
import styles from "./record-detail.module.css";

export function RecordDetailPage({ id }: { id: string }) {
  const t = useTranslations("records");
  const format = useFormat();
  const objectTypeLabel = useObjectTypeLabel();
  const record = useQuery({ queryKey: queryKeys.record(id), queryFn: ({ signal }) => recordsApi.get(id, signal) });

  if (record.isPending) {
    return (
      <div className="page">
        <BackLink />
        <LoadingState label={t("detail.loading")} />
      </div>
    );
  }

  if (record.isError) {
    const missing = record.error instanceof ApiRequestError && (record.error.status === 404 || record.error.status === 400);
    return (
      <div className="page">
        <BackLink />
        {missing ? (
          <EmptyState
            title={t("detail.notFound.title")}
            action={
              <Link href="/records" className={buttonClassName("primary")}>
                {t("detail.notFound.back")}
              </Link>
            }
          >
            {t.rich("detail.notFound.text", { id, code: (chunks) => <code>{chunks}</code> })}
          </EmptyState>
        ) : (
          <ErrorState title={t("detail.loadFailed")} error={record.error} onRetry={() => record.refetch()} />
        )}
      </div>
    );
  }

  const data = record.data;
  return (
    <div className="page">
      <BackLink record={data} />
      <PageHeader
        eyebrow={
          <span className="meta-row">
            <span>{objectTypeLabel(data.objectType).singular}</span>
            <span aria-hidden>·</span>
            <span>{t.rich("detail.id", { id: data.id, mono: (chunks) => <span className="mono">{chunks}</span> })}</span>
          </span>
        }
        title={data.displayName || t("unnamed", { type: data.objectType, id: data.id })}
        description={t("detail.dates", { created: format.dateTime(data.createdAt), updated: format.dateTime(data.updatedAt) })}
      />

      <div className={styles.layout}>
        <div className={styles.main}>
          <PropertyHistoryTable record={data} />
        </div>
        <aside className={styles.side} aria-label={t("detail.related")}>
          <section className="card" aria-labelledby="associations-title">
            <h2 id="associations-title" className="section-title">
              {t("detail.associations")} <span className="count">{data.associations.length}</span>
            </h2>
            {data.associations.length === 0 ? (
              <p className="muted">{t("detail.noAssociations")}</p>
            ) : (
              <ul className={styles.detailList}>
                {data.associations.map((a) => (
                  <li key={`${a.id}-${a.label}`}>
                    <Link href={`/records/${a.id}`} className="table-link">
                      {a.displayName || t("unnamed", { type: a.objectType, id: a.id })}
                    </Link>
                    <span className={styles.detailListMeta}>
                      {objectTypeLabel(a.objectType).singular}
                      {a.label && !restatesTypes(a.label, data.objectType, a.objectType) ? ` · ${a.label.replace(/_/g, " ")}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {data.objectType === "contact" && <ContactProfileSections record={data} />}
        </aside>
      </div>
    </div>
  );
}

/** HubSpot's default association labels name the two object types ("contact_to_company"), which the list shows already; other labels are the user's words. */
const restatesTypes = (label: string, from: string, to: string) => label === `${from}_to_${to}` || label === `${to}_to_${from}`;

function BackLink({ record }: { record?: RecordDetail }) {
  const t = useTranslations("records.detail");
  const objectTypeLabel = useObjectTypeLabel();
  const type = record?.objectType ?? "contact";
  return (
    <Link href={record ? `/records?type=${type}` : "/records"} className="back-link">
      <ArrowLeft size={16} aria-hidden /> {record ? objectTypeLabel(type).plural : t("back")}
    </Link>
  );
}
