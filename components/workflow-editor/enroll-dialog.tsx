"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { CircleCheck, Search } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { useObjectTypeLabel } from "@/components/crm/use-crm-labels";
import { useDebouncedValue } from "@/components/records/use-debounced-value";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { FormError } from "@/components/ui/form-error";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { runHistoryApi } from "@/components/run-history/run-history-api";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import { recordsApi } from "@/lib/client/records-api";
import { useErrorText } from "@/lib/client/error-text";
import type { RecordSummary } from "@/lib/crm/record-schemas";
import { useWorkflowEditor } from "./workflow-editor-provider";
import styles from "./enroll-dialog.module.css";

// The property that tells two records with the same name apart, per object type.
const SECONDARY: Record<string, string[]> = {
  contact: ["email", "company"],
  company: ["domain", "city"],
  deal: ["dealstage", "amount"],
  ticket: ["hs_pipeline_stage", "subject"],
};

function secondaryLine(record: RecordSummary): string {
  for (const name of SECONDARY[record.objectType] ?? []) {
    if (record.properties[name]) return record.properties[name];
  }
  return `#${record.id}`;
}

type Enrolled = { count: number; first: { enrollmentId: string; record: RecordSummary } | null };

/**
 * Enroll records by hand: tick one or more (the ticks stay while searching for others), or enroll
 * every record the search finds (HubSpot's "enroll all matching"; at most 1000 at once).
 */
