"use client";

import { Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import type { KeyedSource } from "@/lib/actions/value-source";
import { Button } from "@/components/ui/button";
import type { ActionPanelProps } from "../action-panel-props";
import type { PropertyDefinitionsQuery } from "@/components/actions/use-property-definitions";
import { ValuePicker } from "@/components/pickers/value-pickers";
import styles from "./send-webhook.module.css";

type Props = {
  /** Names the list for assistive tech ("Request body fields"). */
  caption: string;
  rows: KeyedSource[];
  onChange: (rows: KeyedSource[]) => void;
  /** Config path of the list, for error messages ("body.fields"). */
  pathPrefix: string;
  errorFor: (path: string) => string | undefined;
  touch: (path: string) => void;
  properties: PropertyDefinitionsQuery;
  objectLabel: string;
  earlierOutputs: ActionPanelProps<unknown>["earlierOutputs"];
  actionName?: ActionPanelProps<unknown>["actionName"];
  webhookTrigger: boolean;
  emptyText: string;
};

/** Rows of key → property (or earlier output) and key → static value, as in HubSpot's custom body and query parameters. */
export function KeyedRowsEditor({
  caption,
  rows,
  onChange,
  pathPrefix,
  errorFor,
  touch,
  properties,
  objectLabel,
  earlierOutputs,
  actionName,
  webhookTrigger,
  emptyText,
}: Props) {
  const t = useTranslations("sendWebhook.rows");
  const id = useId();
  const setRow = (index: number, row: KeyedSource) => onChange(rows.map((r, i) => (i === index ? row : r)));
  const listError = errorFor(pathPrefix);

  return (
    <div className={styles.keyedRows}>
      {rows.length === 0 ? (
        <p className={styles.keyedRowsEmpty}>{emptyText}</p>
      ) : (
        // biome-ignore lint/a11y/useSemanticElements: an ARIA table whose rows are CSS grids of inputs (keyed-row); a <table> would fight that layout.
        <div role="table" aria-label={caption} className={styles.keyedRowsTable}>
          {/* biome-ignore lint/a11y/useSemanticElements lint/a11y/useFocusableInteractive: a row of the ARIA table above; its inputs take focus, the row does not. */}
          <div role="row" className={`${styles.keyedRow} ${styles.keyedRowHead}`}>
            {/* biome-ignore lint/a11y/useSemanticElements lint/a11y/useFocusableInteractive: a column header of the ARIA table above. */}
            <span role="columnheader">{t("key")}</span>
            {/* biome-ignore lint/a11y/useSemanticElements lint/a11y/useFocusableInteractive: a column header of the ARIA table above. */}
            <span role="columnheader">{t("value")}</span>
            {/* biome-ignore lint/a11y/useSemanticElements lint/a11y/useFocusableInteractive: a column header of the ARIA table above. */}
            <span role="columnheader">
              <span className="visually-hidden">{t("remove")}</span>
            </span>
          </div>
          {rows.map((row, index) => {
            const n = index + 1;
            const keyPath = `${pathPrefix}.${index}.key`;
            const keyError = errorFor(keyPath);
            const sourceError =
              errorFor(`${pathPrefix}.${index}.source.property`) ??
              errorFor(`${pathPrefix}.${index}.source.value`) ??
              errorFor(`${pathPrefix}.${index}.source.output`) ??
              errorFor(`${pathPrefix}.${index}.source.actionId`) ??
              errorFor(`${pathPrefix}.${index}.source.path`) ??
              errorFor(`${pathPrefix}.${index}.source`);
            const keyErrorId = `${id}-${index}-key-error`;
            const sourceErrorId = `${id}-${index}-source-error`;
            const source = row.source;
            return (
              // biome-ignore lint/a11y/useSemanticElements lint/a11y/useFocusableInteractive lint/suspicious/noArrayIndexKey: a row of the ARIA table above (its inputs take focus); rows have no id, and a key from their content would remount the input being typed in.
              <div role="row" className={styles.keyedRow} key={index}>
                {/* biome-ignore lint/a11y/useSemanticElements: a cell of the ARIA table above. */}
                <div role="cell" className={styles.keyedCell}>
                  <input
                    className="input"
                    aria-label={t("keyOfRow", { n })}
                    placeholder={t("keyPlaceholder")}
                    autoComplete="off"
                    spellCheck={false}
                    value={row.key}
                    aria-invalid={keyError ? true : undefined}
                    aria-describedby={keyError ? keyErrorId : undefined}
                    onChange={(event) => setRow(index, { ...row, key: event.target.value })}
                    onBlur={() => touch(keyPath)}
                  />
                  {keyError && (
                    <p className="field-error" id={keyErrorId}>
                      {keyError}
                    </p>
                  )}
                </div>
                {/* biome-ignore lint/a11y/useSemanticElements: a cell of the ARIA table above. */}
                <div role="cell" className={styles.keyedCell}>
                  {source.type === "STATIC" ? (
                    <input
                      className="input"
                      aria-label={t("staticOfRow", { n })}
                      placeholder={t("staticPlaceholder")}
                      value={source.value}
                      aria-invalid={sourceError ? true : undefined}
                      aria-describedby={sourceError ? sourceErrorId : undefined}
                      onChange={(event) => setRow(index, { ...row, source: { type: "STATIC", value: event.target.value } })}
                    />
                  ) : (
                    <ValuePicker
                      label={t("propertyOfRow", { n })}
                      value={source}
                      onChange={(next) => {
                        touch(`${pathPrefix}.${index}.source.property`);
                        setRow(index, { ...row, source: next, key: row.key || suggestedKey(next) });
                      }}
                      properties={properties}
                      objectLabel={objectLabel}
                      earlierOutputs={earlierOutputs}
                      actionName={actionName}
                      webhookTrigger={webhookTrigger}
                      invalid={!!sourceError}
                      describedBy={sourceError ? sourceErrorId : undefined}
                    />
                  )}
                  {sourceError && (
                    <p className="field-error" id={sourceErrorId}>
                      {sourceError}
                    </p>
                  )}
                </div>
                {/* biome-ignore lint/a11y/useSemanticElements: a cell of the ARIA table above. */}
                <div role="cell" className={`${styles.keyedCell} ${styles.keyedCellRemove}`}>
                  <button
                    type="button"
                    className={`icon-btn ${styles.iconBtnDanger}`}
                    aria-label={t("removeRow", { n, caption })}
                    title={t("removeRow", { n, caption })}
                    onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  >
                    <Trash2 aria-hidden size={16} />
                  </button>
                </div>
              </div>
            );
          })}
        </div>
      )}
      {listError && <p className="field-error">{listError}</p>}
      <div className={styles.keyedRowsActions}>
        <Button
          size="sm"
          icon={<Plus className="btn-icon" aria-hidden />}
          onClick={() => onChange([...rows, { key: "", source: { type: "PROPERTY", property: "" } }])}
        >
          {t("addProperty")}
        </Button>
        <Button
          size="sm"
          icon={<Plus className="btn-icon" aria-hidden />}
          onClick={() => onChange([...rows, { key: "", source: { type: "STATIC", value: "" } }])}
        >
          {t("addStatic")}
        </Button>
      </div>
    </div>
  );
}

/** A chosen property names an empty key after itself, as most receivers expect. */
function suggestedKey(source: KeyedSource["source"]): string {
  if (source.type === "PROPERTY") return source.property;
  if (source.type === "OUTPUT") return source.output;
  if (source.type === "TRIGGER") return source.path.split(".").pop() ?? "";
  return "";
}
