import { useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";

// What the API names by a catalog key (validation issues, API errors, audit summaries) in the user's
// language. The API's own English message is the en catalog's text, so English shows the message as it came.

/** A catalog key's text with its params, or null where the English message is what to show (English, no key, a key this UI does not know). */
export type KeyedText = (key: string | undefined, params?: Record<string, string | number>) => string | null;

export function useKeyedText(namespace: "validation" | "apiErrors" | "auditSummaries"): KeyedText {
  const locale = useLocale();
  const t = useTranslations(namespace);
  return useCallback(
    (key, params) => {
      if (locale === "en" || !key || !t.has(key as never)) return null;
      return (t as unknown as (key: string, params?: Record<string, string | number>) => string)(key, params);
    },
    [locale, t],
  );
}
