"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { SchemaForm } from "@/components/ui/schema-form";
import { TextField } from "@/components/ui/text-field";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { type IssueLike, type IssueText, useIssueText, zodIssueLike } from "@/lib/client/issue-text";
import { queryKeys } from "@/lib/client/query-keys";
import { inspectorApi, type CaptureUrl } from "@/lib/client/inspector-api";
import { useErrorText } from "@/lib/client/error-text";
import {
  captureUrlSettingsSchema,
  MAX_ANSWER_HEADERS,
  MAX_ANSWERS,
  MAX_DELAY_MS,
  type CaptureUrlSettingsInput,
} from "@/lib/inspector/inspector-schemas";
import styles from "./inspector.module.css";

const CONTENT_TYPES = ["application/json", "text/plain", "application/xml", "text/html"];

// Examples in the fields, the same in every language: a header name, a JSON body, the JSON receipt.
const HEADER_NAME_EXAMPLE = "Retry-After";
const BODY_EXAMPLE = '{"plan": "pro", "seats": 5}';
const RECEIPT_EXAMPLE = '{"ok":true,"captureId":12,"method":"POST",…}';

/** One answer as typed: numbers stay text until Save, so a half-typed value is not lost. */
type AnswerDraft = { key: number; status: string; contentType: string; body: string; delay: string; headers: HeaderDraft[] };
type HeaderDraft = { key: number; name: string; value: string };

let nextKey = 1;
const draftOf = (answer: CaptureUrl["responses"][number]): AnswerDraft => ({
  key: nextKey++,
  status: String(answer.status),
  contentType: answer.contentType,
  body: answer.body,
  delay: answer.delayMs ? String(answer.delayMs / 1000) : "0",
  headers: answer.headers.map((header) => ({ key: nextKey++, ...header })),
});
const toNumber = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

/** Field path ("responses.0.headers.1.name") → its first message, from the schema or the API's details. */
type Errors = Record<string, string>;
const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1);
function errorsOf(issues: ({ path: string } & IssueLike)[], text: IssueText): Errors {
  const out: Errors = {};
  for (const issue of issues) out[issue.path.replace(/^body[./]/, "").replaceAll("/", ".") || "_"] ??= sentence(text(issue));
  return out;
}

type Props = { captureUrl: CaptureUrl; open: boolean; onOpenChange: (open: boolean) => void; onSaved: () => void };

/**
 * Name a capture URL and choose what it answers: a status, headers, a delay and a body, or a
 * sequence of such answers (the n-th request gets the n-th, then the last repeats).
 */
