import { useLocale, useTimeZone, useTranslations } from "next-intl";
import { createFormat, type Format } from "./format";

// One set of formatters per language and zone for the whole page: useFormat runs in every row's
// RelativeTime, and building a dozen Intl formatters per row would be work done again and again.
// Bounded: languages × the IANA zones Intl knows (lib/i18n/request.ts accepts no other zone).
const formats = new Map<string, Format>();

/** The page's formatters: the UI language and the user's time zone, as lib/i18n/request.ts chose them. */
export function useFormat(): Format {
  const locale = useLocale();
  const timeZone = useTimeZone() ?? "UTC";
  const justNow = useTranslations("ui.time")("justNow");
  const key = `${locale}\u0000${timeZone}\u0000${justNow}`;
  let format = formats.get(key);
  if (!format) {
    format = createFormat({ locale, timeZone, justNow });
    formats.set(key, format);
  }
  return format;
}
