"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Hand, Plus, RefreshCw, Trash2, Zap } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { useObjectTypeLabel } from "@/components/crm/use-crm-labels";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyButton } from "@/components/ui/copy-button";
import { FormError } from "@/components/ui/form-error";
import { RadioChoice, RadioOption } from "@/components/ui/radio-choice";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { usePropertyDefinitions } from "@/components/actions/use-property-definitions";
import { PropertyPicker, TriggerFieldPicker } from "@/components/pickers/value-pickers";
import { Field } from "@/components/ui/field";
import { useRole } from "@/components/app-shell/current-user";
import { Disclosure } from "@/components/webhook-exchange/disclosure";
import { SidePanel } from "@/components/workflow-editor/side-panel";
import { queryKeys } from "@/lib/client/query-keys";
import { secretsApi } from "@/lib/client/secrets-api";
import { useErrorText } from "@/lib/client/error-text";
import type { RecordMatch, WebhookTrigger, Workflow, WorkflowTrigger } from "@/lib/workflows/workflow-schema";
import { hookApi } from "./hook-events-api";
import { ListenSection } from "./listen-section";
import styles from "./trigger.module.css";

type TriggerPanelProps = {
  /** The saved workflow (its hookToken, id, objectType). */
  workflow: Workflow;
  /** The trigger as in the draft. */
  trigger: WorkflowTrigger;
  /** Messages by path inside the trigger ("recordMatch.payloadPath"), from the schema or the API. */
  errors: Record<string, string>;
  onChange: (trigger: WorkflowTrigger) => void;
  onClose: () => void;
};

/** A shell example of a signed request; the secret is read from $SECRET, never shown. */
const signedExample = (url: string) => `BODY='{"email": "ada@analytical-engines.example"}'
T=$(date +%s)
SIG=$(printf '%s' "$T.$BODY" | openssl dgst -sha256 -hmac "$SECRET" | sed 's/^.*= //')
curl -X POST '${url}' \\
  -H 'Content-Type: application/json' \\
  -H "X-Hookflow-Signature: t=$T,v1=$SIG" \\
  -d "$BODY"`;

const EMPTY_MATCH: RecordMatch = { payloadPath: "", property: "", whenMissing: "REJECT", createProperties: [] };

/** The right-hand panel for the trigger: manual enrolment or an incoming webhook, and how it is set up. */
export function TriggerPanel({ workflow, trigger, errors, onChange, onClose }: TriggerPanelProps) {
  const t = useTranslations("trigger.panel");
  const webhook = trigger.type === "WEBHOOK";
  // Switching to manual and back within the panel restores the webhook settings (until saved).
  const lastWebhook = useRef<WebhookTrigger | null>(trigger.type === "WEBHOOK" ? trigger : null);
  const typeId = useId();
  useEffect(() => {
    if (trigger.type === "WEBHOOK") lastWebhook.current = trigger;
  }, [trigger]);

  return (
    <SidePanel
      className={`${styles.panel} trigger-panel`}
      icon={webhook ? <Zap size={16} /> : <Hand size={16} />}
      iconClassName="wf-node-icon-trigger"
      kind={t("kind")}
      title={webhook ? t("webhook") : t("manual")}
      closeLabel={t("close")}
      onClose={onClose}
    >
      <div className="field">
        <span className="field-label" id={`${typeId}-label`}>
          {t("whatStarts")}
        </span>
        <RadioChoice
          labelledBy={`${typeId}-label`}
          value={webhook ? "WEBHOOK" : "MANUAL"}
          onValueChange={(value) =>
            onChange(value === "MANUAL" ? { type: "MANUAL" } : (lastWebhook.current ?? { type: "WEBHOOK", verification: { type: "NONE" } }))
          }
        >
          <RadioOption
            value="MANUAL"
            label={<strong>{t("manual")}</strong>}
            hint={t("manualHint", { path: "/api/workflows/:id/enrollments" })}
          />
          <RadioOption value="WEBHOOK" label={<strong>{t("webhook")}</strong>} hint={t("webhookHint")} />
        </RadioChoice>
      </div>
      {trigger.type === "WEBHOOK" && <WebhookSettings workflow={workflow} trigger={trigger} errors={errors} onChange={onChange} />}
    </SidePanel>
  );
}

