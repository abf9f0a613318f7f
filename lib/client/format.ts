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

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** "5 minutes ago" for the last month; older moments as a date, which reads better than "11 months ago". */
export function formatRelative(input: string | number | Date, now = Date.now()): string {
  const date = toDate(input);
  if (!date) return String(input);
  const seconds = Math.round((date.getTime() - now) / 1000);
  if (Math.abs(seconds) < 45) return "just now";
  if (Math.abs(seconds) >= 30 * 24 * 3600) return dateOnly.format(date);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return relative.format(Math.round(seconds / 60), "minute");
}

/** HubSpot stores date properties (createdate, closedate, ...) as epoch milliseconds in a string. */
function isEpochDateProperty(name: string, value: string): boolean {
  return /date$/i.test(name) && /^-?\d{9,14}$/.test(value.trim());
}

// Properties that are calendar days in HubSpot: the time part carries no meaning.
const DATE_ONLY_PROPERTIES = new Set(["closedate", "hs_closed_date", "date_of_birth"]);

// Plain numbers that read better grouped (7,400,000). Ids and phone numbers must stay as they are.
const NUMBER_PROPERTIES = new Set(["amount", "annualrevenue", "numberofemployees", "hs_num_open_deals", "num_associated_contacts"]);
const grouped = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/** A property value as a person reads it: epoch-ms dates as dates, big numbers grouped, empty as a dash. */
export function formatPropertyValue(name: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  if (isEpochDateProperty(name, value)) {
    const date = new Date(Number(value));
    return DATE_ONLY_PROPERTIES.has(name.toLowerCase()) ? dateOnly.format(date) : dateTime.format(date);
  }
  if (NUMBER_PROPERTIES.has(name.toLowerCase()) && /^-?\d+(\.\d+)?$/.test(value.trim())) return grouped.format(Number(value));
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
