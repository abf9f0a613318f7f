"use client";

import { ChevronRight, History } from "lucide-react";
import { useTranslations } from "next-intl";
import { Fragment, useId, useMemo, useState } from "react";
import { RelativeTime } from "@/components/ui/relative-time";
import { formatDateTime, formatPropertyValue } from "@/lib/client/format";
import type { RecordDetail } from "@/lib/client/records-api";
import { usePropertyDefinitions } from "@/components/actions/use-property-definitions";
import type { PropertyDefinition } from "@/lib/crm/property-definitions";
import { propertyLabel, propertyValueLabel } from "./property-labels";
import { useSourceLabel } from "./source-label";
import styles from "./record-detail.module.css";

function displayValue(name: string, value: string | undefined, definitions: readonly PropertyDefinition[] | undefined, empty: string) {
  if (value === undefined || value === "") return <span className="muted">{empty}</span>;
  const formatted = formatPropertyValue(name, value);
  return formatted === value ? (propertyValueLabel(name, value, definitions) ?? value) : formatted;
}

/** Current value of every property; each row opens its full version history, newest first. */
export function PropertyHistoryTable({ record }: { record: RecordDetail }) {
  const t = useTranslations("records.properties");
  const sourceLabel = useSourceLabel();
  const baseId = useId();
  const [filter, setFilter] = useState("");
  const [onlyChanged, setOnlyChanged] = useState(false);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  // Custom properties' labels and options; the defaults' are known without it.
  const definitions = usePropertyDefinitions(record.objectType).data;

  const rows = useMemo(() => {
    const names = new Set([...Object.keys(record.properties), ...Object.keys(record.history)]);
    return [...names]
      .map((name) => {
        // Own entries only: a property named "constructor" must not read Object's.
        const current = Object.hasOwn(record.properties, name) ? record.properties[name] : undefined;
        const versions = Object.hasOwn(record.history, name) ? record.history[name] : [];
        return { name, label: propertyLabel(name, definitions), current, versions };
      })
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [record, definitions]);

  const needle = filter.trim().toLowerCase();
  const visible = rows.filter(
    (row) =>
      (!onlyChanged || row.versions.length > 1) &&
      (!needle ||
        row.name.toLowerCase().includes(needle) ||
        row.label.toLowerCase().includes(needle) ||
        (row.current?.value ?? "").toLowerCase().includes(needle)),
  );
  const changedCount = rows.filter((row) => row.versions.length > 1).length;

  function toggle(name: string) {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });
  }

  return (
    <section className="card card-flush" aria-labelledby={`${baseId}-title`}>
      <div className="card-header">
        <h2 id={`${baseId}-title`} className="section-title">
          {t("title")} <span className="count">{rows.length}</span>
        </h2>
        <div className="card-tools">
          <label className="checkbox-label">
            <input type="checkbox" checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)} />
            {t("onlyChanged", { count: changedCount })}
          </label>
          <label htmlFor={`${baseId}-filter`} className="visually-hidden">
            {t("filter")}
          </label>
          <input
            id={`${baseId}-filter`}
            type="search"
            className="input input-sm"
            placeholder={t("filter")}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </div>
      </div>

      {visible.length === 0 ? (
        <p className="card-empty muted">{t("noMatch")}</p>
      ) : (
        <table className={`table ${styles.properties}`}>
          <caption className="visually-hidden">{t("caption", { name: record.displayName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("columns.property")}</th>
              <th scope="col">{t("columns.value")}</th>
              <th scope="col">{t("columns.lastUpdated")}</th>
              <th scope="col">{t("columns.source")}</th>
              <th scope="col">{t("columns.history")}</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => {
              const isOpen = expanded.has(row.name);
              const panelId = `${baseId}-history-${row.name}`;
              const count = row.versions.length;
              return (
                <Fragment key={row.name}>
                  <tr className={isOpen ? styles.rowExpanded : undefined}>
                    <th scope="row" className={styles.propertyCell}>
                      <span className={styles.propertyLabel}>{row.label}</span>
                      {row.label !== row.name && <span className={`${styles.propertyName} mono`}>{row.name}</span>}
                    </th>
                    <td className={styles.valueCell}>{displayValue(row.name, row.current?.value, definitions, t("empty"))}</td>
                    <td className="nowrap">
                      {row.current ? <RelativeTime value={row.current.timestamp} /> : <span className="muted">—</span>}
                    </td>
                    <td className="nowrap">{sourceLabel(row.current?.source)}</td>
                    <td className="nowrap">
                      {count > 0 ? (
                        <button
                          type="button"
                          className={count > 1 ? `${styles.historyToggle} ${styles.historyToggleMulti}` : styles.historyToggle}
                          aria-expanded={isOpen}
                          aria-controls={panelId}
                          onClick={() => toggle(row.name)}
                        >
                          <ChevronRight size={14} aria-hidden className={styles.historyChevron} />
                          {count > 1 && <History size={14} aria-hidden />}
                          {t("versions", { count })}
                          <span className="visually-hidden"> {t("versionsOf", { label: row.label })}</span>
                        </button>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  </tr>
                  {isOpen && (
                    <tr className={styles.historyRow}>
                      <td colSpan={5} id={panelId}>
                        <table className={`table ${styles.historyTable}`}>
                          <caption className={styles.historyCaption}>{t("historyCaption", { label: row.label, count })}</caption>
                          <thead>
                            <tr>
                              <th scope="col">{t("columns.value")}</th>
                              <th scope="col">{t("columns.setAt")}</th>
                              <th scope="col">{t("columns.source")}</th>
                              <th scope="col">{t("columns.sourceId")}</th>
                            </tr>
                          </thead>
                          <tbody>
                            {row.versions.map((version, index) => (
                              // biome-ignore lint/suspicious/noArrayIndexKey: two versions can share a timestamp; the history is read-only and never reorders, so the position makes the key unique.
                              <tr key={`${version.timestamp}-${index}`}>
                                <td className={styles.valueCell}>
                                  {displayValue(row.name, version.value, definitions, t("empty"))}
                                  {index === 0 && <span className="badge badge-info badge-inline">{t("current")}</span>}
                                </td>
                                <td className="nowrap">
                                  <time dateTime={version.timestamp}>{formatDateTime(version.timestamp)}</time>
                                </td>
                                <td className="nowrap">{sourceLabel(version.sourceType)}</td>
                                <td className="mono muted">{version.sourceId ?? "—"}</td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
