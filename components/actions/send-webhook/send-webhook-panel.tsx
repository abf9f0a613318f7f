"use client";

import { useObjectTypeLabel } from "@/components/crm/use-crm-labels";
import { useLastTest } from "@/components/actions/test-results-context";
import { useTranslations } from "next-intl";
import { RadioGroup } from "radix-ui";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { sendWebhookConfigSchema, type SendWebhookConfig } from "@/lib/actions/send-webhook/send-webhook-config";
import { sendWebhookDefinition } from "@/lib/actions/send-webhook/definition";
import type { KeyedSource } from "@/lib/actions/value-source";
import { TextField } from "@/components/ui/text-field";
import type { ActionPanelProps } from "../action-panel-props";
import { AuthenticationSection } from "./authentication-section";
import { CaptureUrlMenu } from "./capture-url-menu";
import { configErrors } from "@/components/actions/config-errors";
import { useIssueText } from "@/lib/client/issue-text";
import { KeyedRowsEditor } from "./keyed-rows-editor";
import { OutputsSection } from "./outputs-section";
import { RadioChoice, RadioOption } from "@/components/ui/radio-choice";
import { TestSection } from "@/components/actions/test-section";
import { usePropertyDefinitions } from "@/components/actions/use-property-definitions";
import styles from "./send-webhook.module.css";
import panelStyles from "@/components/actions/action-panel.module.css";

// An example address, the same in every language (a URL is not translated).
const URL_EXAMPLE = "https://api.example.com/hooks/contact";
// Config paths of the two keyed lists, for their error messages.
const BODY_FIELDS_PATH = "body.fields";
const QUERY_PARAMS_PATH = "queryParams";

/** Fills what an older or hand-written config leaves out, so every control has a value. */
function withDefaults(config: Partial<SendWebhookConfig> | undefined): SendWebhookConfig {
  return { ...sendWebhookDefinition.defaultConfig(), ...(config ?? {}) };
}

/** The "Send a webhook" action's settings, worded as HubSpot's panel. */
export function SendWebhookPanel(props: ActionPanelProps<SendWebhookConfig>) {
  // A different action gets fresh "touched" state and test result.
  return <SendWebhookPanelBody key={props.action.id} {...props} />;
}

