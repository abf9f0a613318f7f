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

export function EnrollDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { workflow, dirty } = useWorkflowEditor();
  const labels = OBJECT_TYPE_LABELS[workflow.objectType];
  const [q, setQ] = useState("");
  const [selected, setSelected] = useState<RecordSummary | null>(null);
  const [result, setResult] = useState<{ enrollmentId: string; record: RecordSummary } | null>(null);
  const debounced = useDebouncedValue(q.trim(), 250);
  const searchId = useId();

  const records = useQuery({
    queryKey: queryKeys.recordPicker(workflow.objectType, debounced),
    queryFn: ({ signal }) => recordsApi.list({ objectType: workflow.objectType, q: debounced || undefined, limit: 20 }, signal),
    enabled: open,
  });

  const enroll = useMutation({
    mutationFn: (record: RecordSummary) => runHistoryApi.enroll(workflow.id, record.id),
    onSuccess: ({ enrollmentId }, record) => setResult({ enrollmentId, record }),
  });

  // The mutation object changes every render; its reset function does not.
  const resetEnroll = enroll.reset;
  useEffect(() => {
    if (!open) {
      setQ("");
      setSelected(null);
      setResult(null);
      resetEnroll();
    }
  }, [open, resetEnroll]);

  const enrollError =
    enroll.error instanceof ApiRequestError && enroll.error.code === "WORKFLOW_OFF"
      ? "Turn the workflow on first: only a workflow that is on can enroll records."
      : enroll.error
        ? errorMessage(enroll.error)
        : null;

  return (
    <ModalDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Enroll a record"
      description={`Choose a ${labels.singular.toLowerCase()} to run through "${workflow.name}" now.`}
      width="md"
      dismissible={!enroll.isPending}
    >
      {result ? (
        <>
          <div className={styles.done} role="status">
            <CircleCheck aria-hidden className={styles.doneIcon} />
            <div>
              <p>
                <strong>{result.record.displayName}</strong> was enrolled.
              </p>
              <Link
                href={`/workflows/${encodeURIComponent(workflow.id)}/history/${encodeURIComponent(result.enrollmentId)}`}
                onClick={() => onOpenChange(false)}
              >
                View the run
              </Link>
            </div>
          </div>
          <div className="dialog-footer">
            <Button
              onClick={() => {
                setResult(null);
                setSelected(null);
                enroll.reset();
              }}
            >
              Enroll another
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
            if (selected) enroll.mutate(selected);
          }}
        >
          {!workflow.enabled && (
            <div className="alert alert-warning" role="note">
              The workflow is off. Turn it on before enrolling records.
            </div>
          )}
          {workflow.enabled && dirty && (
            <div className="alert alert-warning" role="note">
              You have unsaved changes: the record runs through the saved version of this workflow.
            </div>
          )}
          <div className="field">
            <label htmlFor={searchId} className="field-label">
              Search {labels.plural.toLowerCase()}
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
            <legend className="visually-hidden">{labels.singular} to enroll</legend>
            {records.isPending ? (
              <p className={`muted ${styles.pickerEmpty}`}>Loading {labels.plural.toLowerCase()}…</p>
            ) : records.isError ? (
              <ErrorState title={`Could not load ${labels.plural.toLowerCase()}`} error={records.error} onRetry={() => records.refetch()} />
            ) : records.data.records.length === 0 ? (
              <p className={`muted ${styles.pickerEmpty}`}>
                No {labels.plural.toLowerCase()} match “{debounced}”.
              </p>
            ) : (
              records.data.records.map((record) => (
                <label key={record.id} className={styles.option}>
                  <input
                    type="radio"
                    name="record"
                    value={record.id}
                    checked={selected?.id === record.id}
                    onChange={() => setSelected(record)}
                  />
                  <span className={styles.optionText}>
                    <span className={styles.optionName}>{record.displayName}</span>
                    <span className={styles.optionMeta}>{secondaryLine(record)}</span>
                  </span>
                </label>
              ))
            )}
          </fieldset>
          {enrollError && <FormError message={enrollError} />}
          <div className="dialog-footer">
            <Button onClick={() => onOpenChange(false)} disabled={enroll.isPending}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" disabled={!selected} loading={enroll.isPending}>
              Enroll
            </Button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
