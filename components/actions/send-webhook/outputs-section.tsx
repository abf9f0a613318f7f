"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { OUTPUT_TYPES, webhookOutputSchema, type WebhookOutput } from "@/lib/actions/send-webhook/send-webhook-config";
import { leafPaths } from "@/lib/webhooks/json-path";
import type { TestResult } from "@/components/actions/test-section";
import styles from "./send-webhook.module.css";
import panelStyles from "@/components/actions/action-panel.module.css";

type OutputType = WebhookOutput["type"];

type Props = {
  idPrefix: string;
  outputs: WebhookOutput[];
  onChange: (outputs: WebhookOutput[]) => void;
  lastTest: TestResult | null;
  errorFor: (path: string) => string | undefined;
  touch: (path: string) => void;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The type a sample value most likely is. */
function guessType(value: unknown): OutputType {
  if (typeof value === "number") return "NUMBER";
  if (typeof value === "boolean") return "BOOLEAN";
  if (typeof value === "string" && ISO_DATE.test(value.trim()) && !Number.isNaN(Date.parse(value))) return "DATETIME";
  return "STRING";
}

/** An output name from a response path that passes the schema's name rule ("data.user-id" → "data_user_id"). */
function nameFromPath(path: string): string {
  let name = path
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!/^[A-Za-z_]/.test(name)) name = `field_${name}`;
  name = name.slice(0, 64) || "output";
  return webhookOutputSchema.shape.name.safeParse(name).success ? name : "output";
}

function parseObject(body: string): Record<string, unknown> | null {
  try {
    const value = JSON.parse(body);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

function preview(value: unknown): string {
  const text = typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** After a test: pick fields of the JSON response as named, typed outputs for later actions. */
export function OutputsSection({ idPrefix, outputs, onChange, lastTest, errorFor, touch }: Props) {
  const t = useTranslations("sendWebhook.outputs");
  // Name and type typed for a field before it is ticked.
  const [drafts, setDrafts] = useState<Record<string, { name: string; type: OutputType }>>({});

  const sample = useMemo(() => {
    const response = lastTest?.response;
    if (!response) return null;
    const object = parseObject(response.body);
    if (!object) return { object: null as null, fields: [] as { path: string; value: unknown }[] };
    return { object, fields: leafPaths(object) };
  }, [lastTest]);

  // The sample's fields in response order (ticking one does not move it); chosen outputs the sample lacks come first.
  const rows = useMemo(() => {
    const fields = sample?.fields ?? [];
    const inSample = new Set(fields.map((f) => f.path));
    const indexByPath = new Map(outputs.map((o, i) => [o.path, i]));
    return [
      ...outputs.flatMap((output, index) =>
        inSample.has(output.path) ? [] : [{ path: output.path, value: undefined as unknown, index, has: false }],
      ),
      ...fields.map((f) => ({ path: f.path, value: f.value, index: indexByPath.get(f.path) ?? -1, has: true })),
    ];
  }, [outputs, sample]);

  const draftFor = (path: string, value: unknown) => drafts[path] ?? { name: nameFromPath(path), type: guessType(value) };

  const toggle = (path: string, value: unknown, checked: boolean) => {
    if (checked) {
      const draft = draftFor(path, value);
      // A derived name that is taken gets a number, so two fields never collide silently.
      let name = draft.name;
      for (let n = 2; outputs.some((o) => o.name === name); n++) name = `${draft.name.slice(0, 60)}_${n}`;
      onChange([...outputs, { name, path, type: draft.type }]);
    } else {
      const removed = outputs.find((o) => o.path === path);
      if (removed) setDrafts((d) => ({ ...d, [path]: { name: removed.name, type: removed.type } }));
      onChange(outputs.filter((o) => o.path !== path));
    }
  };

  const edit = (path: string, value: unknown, index: number, patch: Partial<{ name: string; type: OutputType }>) => {
    if (index >= 0) onChange(outputs.map((o, i) => (i === index ? { ...o, ...patch } : o)));
    else setDrafts((d) => ({ ...d, [path]: { ...draftFor(path, value), ...patch } }));
  };

  const notObject = lastTest?.response && sample && !sample.object;

  return (
    <section className={panelStyles.section} aria-labelledby={`${idPrefix}-outputs`}>
      <h3 className={panelStyles.sectionTitle} id={`${idPrefix}-outputs`}>
        {t("title")}
      </h3>
      <p className="field-hint">{t("hint")}</p>
      {notObject && (
        <p className={styles.emptyNote} role="note">
          {t.rich("notObject", { example: '{"id": 42}', code: (chunks) => <code>{chunks}</code> })}
        </p>
      )}
      {!lastTest?.response && outputs.length === 0 && <p className={styles.emptyNote}>{t("none")}</p>}
      {sample?.object && sample.fields.length === 0 && outputs.length === 0 && <p className={styles.emptyNote}>{t("emptyObject")}</p>}
      {rows.length > 0 && (
        <ul className={styles.outputsList} aria-label={t("responseFields")}>
          {rows.map(({ path, value, index, has }) => {
            const chosen = index >= 0;
            const current = chosen ? outputs[index] : draftFor(path, value);
            const nameError = chosen ? errorFor(`outputs.${index}.name`) : undefined;
            const rowError = chosen ? (errorFor(`outputs.${index}.path`) ?? errorFor(`outputs.${index}.type`)) : undefined;
            const errorId = `${idPrefix}-output-${index}-error`;
            return (
              <li key={`${index}:${path}`} className={chosen ? `${styles.outputItem} ${styles.outputChosen}` : styles.outputItem}>
                <label className={styles.outputItemHead}>
                  <input
                    type="checkbox"
                    aria-label={t("use", { path })}
                    checked={chosen}
                    onChange={(event) => toggle(path, value, event.target.checked)}
                  />
                  <span className={styles.outputItemField}>
                    <code className={styles.outputsPath}>{path}</code>
                    {has ? (
                      <span className={styles.outputsSample}>{preview(value)}</span>
                    ) : (
                      <span className={styles.outputsNote}>{lastTest?.response ? t("notInLast") : t("earlier")}</span>
                    )}
                  </span>
                </label>
                <div className={styles.outputItemFields}>
                  <input
                    className={`input ${styles.inputCompact}`}
                    aria-label={t("name", { path })}
                    value={current.name}
                    spellCheck={false}
                    aria-invalid={nameError ? true : undefined}
                    aria-describedby={nameError ? errorId : undefined}
                    onChange={(event) => {
                      if (chosen) touch(`outputs.${index}.name`);
                      edit(path, value, index, { name: event.target.value });
                    }}
                  />
                  <select
                    className={`input ${styles.inputCompact} select`}
                    aria-label={t("type", { path })}
                    value={current.type}
                    onChange={(event) => edit(path, value, index, { type: event.target.value as OutputType })}
                  >
                    {OUTPUT_TYPES.map((type) => (
                      <option key={type} value={type}>
                        {t(`types.${type}`)}
                      </option>
                    ))}
                  </select>
                </div>
                {nameError && (
                  <p className="field-error" id={errorId}>
                    {nameError}
                  </p>
                )}
                {rowError && <p className="field-error">{rowError}</p>}
              </li>
            );
          })}
        </ul>
      )}
      {errorFor("outputs") && <p className="field-error">{errorFor("outputs")}</p>}
    </section>
  );
}
