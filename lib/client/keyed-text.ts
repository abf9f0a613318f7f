import { useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";
import { localizeParams } from "@/lib/i18n/localize-params";

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

/** The params' English names in the user's language (lib/i18n/localize-params.ts). */
export function useLocalizedParams(): (params: Params) => Params {
  const t = useTranslations();
  return useCallback(
    (params) => localizeParams(params, (path) => (t.has(path as never) ? (t as unknown as (path: string) => string)(path) : null)),
    [t],
  );
}
