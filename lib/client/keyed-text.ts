import { useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";

// What the API names by a catalog key (validation issues, API errors, audit summaries) in the user's
// language. The API's own English message is the en catalog's text, so English shows the message as it came.

type Params = Record<string, string | number>;

/** A catalog key's text with its params, or null where the English message is what to show (English, no key, a key this UI does not know). */
export type KeyedText = (key: string | undefined, params?: Params) => string | null;

export function useKeyedText(namespace: "validation" | "apiErrors" | "auditSummaries"): KeyedText {
  const locale = useLocale();
  const t = useTranslations(namespace);
  const localized = useLocalizedParams();
  return useCallback(
    (key, params) => {
      if (locale === "en" || !key || !t.has(key as never)) return null;
      return (t as unknown as (key: string, params?: Params) => string)(key, params && localized(params));
    },
    [locale, t, localized],
  );
}

/**
 * Params the server fills with English names, in the user's language where the params say what they
 * name: `objectType` gives the object's name (objectLabel) and, with `propertyName`, a HubSpot default
 * property's label (propertyLabel; a custom property keeps the label its maker typed); `actionType`
 * gives the action type's name (actionLabel).
 */
export function useLocalizedParams(): (params: Params) => Params {
  const crm = useTranslations("crm");
  const actionTypes = useTranslations("actionTypes");
  return useCallback(
    (params) => {
      const out = { ...params };
      const { objectType, propertyName, actionType } = params;
      const crmText = (key: string) => (crm.has(key as never) ? crm(key as never) : null);
      if (typeof objectType === "string") {
        const objectLabel = crmText(`objectTypes.${objectType}.singular`);
        if (objectLabel && "objectLabel" in out) out.objectLabel = objectLabel;
        const propertyLabel = typeof propertyName === "string" ? crmText(`properties.${objectType}.${propertyName}`) : null;
        if (propertyLabel && "propertyLabel" in out) out.propertyLabel = propertyLabel;
      }
      const actionLabelKey = `${actionType}.label`;
      if (typeof actionType === "string" && "actionLabel" in out && actionTypes.has(actionLabelKey as never)) {
        out.actionLabel = actionTypes(actionLabelKey as never);
      }
      return out;
    },
    [crm, actionTypes],
  );
}