function SendWebhookPanelBody({ workflow, action, onChange, errors, earlierOutputs, actionName }: ActionPanelProps<SendWebhookConfig>) {
  const t = useTranslations("sendWebhook.panel");
  const objectTypeLabel = useObjectTypeLabel();
  const config = useMemo(() => withDefaults(action.config), [action.config]);
  const issueText = useIssueText();
  const localErrors = useMemo(() => configErrors(sendWebhookConfigSchema, config, issueText), [config, issueText]);
  // Schema messages appear once a field was edited or left, or after Test; the editor's (save) errors always.
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [showAll, setShowAll] = useState(false);
  const [lastTest, setLastTest] = useLastTest(action.id);
  // Test refused a draft that fails the schema: take the person to the first field that says why.
  const [focusInvalid, setFocusInvalid] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusInvalid === 0) return;
    const field = rootRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus();
    field?.scrollIntoView({ block: "center" });
  }, [focusInvalid]);
  const objectLabel = objectTypeLabel(workflow.objectType);
  const properties = usePropertyDefinitions(workflow.objectType);

  const touch = useCallback((path: string) => {
    setTouched((current) => (current.has(path) ? current : new Set(current).add(path)));
  }, []);
  const errorFor = useCallback(
    (path: string) => errors[path] ?? (showAll || touched.has(path) ? localErrors[path] : undefined),
    [errors, localErrors, showAll, touched],
  );
  const update = (patch: Partial<SendWebhookConfig>) => onChange({ ...config, ...patch });

  const bodyFields: KeyedSource[] = config.body.type === "CUSTOM" ? config.body.fields : [];

  // Body fields and query parameters are edited the same way.
  const rowsEditorProps = {
    errorFor,
    touch,
    properties,
    objectLabel: objectLabel.singular,
    earlierOutputs,
    actionName,
    webhookTrigger: workflow.trigger.type === "WEBHOOK",
  };

  return (
    <div className={styles.panel} ref={rootRef}>
      <section className={panelStyles.section} aria-labelledby={`${action.id}-request`}>
        <h3 className={panelStyles.sectionTitle} id={`${action.id}-request`}>
          {t("request")}
        </h3>
        <div className="field">
          <span className="field-label" id={`${action.id}-method`}>
            {t("method")}
          </span>
          <RadioGroup.Root
            className={styles.segmented}
            aria-labelledby={`${action.id}-method`}
            value={config.method}
            orientation="horizontal"
            onValueChange={(value) => update({ method: value as SendWebhookConfig["method"] })}
          >
            {(["POST", "GET"] as const).map((method) => (
              <RadioGroup.Item key={method} value={method} className={styles.segmentedItem}>
                {method}
              </RadioGroup.Item>
            ))}
          </RadioGroup.Root>
          {errorFor("method") && <p className="field-error">{errorFor("method")}</p>}
        </div>

        <TextField
          label={t("webhookUrl")}
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder={URL_EXAMPLE}
          value={config.webhookUrl}
          onChange={(event) => {
            touch("webhookUrl");
            update({ webhookUrl: event.target.value });
          }}
          error={errorFor("webhookUrl")}
          hint={t("webhookUrlHint")}
        />
        <CaptureUrlMenu
          webhookUrl={config.webhookUrl}
          onPick={(url) => {
            touch("webhookUrl");
            update({ webhookUrl: url });
          }}
        />
      </section>

      <AuthenticationSection
        idPrefix={action.id}
        authentication={config.authentication}
        onChange={(authentication) => update({ authentication })}
        errorFor={errorFor}
        touch={touch}
      />

      {config.method === "POST" ? (
        <section className={panelStyles.section} aria-labelledby={`${action.id}-body`}>
          <h3 className={panelStyles.sectionTitle} id={`${action.id}-body`}>
            {t("requestBody")}
          </h3>
          <RadioChoice
            labelledBy={`${action.id}-body`}
            value={config.body.type}
            onValueChange={(value) =>
              update({ body: value === "CUSTOM" ? { type: "CUSTOM", fields: bodyFields } : { type: "ALL_PROPERTIES" } })
            }
          >
            <RadioOption value="ALL_PROPERTIES" label={t("includeAll", { object: objectLabel.singular.toLowerCase() })} />
            <RadioOption value="CUSTOM" label={t("customize")} />
          </RadioChoice>
          {config.body.type === "CUSTOM" && (
            <KeyedRowsEditor
              caption={t("bodyFields")}
              rows={config.body.fields}
              onChange={(fields) => update({ body: { type: "CUSTOM", fields } })}
              pathPrefix={BODY_FIELDS_PATH}
              {...rowsEditorProps}
              emptyText={t("bodyEmpty")}
            />
          )}
        </section>
      ) : (
        <section className={panelStyles.section} aria-labelledby={`${action.id}-query`}>
          <h3 className={panelStyles.sectionTitle} id={`${action.id}-query`}>
            {t("queryParams")}
          </h3>
          <p className="field-hint">{t("queryHint")}</p>
          <KeyedRowsEditor
            caption={t("queryParams")}
            rows={config.queryParams}
            onChange={(queryParams) => update({ queryParams })}
            pathPrefix={QUERY_PARAMS_PATH}
            {...rowsEditorProps}
            emptyText={t("queryEmpty")}
          />
        </section>
      )}

      <TestSection
        workflow={workflow}
        actionId={action.id}
        actionType={action.type}
        config={config}
        hasLocalErrors={Object.keys(localErrors).length > 0}
        onInvalid={() => {
          setShowAll(true);
          setFocusInvalid((n) => n + 1);
        }}
        result={lastTest}
        onResult={setLastTest}
      />

      <OutputsSection
        idPrefix={action.id}
        outputs={config.outputs}
        onChange={(outputs) => update({ outputs })}
        lastTest={lastTest}
        errorFor={errorFor}
        touch={touch}
      />
    </div>
  );
}
