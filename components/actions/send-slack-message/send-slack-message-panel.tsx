"use client";

import { useObjectTypeLabel } from "@/components/crm/use-crm-labels";
import { useLastTest } from "@/components/actions/test-results-context";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import { configErrors } from "@/components/actions/config-errors";
import { useIssueText } from "@/lib/client/issue-text";
import { useErrorText } from "@/lib/client/error-text";
import { TestSection } from "@/components/actions/test-section";
import { Field } from "@/components/ui/field";
import { ValuePicker } from "@/components/pickers/value-pickers";
import { SelectField } from "@/components/ui/select-field";
import { sendSlackMessageConfigSchema, type SendSlackMessageConfig } from "@/lib/actions/send-slack-message/send-slack-message-config";
import type { ActionPanelProps } from "../action-panel-props";
import { usePropertyDefinitions } from "../use-property-definitions";
import { useSecretOptions } from "../use-secret-options";
import styles from "./send-slack-message-panel.module.css";

/** "Send a Slack message": the secret holding the channel's incoming-webhook URL, and the message. */
export function SendSlackMessagePanel(props: ActionPanelProps<SendSlackMessageConfig>) {
  // A different action gets a fresh test result and "touched" state.
  return <SlackPanelBody key={props.action.id} {...props} />;
}

function SlackPanelBody({ workflow, action, onChange, errors }: ActionPanelProps<SendSlackMessageConfig>) {
  const errorText = useErrorText();
  const t = useTranslations("actions.slack");
  const objectTypeLabel = useObjectTypeLabel();
  const config = action.config;
  const issueText = useIssueText();
  const localErrors = useMemo(() => configErrors(sendSlackMessageConfigSchema, config, issueText), [config, issueText]);
  const [showAll, setShowAll] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [lastTest, setLastTest] = useLastTest(action.id);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const errorFor = (path: string) => errors[path] ?? (showAll || touched.has(path) ? localErrors[path] : undefined);
  const touch = (path: string) => setTouched((current) => (current.has(path) ? current : new Set(current).add(path)));

  const { secrets, options: secretOptions } = useSecretOptions(config.secretName);
  const properties = usePropertyDefinitions(workflow.objectType);
  const objectLabel = objectTypeLabel(workflow.objectType).singular;

  /** Puts {{name}} where the cursor is (else at the end), and puts the cursor after it. */
  const insert = (name: string) => {
    const area = textRef.current;
    const at = area ? area.selectionStart : config.text.length;
    const end = area ? area.selectionEnd : at;
    const token = `{{${name}}}`;
    onChange({ ...config, text: config.text.slice(0, at) + token + config.text.slice(end) });
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(at + token.length, at + token.length);
    });
  };

  const textError = errorFor("text");
  const trigger = workflow.trigger.type === "WEBHOOK" ? "webhook" : "other";
  return (
    <div className="form">
      <SelectField
        label={t("secret")}
        hint={t.rich("secretHint", { link: (chunks) => <Link href="/settings/secrets">{chunks}</Link> })}
        options={secretOptions}
        value={config.secretName}
        error={errorFor("secretName")}
        onChange={(event) => {
          touch("secretName");
          onChange({ ...config, secretName: event.target.value });
        }}
        onBlur={() => touch("secretName")}
      />
      {secrets.isError && <p className="field-error">{t("loadSecretsError", { reason: errorText(secrets.error) })}</p>}
      {secrets.data?.length === 0 && (
        <p className="field-hint">{t.rich("noSecrets", { link: (chunks) => <Link href="/settings/secrets">{chunks}</Link> })}</p>
      )}
      <Field
        label={t("message")}
        hint={t.rich("messageHint", { object: objectLabel.toLowerCase(), trigger, code: (chunks) => <code>{chunks}</code> })}
        error={textError}
      >
        {(control) => (
          <textarea
            {...control}
            ref={textRef}
            className={`input ${styles.message}`}
            rows={5}
            value={config.text}
            onChange={(event) => onChange({ ...config, text: event.target.value })}
            onBlur={() => touch("text")}
          />
        )}
      </Field>
      <Field label={t("insert")}>
        {(control) => (
          <ValuePicker
            id={control.id}
            label={t("insert")}
            placeholder={t("insertPlaceholder", { object: objectLabel.toLowerCase(), trigger })}
            value={{ type: "PROPERTY", property: "" }}
            onChange={(source) =>
              source.type !== "OUTPUT" && insert(source.type === "TRIGGER" ? `trigger.${source.path}` : source.property)
            }
            properties={properties}
            objectLabel={objectLabel}
            webhookTrigger={workflow.trigger.type === "WEBHOOK"}
          />
        )}
      </Field>
      <TestSection
        workflow={workflow}
        actionId={action.id}
        actionType={action.type}
        config={config}
        hasLocalErrors={Object.keys(localErrors).length > 0}
        onInvalid={() => setShowAll(true)}
        result={lastTest}
        onResult={setLastTest}
      />
      <p className="field-hint">{t("retryHint")}</p>
    </div>
  );
}
