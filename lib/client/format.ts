// Display formatting shared by the pages. Runs in the browser only (data arrives after
// hydration), so the viewer's locale and time zone are used.

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });

function toDate(input: string | number | Date): Date | null {
  const date = input instanceof Date ? input : new Date(input);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDateTime(input: string | number | Date | null | undefined): string {
  if (input === null || input === undefined || input === "") return "—";
  const date = toDate(input);
  return date ? dateTime.format(date) : String(input);
}

export function formatDate(input: string | number | Date | null | undefined): string {
  if (input === null || input === undefined || input === "") return "—";
  const date = toDate(input);
  return date ? dateOnly.format(date) : String(input);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

export function formatRelative(input: string | number | Date, now = Date.now()): string {
  const date = toDate(input);
  if (!date) return String(input);
  const seconds = Math.round((date.getTime() - now) / 1000);
  if (Math.abs(seconds) < 45) return "just now";
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return relative.format(Math.round(seconds / 60), "minute");
}

/** HubSpot stores date properties (createdate, closedate, ...) as epoch milliseconds in a string. */
export function isEpochDateProperty(name: string, value: string): boolean {
  return /date$/i.test(name) && /^-?\d{9,14}$/.test(value.trim());
}

/** A property value as a person reads it: epoch-ms dates as dates, empty as a dash. */
export function formatPropertyValue(name: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  if (isEpochDateProperty(name, value)) {
    const date = new Date(Number(value));
    // Dates at midnight UTC (closedate is usually one) are calendar days, not moments.
    return date.getUTCHours() === 0 && date.getUTCMinutes() === 0
      ? new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" }).format(date)
      : dateTime.format(date);
  }
  return value;
}

export function formatAmount(value: string | undefined, currency?: string): string {
  if (!value) return "—";
  const n = Number(value);
  if (!Number.isFinite(n)) return value;
  try {
    return new Intl.NumberFormat(undefined, currency ? { style: "currency", currency } : { maximumFractionDigits: 2 }).format(n);
  } catch {
    return new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format(n);
  }
}
