import { useLocale, useTimeZone, useTranslations } from "next-intl";
import { useMemo } from "react";
import { createFormat, type Format } from "./format";

/** The page's formatters: the UI language and the user's time zone, as lib/i18n/request.ts chose them. */
export function useFormat(): Format {
  const locale = useLocale();
  const timeZone = useTimeZone() ?? "UTC";
  const justNow = useTranslations("ui.time")("justNow");
  return useMemo(() => createFormat({ locale, timeZone, justNow }), [locale, timeZone, justNow]);
}
