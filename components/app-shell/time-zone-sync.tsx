"use client";

import { useRouter } from "next/navigation";
import { useTimeZone } from "next-intl";
import { useEffect } from "react";
import { FALLBACK_TIME_ZONE, TIME_ZONE_COOKIE } from "@/lib/i18n/time-zones";

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Tells the server the browser's time zone (the hookflow-tz cookie), for users who have not chosen
 * one (lib/i18n/request.ts). Pages render with the zone the server knew, so the server's HTML and
 * hydration agree; when the browser's zone differs (a new browser, travel), the cookie is updated
 * and, if the page was rendered in the cookie's old zone, re-rendered once. A page in another zone
 * than the cookie's is in the user's chosen zone (lib/i18n/request.ts), which the cookie does not change.
 */
export function TimeZoneSync() {
  const router = useRouter();
  const pageZone = useTimeZone();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) return;
    const current = document.cookie
      .split("; ")
      .find((entry) => entry.startsWith(`${TIME_ZONE_COOKIE}=`))
      ?.slice(TIME_ZONE_COOKIE.length + 1);
    if (current === encodeURIComponent(zone)) return;
    const cookieZone = current ? safeDecode(current) : FALLBACK_TIME_ZONE;
    const secure = window.location.protocol === "https:" ? "; Secure" : "";
    // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie, read by the server only
    document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; Max-Age=${YEAR_SECONDS}; Path=/; SameSite=Lax${secure}`;
    if (pageZone === cookieZone) router.refresh();
  }, [router, pageZone]);
  return null;
}

const safeDecode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
};