export function EnrollDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const errorText = useErrorText();
  const t = useTranslations("editor.enroll");
  const objectTypeLabel = useObjectTypeLabel();
  const { workflow, dirty } = useWorkflowEditor();
  const labels = objectTypeLabel(workflow.objectType);
  const plural = labels.plural.toLowerCase();
  const [q, setQ] = useState("");
  const [selected, setSelected] = useState<ReadonlyMap<number, RecordSummary>>(new Map());
  const [result, setResult] = useState<Enrolled | null>(null);
  // "Enroll all matching" asks first: it may start up to 1000 runs.
  const [confirmingAll, setConfirmingAll] = useState(false);
  const debounced = useDebouncedValue(q.trim(), 250);
  const searchId = useId();

  const records = useQuery({
    queryKey: queryKeys.recordPicker(workflow.objectType, debounced),
    queryFn: ({ signal }) => recordsApi.list({ objectType: workflow.objectType, q: debounced || undefined, limit: 20 }, signal),
    enabled: open,
  });

  const enroll = useMutation({
    mutationFn: async (what: { records: RecordSummary[] } | { search: string }): Promise<Enrolled> => {
      if ("search" in what) {
        const { enrollmentIds } = await runHistoryApi.enrollMany(workflow.id, { search: { q: what.search } });
        return { count: enrollmentIds.length, first: null };
      }
      if (what.records.length === 1) {
        const { enrollmentId } = await runHistoryApi.enroll(workflow.id, what.records[0].id);
        return { count: 1, first: { enrollmentId, record: what.records[0] } };
      }
      const { enrollmentIds } = await runHistoryApi.enrollMany(workflow.id, { recordIds: what.records.map((r) => r.id) });
      return { count: enrollmentIds.length, first: null };
    },
    onSuccess: (enrolled) => {
      setConfirmingAll(false);
      setResult(enrolled);
    },
  });

  // The mutation object changes every render; its reset function does not.
  const resetEnroll = enroll.reset;
  useEffect(() => {
    if (!open) {
      setQ("");
      setSelected(new Map());
      setResult(null);
      setConfirmingAll(false);
      resetEnroll();
    }
  }, [open, resetEnroll]);

  const toggle = (record: RecordSummary, on: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      if (on) next.set(record.id, record);
      else next.delete(record.id);
      return next;
    });

  const enrollError =
    enroll.error instanceof ApiRequestError && enroll.error.code === "WORKFLOW_OFF"
      ? t("workflowOffError")
      : enroll.error
        ? errorText(enroll.error)
        : null;
  const shown = records.data?.records ?? [];
  const everyMatch = records.data && (records.data.nextCursor !== null || shown.length > 1);

  return (
    <ModalDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t("title")}
      description={t("description", { objects: plural, name: workflow.name })}
      width="md"
      dismissible={!enroll.isPending}
    >
      {result ? (
        <>
          <div className={styles.done} role="status">
            <CircleCheck aria-hidden className={styles.doneIcon} />
            <div>
              {result.first ? (
                <>
                  <p>{t.rich("enrolledOne", { name: result.first.record.displayName, strong: (chunks) => <strong>{chunks}</strong> })}</p>
                  <Link
                    href={`/workflows/${encodeURIComponent(workflow.id)}/history/${encodeURIComponent(result.first.enrollmentId)}`}
                    onClick={() => onOpenChange(false)}
                  >
                    {t("viewRun")}
                  </Link>
                </>
              ) : (
                <>
                  <p>
                    {t.rich("enrolledMany", {
                      count: result.count,
                      singular: labels.singular.toLowerCase(),
                      objects: plural,
                      strong: (chunks) => <strong>{chunks}</strong>,
                    })}
                  </p>
                  <Link href={`/workflows/${encodeURIComponent(workflow.id)}/history`} onClick={() => onOpenChange(false)}>
                    {t("viewRuns")}
                  </Link>
                </>
              )}
            </div>
          </div>
          <div className="dialog-footer">
            <Button
              onClick={() => {
                setResult(null);
                setSelected(new Map());
                enroll.reset();
              }}
            >
              {t("enrollMore")}
            </Button>
            <Button variant="primary" onClick={() => onOpenChange(false)}>
              {t("done")}
            </Button>
          </div>
        </>
      ) : (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            if (selected.size > 0) enroll.mutate({ records: [...selected.values()] });
          }}
        >
          {!workflow.enabled && (
            <div className="alert alert-warning" role="note">
              {t("workflowOff")}
            </div>
          )}
          {workflow.enabled && dirty && (
            <div className="alert alert-warning" role="note">
              {t("unsaved")}
            </div>
          )}
          <div className="field">
            <label htmlFor={searchId} className="field-label">
              {t("search", { objects: plural })}
            </label>
            <div className={`search-box ${styles.search}`}>
              <Search size={16} aria-hidden className="search-icon" />
              <input
                id={searchId}
                type="search"
                className="input search-input"
                placeholder={t("searchPlaceholder")}
                value={q}
                onChange={(event) => setQ(event.target.value)}
                autoComplete="off"
              />
            </div>
          </div>
          <fieldset className={styles.picker} aria-busy={records.isFetching || undefined}>
            <legend className="visually-hidden">{t("legend", { objects: labels.plural })}</legend>
            {records.isPending ? (
              <p className={`muted ${styles.pickerEmpty}`}>{t("loading", { objects: plural })}</p>
            ) : records.isError ? (
              <ErrorState title={t("loadError", { objects: plural })} error={records.error} onRetry={() => records.refetch()} />
            ) : shown.length === 0 ? (
              <p className={`muted ${styles.pickerEmpty}`}>{t("noMatch", { objects: plural, query: debounced })}</p>
            ) : (
              shown.map((record) => (
                <label key={record.id} className={styles.option}>
                  <input
                    type="checkbox"
                    value={record.id}
                    checked={selected.has(record.id)}
                    onChange={(event) => toggle(record, event.target.checked)}
                  />
                  <span className={styles.optionText}>
                    <span className={styles.optionName}>{record.displayName}</span>
                    <span className={styles.optionMeta}>{secondaryLine(record)}</span>
                  </span>
                </label>
              ))
            )}
          </fieldset>
          <p className={`field-hint ${styles.selection}`} aria-live="polite">
            {selected.size === 0
              ? t("tickHint", { objects: plural })
              : t("selected", {
                  count: selected.size,
                  names: [...selected.values()]
                    .slice(0, 3)
                    .map((r) => r.displayName)
                    .join(", "),
                  more: Math.max(0, selected.size - 3),
                })}
          </p>
          {enrollError && <FormError message={enrollError} />}
          {confirmingAll ? (
            <div className={`alert alert-warning ${styles.confirmAll}`} role="alert">
              <p>
                {debounced
                  ? t("confirmSearch", { object: labels.singular.toLowerCase(), query: debounced })
                  : t("confirmAll", { object: labels.singular.toLowerCase() })}
              </p>
              <div className="dialog-footer">
                <Button onClick={() => setConfirmingAll(false)} disabled={enroll.isPending}>
                  {t("keepChoosing")}
                </Button>
                <Button variant="primary" onClick={() => enroll.mutate({ search: debounced })} loading={enroll.isPending}>
                  {t("enrollAll")}
                </Button>
              </div>
            </div>
          ) : (
            <div className="dialog-footer">
              {everyMatch && (
                <Button
                  className={styles.allMatching}
                  onClick={() => setConfirmingAll(true)}
                  disabled={enroll.isPending || !workflow.enabled}
                >
                  {debounced ? t("allMatching", { query: debounced }) : t("allObjects", { objects: plural })}
                </Button>
              )}
              <Button onClick={() => onOpenChange(false)} disabled={enroll.isPending}>
                {t("cancel")}
              </Button>
              <Button type="submit" variant="primary" disabled={selected.size === 0} loading={enroll.isPending}>
                {selected.size > 1 ? t("submitMany", { count: selected.size, objects: plural }) : t("submit")}
              </Button>
            </div>
          )}
        </form>
      )}
    </ModalDialog>
  );
}
