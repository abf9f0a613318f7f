// Display formatting shared by the pages (issue 14): every date, time, relative time, duration,
// number and byte size is formatted with Intl for the UI's language (not the browser's) and in the
// user's time zone (lib/i18n/request.ts). Components use useFormat() (./use-format.ts); the pure
// createFormat is what it binds, tested in both languages and two zones (format.test.ts).

export type FormatSettings = {
  /** The UI language ("en", "ko"). */
  locale: string;
  /** An IANA zone ("Asia/Seoul"). */
  timeZone: string;
  /** The catalog's "just now" (ui.time.justNow). */
  justNow: string;
};

type Moment = string | number | Date;

function toDate(input: Moment): Date | null {
  const date = input instanceof Date ? input : new Date(input);
  return Number.isNaN(date.getTime()) ? null : date;
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** HubSpot stores date properties (createdate, closedate, ...) as epoch milliseconds in a string. */
function isEpochDateProperty(name: string, value: string): boolean {
  return /date$/i.test(name) && /^-?\d{9,14}$/.test(value.trim());
}

// Properties that are calendar days in HubSpot: the time part carries no meaning.
const DATE_ONLY_PROPERTIES = new Set(["closedate", "hs_closed_date", "date_of_birth"]);

// Plain numbers that read better grouped (7,400,000). Ids and phone numbers must stay as they are.
const NUMBER_PROPERTIES = new Set(["amount", "annualrevenue", "numberofemployees", "hs_num_open_deals", "num_associated_contacts"]);

/**
 * Korean day periods as Korean writes them: CLDR 48 (ICU 78: Node 20+, current Chromium) abbreviates
 * them "AM"/"PM" in ko ("2026. 3. 6. AM 1:05"), where Korean text reads "오전"/"오후".
 */
const KOREAN_DAY_PERIODS: Record<string, string> = { AM: "오전", PM: "오후" };

/** Intl.DateTimeFormat, with Korean day periods in Korean whatever the engine's CLDR says. */
function dateTimeFormatter(locale: string, options: Intl.DateTimeFormatOptions): { format: (date: Date) => string } {
  const intl = new Intl.DateTimeFormat(locale, options);
  if (!/^ko\b/i.test(locale)) return intl;
  return {
    format: (date) =>
      intl
        .formatToParts(date)
        .map((part) => (part.type === "dayPeriod" ? (KOREAN_DAY_PERIODS[part.value] ?? part.value) : part.value))
        .join(""),
  };
}

/** The formatters for one language and zone. */
export function createFormat({ locale, timeZone, justNow }: FormatSettings) {
  const dateTimeFormat = dateTimeFormatter(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone });
  // A calendar day (closedate) is midnight UTC in HubSpot: shown in UTC, so it is the same day everywhere.
  const calendarDayFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const timeFormat = dateTimeFormatter(locale, { timeStyle: "short", timeZone });
  const timeWithSecondsFormat = dateTimeFormatter(locale, { timeStyle: "medium", timeZone });
  const dayKey = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone });
  const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const relativeAlways = new Intl.RelativeTimeFormat(locale, { numeric: "always" });
  const grouped = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const unit = (name: string, fractionDigits = 0, unitDisplay: "short" | "long" = "short") =>
    new Intl.NumberFormat(locale, { style: "unit", unit: name, unitDisplay, maximumFractionDigits: fractionDigits });
  const milliseconds = unit("millisecond");
  const secondsPrecise = unit("second", 2);
  const secondsCoarse = unit("second", 1);
  // Bytes in words ("512 bytes", "512바이트"): their short form is "512 byte" / "512byte".
  const byteUnits = {
    byte: unit("byte", 0, "long"),
    kilobyte: unit("kilobyte", 1),
    megabyte: unit("megabyte", 1),
    gigabyte: unit("gigabyte", 1),
  };

  const dateTime = (input: Moment | null | undefined): string => {
    if (input === null || input === undefined || input === "") return "—";
    const date = toDate(input);
    return date ? dateTimeFormat.format(date) : String(input);
  };

  return {
    locale,
    timeZone,
    /** "Mar 5, 2026, 5:05 PM" / "2026. 3. 5. 오후 5:05"; a dash for none. */
    dateTime,
    /** "Mar 5, 2026" / "2026. 3. 5.". */
    date: (input: Moment): string => {
      const date = toDate(input);
      return date ? dateFormat.format(date) : String(input);
    },
    /** "5:05 PM" / "오후 5:05"; with seconds: "5:05:09 PM". */
    time: (input: Moment, seconds = false): string => {
      const date = toDate(input);
      return date ? (seconds ? timeWithSecondsFormat : timeFormat).format(date) : String(input);
    },
    /** Whether two moments fall on the same calendar day in the user's zone. */
    sameDay: (a: Moment, b: Moment): boolean => {
      const [x, y] = [toDate(a), toDate(b)];
      return !!x && !!y && dayKey.format(x) === dayKey.format(y);
    },
    /** "5 minutes ago", "in 3 minutes" / "5분 전", "3분 후" for the last month; older moments as a date, which reads better than "11 months ago". */
    relative: (input: Moment, now = Date.now()): string => {
      const date = toDate(input);
      if (!date) return String(input);
      const seconds = Math.round((date.getTime() - now) / 1000);
      if (Math.abs(seconds) < 45) return justNow;
      if (Math.abs(seconds) >= 30 * 24 * 3600) return dateFormat.format(date);
      for (const [name, size] of RELATIVE_UNITS) {
        if (Math.abs(seconds) >= size) return relativeFormat.format(Math.round(seconds / size), name);
      }
      return relativeFormat.format(Math.round(seconds / 60), "minute");
    },
    /**
     * "in 1 hour", "in 45 minutes", "in 3 days" / "1시간 후"; null under half a minute. Rounded to
     * the unit shown, so a wait of an hour that began a moment ago reads "in 1 hour", not "in 60 minutes".
     */
    timeLeft: (input: Moment, now = Date.now()): string | null => {
      const date = toDate(input);
      const ms = date ? date.getTime() - now : Number.NaN;
      if (!(ms >= 30_000)) return null;
      const minutes = Math.round(ms / 60_000);
      if (minutes < 60) return relativeAlways.format(minutes, "minute");
      const hours = Math.round(ms / 3_600_000);
      if (hours < 48) return relativeAlways.format(hours, "hour");
      return relativeAlways.format(Math.round(ms / 86_400_000), "day");
    },
    /** A time taken: "120 ms", "1.25 sec", "12.5 sec" / "120ms", "1.25초"; a dash for none. */
    duration: (ms: number | null | undefined): string => {
      if (ms === undefined || ms === null || !Number.isFinite(ms)) return "—";
      if (ms < 1000) return milliseconds.format(Math.round(ms));
      return (ms < 10_000 ? secondsPrecise : secondsCoarse).format(ms / 1000);
    },
    /** A size in bytes: "512 bytes", "1.5 kB", "2.3 MB" (decimal units, as Intl names them). */
    bytes: (bytes: number): string => {
      if (bytes < 1000) return byteUnits.byte.format(bytes);
      if (bytes < 1000 ** 2) return byteUnits.kilobyte.format(bytes / 1000);
      if (bytes < 1000 ** 3) return byteUnits.megabyte.format(bytes / 1000 ** 2);
      return byteUnits.gigabyte.format(bytes / 1000 ** 3);
    },
    /** A plain number, grouped: "7,400,000". */
    number: (value: number): string => grouped.format(value),
    /** A property value as a person reads it: epoch-ms dates as dates, big numbers grouped, empty as a dash. */
    propertyValue: (name: string, value: string | null | undefined): string => {
      if (value === null || value === undefined || value === "") return "—";
      if (isEpochDateProperty(name, value)) {
        const date = new Date(Number(value));
        return DATE_ONLY_PROPERTIES.has(name.toLowerCase()) ? calendarDayFormat.format(date) : dateTimeFormat.format(date);
      }
      if (NUMBER_PROPERTIES.has(name.toLowerCase()) && /^-?\d+(\.\d+)?$/.test(value.trim())) return grouped.format(Number(value));
      return value;
    },
    /** A money amount in its currency when known: "$7,400.00" / "US$7,400.00". */
    amount: (value: string | undefined, currency?: string): string => {
      if (!value) return "—";
      const n = Number(value);
      if (!Number.isFinite(n)) return value;
      try {
        return new Intl.NumberFormat(locale, currency ? { style: "currency", currency } : { maximumFractionDigits: 2 }).format(n);
      } catch {
        return grouped.format(n);
      }
    },
  };
}

