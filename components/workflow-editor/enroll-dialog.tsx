"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { CircleCheck, Search } from "lucide-react";
import Link from "next/link";
import { useEffect, useId, useState } from "react";
import { useDebouncedValue } from "@/components/records/use-debounced-value";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { FormError } from "@/components/ui/form-error";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { runHistoryApi } from "@/components/run-history/run-history-api";
import { ApiRequestError, errorMessage } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import { recordsApi } from "@/lib/client/records-api";
import { OBJECT_TYPE_LABELS } from "@/lib/crm/object-types";
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
  const { workflow, dirty } = useWorkflowEditor();
  const labels = OBJECT_TYPE_LABELS[workflow.objectType];
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
      ? "Turn the workflow on first: only a workflow that is on can enroll records."
      : enroll.error
        ? errorMessage(enroll.error)
        : null;
  const shown = records.data?.records ?? [];
  const everyMatch = records.data && (records.data.nextCursor !== null || shown.length > 1);

  return (
    <ModalDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Enroll records"
      description={`Choose the ${plural} to run through "${workflow.name}" now.`}
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
                  <p>
                    <strong>{result.first.record.displayName}</strong> was enrolled.
                  </p>
                  <Link
                    href={`/workflows/${encodeURIComponent(workflow.id)}/history/${encodeURIComponent(result.first.enrollmentId)}`}
                    onClick={() => onOpenChange(false)}
                  >
                    View the run
                  </Link>
                </>
              ) : (
                <>
                  <p>
                    <strong>
                      {result.count} {result.count === 1 ? labels.singular.toLowerCase() : plural}
                    </strong>{" "}
                    {result.count === 1 ? "was" : "were"} enrolled.
                  </p>
                  <Link href={`/workflows/${encodeURIComponent(workflow.id)}/history`} onClick={() => onOpenChange(false)}>
                    View the runs
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
              Enroll more
            </Button>
            <Button variant="primary" onClick={() => onOpenChange(false)}>
              Done
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
              The workflow is off. Turn it on before enrolling records.
            </div>
          )}
          {workflow.enabled && dirty && (
            <div className="alert alert-warning" role="note">
              You have unsaved changes: records run through the saved version of this workflow.
            </div>
          )}
          <div className="field">
            <label htmlFor={searchId} className="field-label">
              Search {plural}
            </label>
            <div className={`search-box ${styles.search}`}>
              <Search size={16} aria-hidden className="search-icon" />
              <input
                id={searchId}
                type="search"
                className="input search-input"
                placeholder="Name, email or domain"
                value={q}
                onChange={(event) => setQ(event.target.value)}
                autoComplete="off"
              />
            </div>
          </div>
          <fieldset className={styles.picker} aria-busy={records.isFetching || undefined}>
            <legend className="visually-hidden">{labels.plural} to enroll</legend>
            {records.isPending ? (
              <p className={`muted ${styles.pickerEmpty}`}>Loading {plural}…</p>
            ) : records.isError ? (
              <ErrorState title={`Could not load ${plural}`} error={records.error} onRetry={() => records.refetch()} />
            ) : shown.length === 0 ? (
              <p className={`muted ${styles.pickerEmpty}`}>
                No {plural} match “{debounced}”.
              </p>
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
              ? `Tick the ${plural} to enroll; ticks stay while you search for others.`
              : `${selected.size} selected: ${[...selected.values()]
                  .slice(0, 3)
                  .map((r) => r.displayName)
                  .join(", ")}${selected.size > 3 ? ` and ${selected.size - 3} more` : ""}.`}
          </p>
          {enrollError && <FormError message={enrollError} />}
          {confirmingAll ? (
            <div className={`alert alert-warning ${styles.confirmAll}`} role="alert">
              <p>
                {debounced
                  ? `Enroll every ${labels.singular.toLowerCase()} that “${debounced}” finds, not only those shown (at most 1000)?`
                  : `Enroll every ${labels.singular.toLowerCase()} (at most 1000)?`}{" "}
                Each one starts a run now.
              </p>
              <div className="dialog-footer">
                <Button onClick={() => setConfirmingAll(false)} disabled={enroll.isPending}>
                  Keep choosing
                </Button>
                <Button variant="primary" onClick={() => enroll.mutate({ search: debounced })} loading={enroll.isPending}>
                  Enroll all
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
                  {debounced ? `Enroll all matching “${debounced}”` : `Enroll all ${plural}`}
                </Button>
              )}
              <Button onClick={() => onOpenChange(false)} disabled={enroll.isPending}>
                Cancel
              </Button>
              <Button type="submit" variant="primary" disabled={selected.size === 0} loading={enroll.isPending}>
                {selected.size > 1 ? `Enroll ${selected.size} ${plural}` : "Enroll"}
              </Button>
            </div>
          )}
        </form>
      )}
    </ModalDialog>
  );
}
