// PUT /api/session/locale {locale: "en" | "ko" | null} — the caller's UI language (null follows the browser's Accept-Language)
import { isHttps } from "@/lib/auth/actor";
import { setLocaleSchema } from "@/lib/i18n/locales";
import { setUserLocale } from "@/lib/i18n/user-locale";
import { json, otherMethods, readJson, routeHandler, withCookies } from "@/lib/http/route-handler";

export const PUT = routeHandler("VIEWER", async (request, _context, actor) => {
  const { locale } = await readJson(request, setLocaleSchema);
  return withCookies(json({ locale }), [await setUserLocale(actor.userId, locale, isHttps(request))]);
});

export const { GET, POST, PATCH, DELETE } = otherMethods({ PUT });
