"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { CircleAlert, CircleCheck, Play } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { useObjectTypeLabel } from "@/components/crm/use-crm-labels";
import { useRole } from "@/components/app-shell/current-user";
import { useTriggerSample } from "@/components/trigger/trigger-sample-context";
import type { ActionType } from "@/lib/actions/action-registry";
import { valueSourcesIn } from "@/lib/actions/output-references";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import { useFormat } from "@/lib/client/use-format";
import { recordsApi } from "@/lib/client/records-api";
import { useErrorText } from "@/lib/client/error-text";
import { useRunErrorText } from "@/lib/client/run-error-text";
import type * as testRoute from "@/app/api/workflows/[id]/actions/[actionId]/test/route";
import type { ResponseBody } from "@/lib/http/typed-response";
import type { Workflow } from "@/lib/workflows/workflow-schema";
import { curlCommand } from "@/lib/webhooks/curl-command";
import { useDebouncedValue } from "@/components/records/use-debounced-value";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { FormError } from "@/components/ui/form-error";
import { ExchangeView } from "@/components/webhook-exchange/exchange-view";
import panelStyles from "@/components/actions/action-panel.module.css";
import { type PinnedTest, useTestResults } from "./test-results-context";
import { useActionTypeText } from "./use-action-type-text";
import styles from "./test-section.module.css";

/** POST /api/workflows/:id/actions/:actionId/test, as lib/workflows/test-action.ts answers it. */
export type TestResult = ResponseBody<typeof testRoute.POST>;

type Props = {
  workflow: Workflow;
  actionId: string;
  /** A type whose definition has `test`. */
  actionType: ActionType;
  config: unknown;
  hasLocalErrors: boolean;
  /** The draft fails the schema: the panel shows every message. */
  onInvalid: () => void;
  result: TestResult | null;
  onResult: (result: TestResult | null) => void;
};

/** Failures a Test explains the same way, by their runErrors key (lib/i18n/run-errors.ts). */
const FAILURE_KINDS: [kind: "blocked" | "slow" | "tls" | "notObject" | "dns" | "unreachable" | "build", keys: RegExp][] = [
  ["blocked", /^blocked\./],
  ["slow", /^transport\.(responseTimeout|responseUnfinished|connectTimedOut|connectTimeout)$/],
  ["tls", /^transport\.(tls\w*|closedDuringTls)$/],
  ["notObject", /^outputs\.notJsonObject$/],
  ["dns", /^transport\.dns\w+$/],
  ["unreachable", /^transport\.(refused|unreachable|invalidHttp|closedMidResponse|closedBeforeAnswer)$/],
  ["build", /^(config\.|slack\.secret)/],
];

/** What a failed test means and what to do, from the failure's runErrors key and the response's status. */
function explainFailure(
  result: TestResult,
  t: ReturnType<typeof useTranslations<"actions.test.failure">>,
): { title: string; advice: string } {
  const key = result.errorKey ?? "";
  const kind = FAILURE_KINDS.find(([, keys]) => keys.test(key))?.[0];
  if (kind && kind !== "build") return { title: t(`${kind}Title`), advice: t(`${kind}Advice`) };
  if (result.response && result.response.status >= 300) {
    return {
      title: t("statusTitle", { status: result.response.status }),
      advice: result.response.status === 401 || result.response.status === 403 ? t("credentialsAdvice") : t("rejectedAdvice"),
    };
  }
  if (kind === "build" && !result.request) return { title: t("buildTitle"), advice: t("buildAdvice") };
  return { title: t("failedTitle"), advice: t("failedAdvice") };
}

/**
 * A Test's request as a curl command. It is the request as the Test answers it, with the API key
 * and client secret already masked (lib/actions/send-webhook/deliver-webhook.ts). A local
 * receiver (the request inspector, a test server) has a certificate of its own: -k.
 */
function testCurl(request: NonNullable<TestResult["request"]>): string {
  const host = URL.canParse(request.url) ? new URL(request.url).hostname : "";
  return curlCommand(request, { insecure: host === "localhost" || host === "127.0.0.1" });
}

/**
 * The outputs of the earlier actions a config reads, from their last successful Test (pinned data),
 * and which Tests those were; actions not tested yet are left out (the Test then says to test them).
 */
function pinnedOutputsFor(
  config: unknown,
  tests: ReadonlyMap<string, PinnedTest>,
): { outputs: Record<string, Record<string, unknown>> | undefined; used: { actionId: string; at: string }[] } {
  const outputs: Record<string, Record<string, unknown>> = Object.create(null);
  const used: { actionId: string; at: string }[] = [];
  for (const { source } of valueSourcesIn(config)) {
    if (source.type !== "OUTPUT" || source.actionId in outputs) continue;
    const pinned = tests.get(source.actionId);
    if (pinned?.result.outcome !== "SUCCESS" || !pinned.result.outputs) continue;
    outputs[source.actionId] = pinned.result.outputs;
    used.push({ actionId: source.actionId, at: pinned.at });
  }
  return { outputs: used.length ? outputs : undefined, used };
}

/**
 * "Test action": runs the action once for a record the person picks, with the draft's settings,
 * and shows the request and response. For action types whose definition offers a Test.
 * A Test sends record data out, so below Editor there is no Test button at all, only the reason.
 */
export function TestSection(props: Props) {
  const t = useTranslations("actions.test");
  const editor = useRole("EDITOR");
  if (editor.allowed) return <TestSectionBody {...props} />;
  return (
    <section className={panelStyles.section} aria-label={t("title")}>
      <h3 className={panelStyles.sectionTitle}>{t("title")}</h3>
      <p className="field-hint">{t("viewerHint", { reason: editor.reason })}</p>
    </section>
  );
}