// Paths whose messages show next to a field; any other message about the trigger shows above them.
const FIELD_PATHS =
  /^(verification\.(secretName|headerName)|recordMatch(\.payloadPath|\.property|\.createProperties\.\d+\.(property|path))?|eventId\.(path|name))$/;

type WebhookSettingsProps = {
  workflow: Workflow;
  trigger: WebhookTrigger;
  errors: Record<string, string>;
  onChange: (t: WorkflowTrigger) => void;
};

function WebhookSettings({ workflow, trigger, errors, onChange }: WebhookSettingsProps) {
  const errorText = useErrorText();
  const t = useTranslations("trigger.panel");
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [regenerating, setRegenerating] = useState(false);
  const [regenerateError, setRegenerateError] = useState<string | null>(null);
  // The hook URL is a credential and the secrets list needs an Editor: below it, neither is asked for.
  const editor = useRole("EDITOR");
  const secrets = useQuery({ queryKey: queryKeys.secrets, queryFn: ({ signal }) => secretsApi.list(signal), enabled: editor.allowed });
  const properties = usePropertyDefinitions(workflow.objectType);
  const objectLabel = useObjectTypeLabel()(workflow.objectType).singular;
  const savedAsWebhook = workflow.trigger.type === "WEBHOOK" && workflow.hookToken;
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  const url = savedAsWebhook ? `${origin}/api/hooks/${workflow.hookToken}` : null;

  const match = trigger.recordMatch ?? EMPTY_MATCH;
  const setMatch = (patch: Partial<RecordMatch>) => {
    const next = { ...match, ...patch };
    const blank = !next.payloadPath && !next.property && next.whenMissing === "REJECT" && next.createProperties.length === 0;
    onChange({ ...trigger, recordMatch: blank ? undefined : next });
  };
  const chosenSecret = "secretName" in trigger.verification ? trigger.verification.secretName : "";
  const secretOptions = editor.allowed
    ? [{ value: "", label: t("chooseSecret") }, ...(secrets.data ?? []).map((s) => ({ value: s.name, label: s.name }))]
    : [{ value: chosenSecret, label: chosenSecret || t("noSecret") }];

  const regenerate = async () => {
    setRegenerating(true);
    setRegenerateError(null);
    try {
      await hookApi.regenerateToken(workflow.id);
      await queryClient.invalidateQueries({ queryKey: queryKeys.workflow(workflow.id), exact: true });
      setConfirming(false);
    } catch (error) {
      setRegenerateError(errorText(error));
    } finally {
      setRegenerating(false);
    }
  };

  const otherErrors = Object.entries(errors)
    .filter(([path]) => !FIELD_PATHS.test(path))
    .map(([, message]) => message);
  const pathInput = (label: string, value: string, set: (v: string) => void, hint?: string, error?: string) => (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <TriggerFieldPicker
          id={control.id}
          label={label}
          value={value}
          onChange={set}
          sample={trigger.sample}
          invalid={control["aria-invalid"]}
          describedBy={control["aria-describedby"]}
        />
      )}
    </Field>
  );
  const propertyInput = (
    label: string,
    value: string,
    set: (v: string) => void,
    error: string | undefined,
    writable: boolean,
    hint?: string,
  ) => (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <PropertyPicker
          id={control.id}
          label={label}
          value={value}
          onChange={set}
          properties={properties}
          objectLabel={objectLabel}
          writable={writable}
          invalid={control["aria-invalid"]}
          describedBy={control["aria-describedby"]}
        />
      )}
    </Field>
  );

  return (
    <>
      {otherErrors.length > 0 && <FormError message={otherErrors.join(" ")} />}
      <section className={styles.section} aria-label={t("urlSection")}>
        <h3 className={styles.sectionTitle}>{t("urlSection")}</h3>
        {url ? (
          <>
            <div className="trigger-url-row">
              <code className="trigger-url mono" data-testid="hook-url">
                {url}
              </code>
              <CopyButton text={url} />
            </div>
            <p className="field-hint">{t("urlHint")}</p>
            <Button size="sm" variant="ghost" icon={<RefreshCw className="btn-icon" aria-hidden />} onClick={() => setConfirming(true)}>
              {t("regenerate")}
            </Button>
            <ConfirmDialog
              open={confirming}
              onOpenChange={setConfirming}
              title={t("regenerateTitle")}
              description={t("regenerateDescription")}
              confirmLabel={t("regenerate")}
              destructive
              pending={regenerating}
              error={regenerateError}
              onConfirm={() => void regenerate()}
            />
          </>
        ) : !editor.allowed ? (
          <p className={styles.note}>{t("urlHidden", { reason: editor.reason })}</p>
        ) : (
          <p className={styles.note}>{t("saveForUrl")}</p>
        )}
      </section>

      <ListenSection
        workflow={workflow}
        canListen={Boolean(url)}
        sample={trigger.sample}
        onUseSample={(sample) => onChange({ ...trigger, sample })}
      />

      <section className={styles.section} aria-label={t("verification")}>
        <h3 className={styles.sectionTitle}>{t("verification")}</h3>
        <SelectField
          label={t("verificationLabel")}
          value={trigger.verification.type}
          onChange={(e) => {
            const type = e.target.value as WebhookTrigger["verification"]["type"];
            const secretName = "secretName" in trigger.verification ? trigger.verification.secretName : "";
            onChange({
              ...trigger,
              verification:
                type === "NONE"
                  ? { type }
                  : type === "HMAC_SHA256"
                    ? { type, secretName }
                    : { type, secretName, headerName: "headerName" in trigger.verification ? trigger.verification.headerName : "" },
            });
          }}
          options={[
            { value: "NONE", label: t("verificationNone") },
            { value: "HMAC_SHA256", label: t("verificationHmac") },
            { value: "STATIC_HEADER", label: t("verificationHeader") },
          ]}
        />
        {trigger.verification.type === "HMAC_SHA256" && (
          <>
            <SelectField
              label={t("signingSecret")}
              value={trigger.verification.secretName}
              options={secretOptions}
              onChange={(e) => onChange({ ...trigger, verification: { type: "HMAC_SHA256", secretName: e.target.value } })}
              hint={secrets.isError ? t("secretsFailed") : undefined}
              error={errors["verification.secretName"]}
            />
            <p className="field-hint">
              {t.rich("hmacHint", {
                header: "X-Hookflow-Signature: t=<unix seconds>,v1=<hex>",
                signed: "<t>.<body>",
                code: (chunks) => <code>{chunks}</code>,
              })}
            </p>
            <Disclosure label={t("example")} defaultOpen={false}>
              <section aria-label={t("exampleSection")}>
                <pre className={`${styles.json} mono`}>{signedExample(url ?? "<webhook URL>")}</pre>
              </section>
            </Disclosure>
          </>
        )}
        {trigger.verification.type === "STATIC_HEADER" && (
          <>
            <TextField
              label={t("headerName")}
              placeholder={t("headerNamePlaceholder")}
              error={errors["verification.headerName"]}
              value={trigger.verification.headerName}
              onChange={(e) =>
                trigger.verification.type === "STATIC_HEADER" &&
                onChange({ ...trigger, verification: { ...trigger.verification, headerName: e.target.value } })
              }
            />
            <SelectField
              label={t("headerSecret")}
              value={trigger.verification.secretName}
              options={secretOptions}
              error={errors["verification.secretName"]}
              onChange={(e) =>
                trigger.verification.type === "STATIC_HEADER" &&
                onChange({ ...trigger, verification: { ...trigger.verification, secretName: e.target.value } })
              }
            />
          </>
        )}
      </section>

      <section className={styles.section} aria-label={t("matching")}>
        <h3 className={styles.sectionTitle}>{t("matching")}</h3>
        <p className="field-hint">{t("matchingHint", { objectType: objectLabel.toLowerCase() })}</p>
        {pathInput(
          t("payloadField"),
          match.payloadPath,
          (payloadPath) => setMatch({ payloadPath }),
          trigger.sample === undefined ? t("payloadFieldHint") : undefined,
          errors["recordMatch.payloadPath"] ?? errors.recordMatch,
        )}
        {propertyInput(
          t("recordProperty"),
          match.property,
          (property) => setMatch({ property }),
          errors["recordMatch.property"],
          false,
          t("recordPropertyHint"),
        )}
        <div className="field">
          <span className="field-label" id={`${workflow.id}-when-missing`}>
            {t("whenMissing")}
          </span>
          <RadioChoice
            inline
            labelledBy={`${workflow.id}-when-missing`}
            value={match.whenMissing === "CREATE" ? "CREATE" : "REJECT"}
            onValueChange={(value) => setMatch({ whenMissing: value === "CREATE" ? "CREATE" : "REJECT" })}
          >
            <RadioOption value="REJECT" label={t("reject")} />
            <RadioOption value="CREATE" label={t("create")} />
          </RadioChoice>
        </div>
        {match.whenMissing === "CREATE" && (
          <div className={styles.rows}>
            <p className="field-hint">{t("alsoSet")}</p>
            {match.createProperties.map((row, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a row is its position; its inputs are controlled, so nothing is kept per key.
              <div className={styles.row} key={index}>
                {propertyInput(
                  t("propertyRow", { n: index + 1 }),
                  row.property,
                  (property) =>
                    setMatch({ createProperties: match.createProperties.map((r, i) => (i === index ? { ...r, property } : r)) }),
                  errors[`recordMatch.createProperties.${index}.property`],
                  true,
                )}
                <span aria-hidden className={styles.arrow}>
                  ←
                </span>
                {pathInput(
                  t("payloadFieldRow", { n: index + 1 }),
                  row.path,
                  (path) => setMatch({ createProperties: match.createProperties.map((r, i) => (i === index ? { ...r, path } : r)) }),
                  undefined,
                  errors[`recordMatch.createProperties.${index}.path`],
                )}
                <button
                  type="button"
                  className="icon-btn"
                  aria-label={t("removeRow", { n: index + 1 })}
                  onClick={() => setMatch({ createProperties: match.createProperties.filter((_, i) => i !== index) })}
                >
                  <Trash2 size={16} aria-hidden />
                </button>
              </div>
            ))}
            <Button
              size="sm"
              icon={<Plus className="btn-icon" aria-hidden />}
              onClick={() => setMatch({ createProperties: [...match.createProperties, { property: "", path: "" }] })}
            >
              {t("addProperty")}
            </Button>
          </div>
        )}
      </section>

      <section className={styles.section} aria-label={t("dedupSection")}>
        <h3 className={styles.sectionTitle}>{t("dedupTitle")}</h3>
        <SelectField
          label={t("eventId")}
          hint={t("eventIdHint")}
          value={trigger.eventId?.type ?? ""}
          onChange={(e) => {
            const type = e.target.value;
            onChange({
              ...trigger,
              eventId: type === "BODY" ? { type: "BODY", path: "" } : type === "HEADER" ? { type: "HEADER", name: "" } : undefined,
            });
          }}
          options={[
            { value: "", label: t("dedupNone") },
            { value: "BODY", label: t("dedupBody") },
            { value: "HEADER", label: t("dedupHeader") },
          ]}
        />
        {trigger.eventId?.type === "BODY" &&
          pathInput(
            t("eventIdPath"),
            trigger.eventId.path,
            (path) => onChange({ ...trigger, eventId: { type: "BODY", path } }),
            undefined,
            errors["eventId.path"],
          )}
        {trigger.eventId?.type === "HEADER" && (
          <TextField
            label={t("eventIdHeader")}
            placeholder={t("eventIdHeaderPlaceholder")}
            error={errors["eventId.name"]}
            value={trigger.eventId.name}
            onChange={(e) => onChange({ ...trigger, eventId: { type: "HEADER", name: e.target.value } })}
          />
        )}
      </section>
    </>
  );
}
