import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locales";

/** The UI language an Accept-Language header asks for ("ko-KR,ko;q=0.9,en;q=0.8" → "ko"), English when none fits. */
export function negotiateLocale(acceptLanguage: string | null): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const requested = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages();
  try {
    return match(requested, LOCALES, DEFAULT_LOCALE) as Locale;
  } catch {
    // A malformed tag ("*", "x-?") in the header.
    return DEFAULT_LOCALE;
  }
}
