import { useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";
import { wordRunError } from "@/lib/i18n/run-errors";
import { useLocalizedParams } from "./keyed-text";

// Why a run, step or attempt failed, in the user's language: by the runErrors catalog key and params
// stored with it (lib/i18n/run-errors.ts), else its English (a row from before keys were kept, a key
// this UI does not know). The English is the en catalog's text, so English shows it as stored.

/** What a run, step or attempt carries of its failure (GET /api/enrollments/:id, the run lists). */
type StoredRunError = { error: string | null; errorKey?: string | null; errorParams?: unknown };

/** The failure's sentence as the user reads it; null when there is none. */
export type RunErrorText = (item: StoredRunError) => string | null;

export function useRunErrorText(): RunErrorText {
  const locale = useLocale();
  const t = useTranslations();
  const localized = useLocalizedParams();
  return useCallback(
    (item) => {
      if (!item.error) return null;
      if (locale === "en" || !item.errorKey) return item.error;
      return wordRunError(t as unknown as Parameters<typeof wordRunError>[0], item.errorKey, item.errorParams, localized) ?? item.error;
    },
    [locale, t, localized],
  );
}
