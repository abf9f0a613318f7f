import { z } from "zod";

// The user's time zone (issue 14): an IANA name such as "Asia/Seoul". Isomorphic: the profile page,
// the API and lib/i18n/request.ts use these.

/** The cookie in which the browser tells the server its own zone (set by components/app-shell/time-zone-sync.tsx). */
export const TIME_ZONE_COOKIE = "hookflow-tz";

/** The zone the server formats in before the browser has told it its own (the first page of a new browser). */
export const FALLBACK_TIME_ZONE = "UTC";

/** Whether Intl knows the zone ("Asia/Seoul", "UTC"); aliases such as "US/Pacific" count too. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value === "" || value.length > 100) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The zones to choose from: Intl's list, with UTC first (some engines list it under "Etc/UTC" only). */
export function timeZoneNames(): string[] {
  const names = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return ["UTC", ...names.filter((name) => name !== "UTC")];
}

const timeZoneSchema = z
  .string()
  .refine(isTimeZone, { error: () => "timeZone must be an IANA time zone name such as Asia/Seoul or Europe/Berlin." });

/** PUT /api/session/time-zone: an IANA zone, or null to follow the browser's zone again. */
export const setTimeZoneSchema = z.strictObject({ timeZone: timeZoneSchema.nullable() });
