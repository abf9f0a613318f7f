"use client";

import { useQuery } from "@tanstack/react-query";
import { Info } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import type { WebhookAuthentication } from "@/lib/actions/send-webhook/send-webhook-config";
import { appsApi } from "@/lib/client/apps-api";
import { queryKeys } from "@/lib/client/query-keys";
import { useErrorText } from "@/lib/client/error-text";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { RadioChoice, RadioOption } from "@/components/ui/radio-choice";
import styles from "./send-webhook.module.css";
import panelStyles from "@/components/actions/action-panel.module.css";
import { useSecretOptions } from "@/components/actions/use-secret-options";
import { useRole } from "@/components/app-shell/current-user";

type AuthType = WebhookAuthentication["type"];

// The choices in order, by their sendWebhook.auth message.
const AUTH_OPTIONS: { value: AuthType; label: "none" | "signature" | "apiKey" }[] = [
  { value: "NONE", label: "none" },
  { value: "SIGNATURE", label: "signature" },
  { value: "API_KEY", label: "apiKey" },
];

// A new choice starts unfilled; the schema says what is missing ("Choose an app.").
const EMPTY: Record<AuthType, WebhookAuthentication> = {
  NONE: { type: "NONE" },
  SIGNATURE: { type: "SIGNATURE", appId: 0 },
  API_KEY: { type: "API_KEY", secretName: "", keyName: "", location: "HEADER" },
};

type Props = {
  idPrefix: string;
  authentication: WebhookAuthentication;
  onChange: (authentication: WebhookAuthentication) => void;
  errorFor: (path: string) => string | undefined;
  touch: (path: string) => void;
};

export function AuthenticationSection({ idPrefix, authentication, onChange, errorFor, touch }: Props) {
  // Switching type and back restores what was entered, as long as the panel is open.
  const t = useTranslations("sendWebhook.auth");
  const remembered = useRef<Partial<Record<AuthType, WebhookAuthentication>>>({});
  remembered.current[authentication.type] = authentication;

  return (
    <section className={panelStyles.section} aria-labelledby={`${idPrefix}-auth`}>
      <h3 className={panelStyles.sectionTitle} id={`${idPrefix}-auth`}>
        {t("title")}
      </h3>
      <SelectField
        label={t("type")}
        options={AUTH_OPTIONS.map(({ value, label }) => ({ value, label: t(label) }))}
        value={authentication.type}
        onChange={(event) => {
          const type = event.target.value as AuthType;
          onChange(remembered.current[type] ?? EMPTY[type]);
        }}
        error={errorFor("authentication.type") ?? errorFor("authentication")}
      />
      {authentication.type === "SIGNATURE" && (
        <SignatureFields authentication={authentication} onChange={onChange} errorFor={errorFor} touch={touch} />
      )}
      {authentication.type === "API_KEY" && (
        <ApiKeyFields idPrefix={idPrefix} authentication={authentication} onChange={onChange} errorFor={errorFor} touch={touch} />
      )}
    </section>
  );
}

function SignatureFields({
  authentication,
  onChange,
  errorFor,
  touch,
}: Omit<Props, "authentication" | "idPrefix"> & { authentication: Extract<WebhookAuthentication, { type: "SIGNATURE" }> }) {
  const errorText = useErrorText();
  const t = useTranslations("sendWebhook.auth");
  // Listing apps needs an Editor; a read-only panel shows the chosen app by its ID.
  const { allowed } = useRole("EDITOR");
  const apps = useQuery({ queryKey: queryKeys.apps, queryFn: ({ signal }) => appsApi.list(signal), enabled: allowed });
  const chosen = authentication.appId > 0 ? String(authentication.appId) : "";
  const known = apps.data?.some((app) => String(app.appId) === chosen);
  const options = !allowed
    ? [{ value: chosen, label: chosen ? t("appId", { id: chosen }) : t("noApp") }]
    : [
        { value: "", label: apps.isPending ? t("loadingApps") : t("chooseApp") },
        ...(apps.data ?? []).map((app) => ({ value: String(app.appId), label: t("appOption", { name: app.name, id: app.appId }) })),
        // A saved app that was deleted since: keep it visible rather than silently changing the choice.
        ...(chosen && apps.data && !known ? [{ value: chosen, label: t("appNotFound", { id: chosen }) }] : []),
      ];
  return (
    <div className={styles.subfields}>
      <SelectField
        label={t("app")}
        options={options}
        value={chosen}
        disabled={apps.isPending}
        onChange={(event) => {
          touch("authentication.appId");
          onChange({ type: "SIGNATURE", appId: Number(event.target.value) || 0 });
        }}
        onBlur={() => touch("authentication.appId")}
        error={errorFor("authentication.appId")}
        hint={t.rich("appHint", { code: (chunks) => <code>{chunks}</code> })}
      />
      {apps.isError && <p className="field-error">{t("loadAppsError", { reason: errorText(apps.error) })}</p>}
      {apps.data?.length === 0 && (
        <p className={styles.emptyNote}>{t.rich("noApps", { link: (chunks) => <Link href="/settings/apps">{chunks}</Link> })}</p>
      )}
    </div>
  );
}

function ApiKeyFields({
  idPrefix,
  authentication,
  onChange,
  errorFor,
  touch,
}: Omit<Props, "authentication"> & { authentication: Extract<WebhookAuthentication, { type: "API_KEY" }> }) {
  const errorText = useErrorText();
  const t = useTranslations("sendWebhook.auth");
  const { secrets, options } = useSecretOptions(authentication.secretName);
  const set = (patch: Partial<typeof authentication>) => onChange({ ...authentication, ...patch });
  return (
    <div className={styles.subfields}>
      <SelectField
        label={t("secret")}
        options={options}
        value={authentication.secretName}
        disabled={secrets.isPending}
        onChange={(event) => {
          touch("authentication.secretName");
          set({ secretName: event.target.value });
        }}
        onBlur={() => touch("authentication.secretName")}
        error={errorFor("authentication.secretName")}
        hint={t("secretHint")}
      />
      {secrets.isError && <p className="field-error">{t("loadSecretsError", { reason: errorText(secrets.error) })}</p>}
      {secrets.data?.length === 0 && (
        <p className={styles.emptyNote}>{t.rich("noSecrets", { link: (chunks) => <Link href="/settings/secrets">{chunks}</Link> })}</p>
      )}
      <TextField
        label={t("keyName")}
        autoComplete="off"
        spellCheck={false}
        placeholder={t("keyNamePlaceholder")}
        value={authentication.keyName}
        onChange={(event) => {
          touch("authentication.keyName");
          set({ keyName: event.target.value });
        }}
        error={errorFor("authentication.keyName")}
        hint={t("keyNameHint")}
      />
      <div className="field">
        <span className="field-label" id={`${idPrefix}-key-location`}>
          {t("keyLocation")}
        </span>
        <RadioChoice
          inline
          labelledBy={`${idPrefix}-key-location`}
          value={authentication.location}
          onValueChange={(value) => set({ location: value as "HEADER" | "QUERY_PARAM" })}
        >
          <RadioOption value="QUERY_PARAM" label={t("queryParam")} />
          <RadioOption value="HEADER" label={t("header")} />
        </RadioChoice>
        {errorFor("authentication.location") && <p className="field-error">{errorFor("authentication.location")}</p>}
      </div>
      <div className={styles.tip}>
        <Info aria-hidden size={16} className={styles.tipIcon} />
        <p>{t.rich("tip", { code: (chunks) => <code>{chunks}</code>, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      </div>
    </div>
  );
}
