"use client";

import { useQuery } from "@tanstack/react-query";
import { Info } from "lucide-react";
import Link from "next/link";
import { useRef } from "react";
import type { WebhookAuthentication } from "@/lib/actions/send-webhook/send-webhook-config";
import { appsApi } from "@/lib/client/apps-api";
import { errorMessage } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { RadioChoice, RadioOption } from "@/components/ui/radio-choice";
import styles from "./send-webhook.module.css";
import panelStyles from "@/components/actions/action-panel.module.css";
import { useSecretOptions } from "@/components/actions/use-secret-options";
import { useRole } from "@/components/app-shell/current-user";

type AuthType = WebhookAuthentication["type"];

const AUTH_OPTIONS: { value: AuthType; label: string }[] = [
  { value: "NONE", label: "None" },
  { value: "SIGNATURE", label: "Include request signature in header" },
  { value: "API_KEY", label: "API key" },
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
  const remembered = useRef<Partial<Record<AuthType, WebhookAuthentication>>>({});
  remembered.current[authentication.type] = authentication;

  return (
    <section className={panelStyles.section} aria-labelledby={`${idPrefix}-auth`}>
      <h3 className={panelStyles.sectionTitle} id={`${idPrefix}-auth`}>
        Authentication
      </h3>
      <SelectField
        label="Authentication type"
        options={AUTH_OPTIONS}
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
  // Listing apps needs an Editor; a read-only panel shows the chosen app by its ID.
  const { allowed } = useRole("EDITOR");
  const apps = useQuery({ queryKey: queryKeys.apps, queryFn: ({ signal }) => appsApi.list(signal), enabled: allowed });
  const chosen = authentication.appId > 0 ? String(authentication.appId) : "";
  const known = apps.data?.some((app) => String(app.appId) === chosen);
  const options = !allowed
    ? [{ value: chosen, label: chosen ? `App ID ${chosen}` : "No app chosen" }]
    : [
        { value: "", label: apps.isPending ? "Loading apps…" : "Choose an app" },
        ...(apps.data ?? []).map((app) => ({ value: String(app.appId), label: `${app.name} (app ID ${app.appId})` })),
        // A saved app that was deleted since: keep it visible rather than silently changing the choice.
        ...(chosen && apps.data && !known ? [{ value: chosen, label: `App ID ${chosen} (not found)` }] : []),
      ];
  return (
    <div className={styles.subfields}>
      <SelectField
        label="App"
        options={options}
        value={chosen}
        disabled={apps.isPending}
        onChange={(event) => {
          touch("authentication.appId");
          onChange({ type: "SIGNATURE", appId: Number(event.target.value) || 0 });
        }}
        onBlur={() => touch("authentication.appId")}
        error={errorFor("authentication.appId")}
        hint={
          <>
            The app&apos;s client secret signs each request: receivers check the <code>X-HubSpot-Signature</code> (v2) and{" "}
            <code>X-HubSpot-Signature-v3</code> headers.
          </>
        }
      />
      {apps.isError && <p className="field-error">Could not load the apps: {errorMessage(apps.error)}</p>}
      {apps.data?.length === 0 && (
        <p className={styles.emptyNote}>
          There are no apps yet. <Link href="/settings/apps">Create an app</Link> to get a client secret, then choose it here.
        </p>
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
  const { secrets, options } = useSecretOptions(authentication.secretName);
  const set = (patch: Partial<typeof authentication>) => onChange({ ...authentication, ...patch });
  return (
    <div className={styles.subfields}>
      <SelectField
        label="Secret"
        options={options}
        value={authentication.secretName}
        disabled={secrets.isPending}
        onChange={(event) => {
          touch("authentication.secretName");
          set({ secretName: event.target.value });
        }}
        onBlur={() => touch("authentication.secretName")}
        error={errorFor("authentication.secretName")}
        hint="The stored secret's value is the API key. It is never shown, in test results or run history."
      />
      {secrets.isError && <p className="field-error">Could not load the secrets: {errorMessage(secrets.error)}</p>}
      {secrets.data?.length === 0 && (
        <p className={styles.emptyNote}>
          There are no secrets yet. <Link href="/settings/secrets">Add a secret</Link> holding the API key, then choose it here.
        </p>
      )}
      <TextField
        label="API key name"
        autoComplete="off"
        spellCheck={false}
        placeholder="api_key"
        value={authentication.keyName}
        onChange={(event) => {
          touch("authentication.keyName");
          set({ keyName: event.target.value });
        }}
        error={errorFor("authentication.keyName")}
        hint="The query parameter or header name the endpoint expects."
      />
      <div className="field">
        <span className="field-label" id={`${idPrefix}-key-location`}>
          API key location
        </span>
        <RadioChoice
          inline
          labelledBy={`${idPrefix}-key-location`}
          value={authentication.location}
          onValueChange={(value) => set({ location: value as "HEADER" | "QUERY_PARAM" })}
        >
          <RadioOption value="QUERY_PARAM" label="Query parameter" />
          <RadioOption value="HEADER" label="Request header" />
        </RadioChoice>
        {errorFor("authentication.location") && <p className="field-error">{errorFor("authentication.location")}</p>}
      </div>
      <div className={styles.tip}>
        <Info aria-hidden size={16} className={styles.tipIcon} />
        <p>
          Calling a HubSpot-style API with a private app token? Store the secret value as <code>Bearer &lt;token&gt;</code>, name the key{" "}
          <code>Authorization</code> and choose <strong>Request header</strong>.
        </p>
      </div>
    </div>
  );
}