function TestSectionBody({ workflow, actionId, actionType, config, hasLocalErrors, onInvalid, result, onResult }: Props) {
  const errorText = useErrorText();
  const runErrorText = useRunErrorText();
  const t = useTranslations("actions.test");
  const format = useFormat();
  const tFailure = useTranslations("actions.test.failure");
  const text = useActionTypeText();
  const objectTypeLabel = useObjectTypeLabel();
  const id = useId();
  const object = objectTypeLabel(workflow.objectType);
  const [search, setSearch] = useState("");
  const q = useDebouncedValue(search.trim(), 250);
  const [recordId, setRecordId] = useState<string>("");
  const [blocked, setBlocked] = useState(false);

  const records = useQuery({
    queryKey: queryKeys.recordPicker(workflow.objectType, q),
    queryFn: ({ signal }) => recordsApi.list({ objectType: workflow.objectType, q: q || undefined, limit: 20 }, signal),
  });
  const list = records.data?.records ?? [];
  // Keep the choice while it is listed; otherwise take the first match, so Test always has a record.
  useEffect(() => {
    if (!records.data) return;
    if (!records.data.records.some((r) => String(r.id) === recordId))
      setRecordId(records.data.records[0] ? String(records.data.records[0].id) : "");
  }, [records.data, recordId]);

  // The draft's sample: Webhook trigger fields in the body resolve against it, saved or not.
  const triggerPayload = useTriggerSample();
  // Earlier actions' outputs this one reads come from their last successful Test in this editor.
  const { results: tests } = useTestResults();
  const pinned = pinnedOutputsFor(config, tests);
  const test = useMutation({
    mutationFn: (input: { recordId: number; config: unknown }) =>
      apiFetch<TestResult>(`/api/workflows/${encodeURIComponent(workflow.id)}/actions/${encodeURIComponent(actionId)}/test`, {
        method: "POST",
        json: { recordId: input.recordId, config: input.config, type: actionType, triggerPayload, pinnedOutputs: pinned.outputs },
      }),
    onSuccess: onResult,
  });

  const run = () => {
    if (hasLocalErrors) {
      onInvalid();
      setBlocked(true);
      return;
    }
    setBlocked(false);
    if (!recordId) return;
    test.mutate({ recordId: Number(recordId), config });
  };

  const shown = test.isPending ? null : result;
  const failure = shown && shown.outcome !== "SUCCESS" ? explainFailure(shown, tFailure) : null;

  return (
    <section className={panelStyles.section} aria-labelledby={`${id}-title`}>
      <h3 className={panelStyles.sectionTitle} id={`${id}-title`}>
        {t("title")}
      </h3>
      <p className="field-hint">{t("explains", { explains: text.testExplains(actionType), object: object.singular.toLowerCase() })}</p>
      <div className={styles.row}>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-search`}>
            {t("search", { objects: object.plural.toLowerCase() })}
          </label>
          <input
            id={`${id}-search`}
            className="input"
            type="search"
            placeholder={workflow.objectType === "contact" ? t("searchPlaceholderContact") : t("searchPlaceholder")}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-record`}>
            {t("record", { object: object.singular })}
          </label>
          <select
            id={`${id}-record`}
            className="input select"
            value={recordId}
            disabled={list.length === 0}
            onChange={(event) => setRecordId(event.target.value)}
          >
            {list.length === 0 && (
              <option value="">{records.isPending ? t("loading") : t("noMatch", { objects: object.plural.toLowerCase() })}</option>
            )}
            {list.map((record) => (
              <option key={record.id} value={record.id}>
                {record.displayName}
                {record.properties.email && record.properties.email !== record.displayName ? ` (${record.properties.email})` : ""}
              </option>
            ))}
          </select>
        </div>
        <Button
          variant="primary"
          icon={<Play className="btn-icon" aria-hidden />}
          loading={test.isPending}
          disabled={!recordId}
          onClick={run}
          className={styles.button}
        >
          {t("run")}
        </Button>
      </div>
      {records.isError && (
        <p className="field-error">{t("loadError", { objects: object.plural.toLowerCase(), reason: errorText(records.error) })}</p>
      )}
      {pinned.used.length > 0 && (
        <p className="field-hint">
          {t("pinned", {
            list: pinned.used
              .map(({ actionId: used, at }) =>
                t("pinnedItem", { name: text.summaryContext(workflow.actions).actionName(used), time: format.time(at, true) }),
              )
              .join(", "),
          })}
        </p>
      )}
      {blocked && hasLocalErrors && <FormError message={t("fixSettings")} />}
      {test.isError && <FormError message={t("couldNotRun", { reason: errorText(test.error) })} />}
      <div aria-live="polite">
        {shown && (
          <div className={styles.result}>
            {failure ? (
              <div className={`alert alert-error ${styles.outcome}`} role="alert">
                <CircleAlert aria-hidden size={16} className="alert-icon" />
                <div>
                  <p className={styles.outcomeTitle}>{failure.title}</p>
                  <p>{failure.advice}</p>
                </div>
              </div>
            ) : (
              <div className={`alert ${styles.success} ${styles.outcome}`} role="status">
                <CircleCheck aria-hidden size={16} className="alert-icon" />
                <p className={styles.outcomeTitle}>{t("succeeded")}</p>
              </div>
            )}
            {shown.request && (
              <div className={styles.curl}>
                <CopyButton text={testCurl(shown.request)} label={t("copyCurl")} />
                <span className="field-hint">{t("curlHint")}</span>
              </div>
            )}
            <ExchangeView
              request={shown.request}
              response={shown.response}
              error={runErrorText({ error: shown.error ?? null, errorKey: shown.errorKey, errorParams: shown.errorParams })}
              durationMs={shown.durationMs}
            />
          </div>
        )}
      </div>
    </section>
  );
}