export type Format = ReturnType<typeof createFormat>;

const pad = (n: number) => String(n).padStart(2, "0");

/** The wall-clock parts of an instant in a zone. */
function wallClock(date: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour") % 24, minute: get("minute"), second: get("second") };
}

/** An instant (ISO or epoch milliseconds) as a datetime-local input shows it in the zone: "2026-12-31T17:30"; "" when unreadable. */
export function toZonedInputValue(value: string, timeZone: string): string {
  const date = new Date(/^-?\d+$/.test(value) ? Number(value) : value);
  if (Number.isNaN(date.getTime())) return "";
  const c = wallClock(date, timeZone);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`;
}

/** A datetime-local value ("2026-12-31T17:30"), read as wall-clock time in the zone, as an instant (ISO); "" when unreadable. */
export function fromZonedInputValue(local: string, timeZone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) return "";
  const [year, month, day, hour, minute, second = "0"] = match.slice(1).map((part) => part ?? "0");
  const asUtc = Date.UTC(+year, +month - 1, +day, +hour, +minute, +second);
  // The zone's offset at that moment, found twice so a time next to a daylight-saving change lands right.
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const c = wallClock(new Date(guess), timeZone);
    const offset = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - guess;
    guess = asUtc - offset;
  }
  return new Date(guess).toISOString();
}
