"use client";

import { useTranslations } from "next-intl";
import type { StepBodyProps } from "@/components/actions/action-view";
import { FromNow, Problem, TryList, Until } from "@/components/run-history/step-parts";
import { useRunErrorText } from "@/lib/client/run-error-text";
import type { SetPropertyStepDetail, SetPropertyStepSource } from "@/lib/actions/set-property/step-detail";
import { type ActionTypeTexts, useActionTypeText } from "@/components/actions/use-action-type-text";
import styles from "@/components/run-history/step-card.module.css";
import factList from "@/components/ui/fact-list.module.css";

/** What a Set property value step wrote and where the value came from; a failed one its error; every try when it ran again. */
export function SetPropertyStep({ step, detail, attempts, title, feedback, now }: StepBodyProps<SetPropertyStepDetail>) {
  const t = useTranslations("actions.setProperty.step");
  const text = useActionTypeText();
  const property = detail?.property ?? null;
  // The step's error, else its newest try's: its English tells the tries below not to repeat it.
  const failed = step.error ? step : attempts[0];
  const error = failed?.error ?? null;
  const shown = useRunErrorText()(failed ?? { error: null });
  const at = step.finishedAt ?? attempts[0]?.startedAt ?? null;
  return (
    <>
      {feedback}
      {step.status === "FAILED" && (
        <Problem title={property ? t("couldNotSetNamed", { name: property }) : t("couldNotSet")}>{shown}</Problem>
      )}
      {(step.status === "PENDING" || step.status === "RUNNING" || step.status === "RETRY_SCHEDULED") && (
        <p className="muted">
          {property
            ? t(attempts.length > 0 ? "settingNamedAgain" : "settingNamed", { name: property })
            : t(attempts.length > 0 ? "settingAgain" : "setting")}
        </p>
      )}
      <dl className={`${factList.factList} ${styles.facts}`}>
        {property && (
          <div>
            <dt>{t("property")}</dt>
            <dd className="mono">{property}</dd>
          </div>
        )}
        {step.status === "SUCCEEDED" && (
          <div>
            <dt>{t("value")}</dt>
            <dd className={`mono ${styles.factValue}`}>
              {detail?.value === null || detail?.value === undefined ? (
                <span className="muted">{t("notOnRecord")}</span>
              ) : detail.value === "" ? (
                <span className="muted">{t("empty")}</span>
              ) : (
                detail.value
              )}
            </dd>
          </div>
        )}
        {detail?.source && (
          <div>
            <dt>{t("from")}</dt>
            <dd>{sourceText(detail.source, text)}</dd>
          </div>
        )}
        {at && (step.status === "SUCCEEDED" || step.status === "FAILED") && (
          <div>
            <dt>{step.status === "SUCCEEDED" ? t("setAt") : t("failedAt")}</dt>
            <dd>
              <Until value={at} now={now} />
              <FromNow value={at} now={now} />
            </dd>
          </div>
        )}
      </dl>
      {attempts.length > 1 && <TryList attempts={attempts} title={title} shownError={step.status === "FAILED" ? error : null} />}
    </>
  );
}

/** "the record's email property", "the webhook trigger's order.plan", "Look up tier → tier": an unnamed action by its type's label. */
function sourceText(source: SetPropertyStepSource, text: ActionTypeTexts): string {
  const values =
    source.type === "PROPERTY"
      ? { source: "property", value: source.property, fromAction: "" }
      : source.type === "TRIGGER"
        ? { source: "trigger", value: source.path, fromAction: "" }
        : { source: "output", value: source.output, fromAction: source.action ? text.displayName(source.action) : text.naming.removed };
  return text.text({ key: "SET_PROPERTY.stepSource", values });
}
