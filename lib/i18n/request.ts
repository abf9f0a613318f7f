import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentActor } from "@/lib/auth/current-actor";
import { isLocale, LOCALE_COOKIE, type Locale } from "./locales";
import { MESSAGES } from "./messages";
import { negotiateLocale } from "./negotiate";

/** The page's language: the signed-in user's choice, else the language cookie (kept after signing out), else the browser's Accept-Language, else English. */
async function requestLocale(): Promise<Locale> {
  const actor = await currentActor();
  if (actor?.kind === "user" && actor.locale) return actor.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return negotiateLocale((await headers()).get("accept-language"));
}

// next-intl's per-request configuration (next.config.ts points its plugin here).
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: MESSAGES[locale] };
});