export function CaptureUrlSettingsDialog({ captureUrl, open, onOpenChange, onSaved }: Props) {
  const errorText = useErrorText();
  const t = useTranslations("inspector.settings");
  const issueText = useIssueText();
  const queryClient = useQueryClient();
  // Mounted per opening (see CaptureUrlView), so it starts from the saved values each time.
  const [name, setName] = useState(captureUrl.name);
  const [answers, setAnswers] = useState<AnswerDraft[]>(() => captureUrl.responses.map(draftOf));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  // A long sequence scrolls: after a refused Save, the first field to fix is focused (and so scrolled to).
  const fields = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (Object.keys(errors).length) fields.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const save = useMutation({
    mutationFn: ({ name, responses }: CaptureUrlSettingsInput) => inspectorApi.update(captureUrl.id, { name, responses }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: queryKeys.inspector, exact: true });
      close(false);
      onSaved();
    },
    onError: (error) => {
      const details = error instanceof ApiRequestError ? error.details : [];
      setErrors(errorsOf(details, issueText));
      setFormError(details.length ? t("fixFields") : errorText(error));
    },
  });

  function close(next: boolean) {
    if (!next) {
      setErrors({});
      setFormError(null);
      save.reset();
    }
    onOpenChange(next);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const values = {
      name,
      responses: answers.map((answer) => ({
        status: toNumber(answer.status),
        contentType: answer.contentType,
        body: answer.body,
        headers: answer.headers.map(({ name, value }) => ({ name, value })),
        // Seconds as typed; whole milliseconds sent.
        delayMs: Math.round(toNumber(answer.delay) * 1000),
      })),
    };
    const parsed = captureUrlSettingsSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(
        errorsOf(
          parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), ...zodIssueLike(issue) })),
          issueText,
        ),
      );
      setFormError(null);
      return;
    }
    setErrors({});
    setFormError(null);
    save.mutate(parsed.data);
  }

  const change = (index: number, patch: Partial<AnswerDraft>) =>
    setAnswers((list) => list.map((answer, i) => (i === index ? { ...answer, ...patch } : answer)));
  const sequence = answers.length > 1;

  return (
    <ModalDialog
      open={open}
      onOpenChange={close}
      dismissible={!save.isPending}
      width="md"
      title={t("title")}
      description={t("description")}
    >
      <SchemaForm form={{ formError, isPending: save.isPending }} onSubmit={submit} onCancel={() => close(false)} submitLabel={t("save")}>
        <div ref={fields} className={styles.answerFields}>
          <TextField
            label={t("name")}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={errors.name}
            maxLength={80}
            autoFocus
          />
          {errors.responses && <p className="field-error">{errors.responses}</p>}
          <ol className={styles.answers} aria-label={t("answers")}>
            {answers.map((answer, index) => (
              <AnswerFields
                key={answer.key}
                index={index}
                answer={answer}
                sequence={sequence}
                last={index === answers.length - 1}
                errors={errors}
                onChange={(patch) => change(index, patch)}
                onRemove={() => setAnswers((list) => list.filter((_, i) => i !== index))}
              />
            ))}
          </ol>
        </div>
        <div className={styles.answerTools}>
          <Button
            size="sm"
            icon={<Plus className="btn-icon" aria-hidden />}
            disabled={answers.length >= MAX_ANSWERS}
            onClick={() => setAnswers((list) => [...list, { key: nextKey++, ...blankAnswer() }])}
          >
            {t("addAnswer")}
          </Button>
          <p className="field-hint">{sequence ? t("sequenceHint", { count: answers.length }) : t("singleHint", { max: MAX_ANSWERS })}</p>
        </div>
      </SchemaForm>
    </ModalDialog>
  );
}

const blankAnswer = (): Omit<AnswerDraft, "key"> => ({ status: "200", contentType: "application/json", body: "", delay: "0", headers: [] });

