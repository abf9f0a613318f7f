import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentActor } from "@/lib/auth/current-actor";
import { isLocale, LOCALE_COOKIE, type Locale } from "./locales";
import { MESSAGES } from "./messages";
import { negotiateLocale } from "./negotiate";
import { FALLBACK_TIME_ZONE, isTimeZone, TIME_ZONE_COOKIE } from "./time-zones";

/** The page's language: the signed-in user's choice, else the language cookie (kept after signing out), else the browser's Accept-Language, else English. */
async function requestLocale(): Promise<Locale> {
  const actor = await currentActor();
  if (actor?.kind === "user" && actor.locale) return actor.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return negotiateLocale((await headers()).get("accept-language"));
}

/**
 * The zone dates and times are shown in: the signed-in user's choice, else the browser's own zone
 * (the cookie components/app-shell/time-zone-sync.tsx keeps), else UTC until the browser has told it.
 * Always set, so the server's render and the browser's hydration format alike.
 */
async function requestTimeZone(): Promise<string> {
  const actor = await currentActor();
  if (actor?.kind === "user" && actor.timeZone) return actor.timeZone;
  const cookie = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  const zone = cookie ? safeDecode(cookie) : null;
  return isTimeZone(zone) ? zone : FALLBACK_TIME_ZONE;
}

const safeDecode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
};

// next-intl's per-request configuration (next.config.ts points its plugin here).
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: MESSAGES[locale], timeZone: await requestTimeZone() };
});