function AnswerFields({
  index,
  answer,
  sequence,
  last,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  answer: AnswerDraft;
  sequence: boolean;
  last: boolean;
  errors: Errors;
  onChange: (patch: Partial<AnswerDraft>) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("inspector.settings");
  const at = `responses.${index}`;
  const n = index + 1;
  // In a sequence each label also names its answer, for screen readers only (the box it sits in
  // says it to the eye), so every control's accessible name is unique and the labels stay short.
  const of = (label: string) =>
    sequence ? (
      <>
        {label}
        <span className="visually-hidden"> {t("answerSuffix", { n })}</span>
      </>
    ) : (
      label
    );
  const setHeader = (key: number, patch: Partial<HeaderDraft>) =>
    onChange({ headers: answer.headers.map((header) => (header.key === key ? { ...header, ...patch } : header)) });
  const headersError = errors[`${at}.headers`];
  return (
    <li className={styles.answer}>
      {sequence && (
        <div className={styles.answerHead}>
          <h3 className={styles.answerTitle}>
            {t("answer", { n })}
            <span className="muted">
              {" — "}
              {n === 1 ? t("toFirst") : last ? t("toRequestAndAfter", { n }) : t("toRequest", { n })}
            </span>
          </h3>
          <Button
            size="sm"
            variant="ghost"
            className="btn-ghost-danger"
            icon={<Trash2 className="btn-icon" aria-hidden />}
            onClick={onRemove}
          >
            <span className="visually-hidden">{t("removeAnswer", { n })}</span>
            <span aria-hidden>{t("remove")}</span>
          </Button>
        </div>
      )}
      <div className={styles.answerRow}>
        <TextField
          label={of(t("status"))}
          inputMode="numeric"
          value={answer.status}
          onChange={(event) => onChange({ status: event.target.value })}
          error={errors[`${at}.status`]}
          hint={t("statusHint")}
        />
        <TextField
          label={of(t("contentType"))}
          list="inspector-content-types"
          value={answer.contentType}
          onChange={(event) => onChange({ contentType: event.target.value })}
          error={errors[`${at}.contentType`]}
          spellCheck={false}
        />
        <TextField
          label={of(t("delay"))}
          type="number"
          min={0}
          max={MAX_DELAY_MS / 1000}
          step={0.1}
          value={answer.delay}
          onChange={(event) => onChange({ delay: event.target.value })}
          error={errors[`${at}.delayMs`]}
          hint={t("delayHint")}
        />
      </div>
      {index === 0 && (
        <datalist id="inspector-content-types">
          {CONTENT_TYPES.map((type) => (
            <option key={type} value={type} />
          ))}
        </datalist>
      )}
      <fieldset className={styles.headersSet}>
        <legend className="field-label">{of(t("responseHeaders"))}</legend>
        {answer.headers.length === 0 && <p className="field-hint">{t("noHeaders")}</p>}
        {answer.headers.map((header, h) => (
          <div key={header.key} className={styles.headerRow}>
            <TextField
              label={of(t("headerName", { h: h + 1 }))}
              value={header.name}
              onChange={(event) => setHeader(header.key, { name: event.target.value })}
              error={errors[`${at}.headers.${h}.name`]}
              placeholder={HEADER_NAME_EXAMPLE}
              spellCheck={false}
              autoComplete="off"
            />
            <TextField
              label={of(t("headerValue", { h: h + 1 }))}
              value={header.value}
              onChange={(event) => setHeader(header.key, { value: event.target.value })}
              error={errors[`${at}.headers.${h}.value`]}
              placeholder="2000"
              spellCheck={false}
              autoComplete="off"
            />
            <Button
              size="sm"
              variant="ghost"
              className={styles.headerRemove}
              icon={<Trash2 className="btn-icon" aria-hidden />}
              onClick={() => onChange({ headers: answer.headers.filter((other) => other.key !== header.key) })}
              title={t("removeHeader", { h: h + 1 })}
            >
              <span className="visually-hidden">{t("removeHeaderOf", { h: h + 1, n, inSequence: String(sequence) })}</span>
            </Button>
          </div>
        ))}
        {headersError && <p className="field-error">{headersError}</p>}
        <Button
          size="sm"
          variant="ghost"
          icon={<Plus className="btn-icon" aria-hidden />}
          disabled={answer.headers.length >= MAX_ANSWER_HEADERS}
          onClick={() => onChange({ headers: [...answer.headers, { key: nextKey++, name: "", value: "" }] })}
        >
          {t("addHeader")}
          {sequence && <span className="visually-hidden"> {t("toAnswer", { n })}</span>}
        </Button>
        <p className="field-hint">{t.rich("retryAfterHint", { code: (chunks) => <code className="mono">{chunks}</code> })}</p>
      </fieldset>
      <Field
        label={of(t("body"))}
        error={errors[`${at}.body`]}
        hint={t.rich("bodyHint", { receipt: RECEIPT_EXAMPLE, code: (chunks) => <code className="mono">{chunks}</code> })}
      >
        {(control) => (
          <textarea
            {...control}
            className={`input mono ${styles.bodyInput}`}
            rows={sequence ? 4 : 8}
            value={answer.body}
            onChange={(event) => onChange({ body: event.target.value })}
            spellCheck={false}
            placeholder={BODY_EXAMPLE}
          />
        )}
      </Field>
    </li>
  );
}
