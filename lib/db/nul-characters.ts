import { AppError } from "@/lib/errors";
import { englishMessage } from "@/lib/i18n/validation";

// U+0000 (NUL) cannot be stored in PostgreSQL's text (its C strings end at it), while SQLite
// stores it; so the same request would succeed on one database and answer 500 on the other.
// Hookflow therefore takes no NUL from anyone it can refuse (request JSON, forms, query strings
// and route parameters answer 400 NUL_CHARACTER on both databases, saying where), and replaces
// it where it cannot refuse (what a remote receiver answers, an event kept for display) with
// U+FFFD, the character Unicode sets aside for "a character that could not be represented".
// Json columns (PostgreSQL `json`, see scripts/prisma-schema.mjs) keep a document's \u0000
// escape as text, so a stored response body needs nothing; text columns and whatever is later
// copied into one do.

const NUL = "\u0000";
const REPLACEMENT = "\uFFFD";
/** Longest key shown in a path; a longer one is cut with "…". */
const SEGMENT_CHARS = 60;

/** The path (keys and array indexes) to the first key or string in a JSON-like value holding U+0000; [] for a string itself; null when none does. */
export function nulPath(value: unknown): string[] | null {
  // Iterative, as parse-json.ts walks documents: a deep one must not overflow the stack.
  const pending: [unknown, string[]][] = [[value, []]];
  while (pending.length > 0) {
    const [current, path] = pending.pop()!;
    if (typeof current === "string") {
      if (current.includes(NUL)) return path;
      continue;
    }
    if (current === null || typeof current !== "object") continue;
    const entries: [string, unknown][] = Array.isArray(current)
      ? current.map((child, i) => [String(i), child])
      : Object.entries(current as Record<string, unknown>);
    // Reversed onto the stack, so the first one in document order is found first.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i];
      if (key.includes(NUL)) return [...path, key];
      pending.push([child, [...path, key]]);
    }
  }
  return null;
}

/** A path as people read it ("contact.emails.0"), with NUL written as \u0000 (never the character itself) and long keys cut. */
function showPath(path: string[]): string {
  return path
    .map((key) => {
      const shown = key.replaceAll(NUL, "\\u0000");
      return shown.length > SEGMENT_CHARS ? `${shown.slice(0, SEGMENT_CHARS - 1)}…` : shown;
    })
    .join(".");
}

/**
 * Throws 400 NUL_CHARACTER when a key or string in `value` holds U+0000, naming where (the path,
 * never a value). `what` starts the message: "json" The JSON body, "form" The form, "query" The query string, "record" The record.
 */
export function refuseNul(value: unknown, what: "json" | "form" | "query" | "record"): void {
  const path = nulPath(value);
  if (path === null) return;
  const where = path.length ? showPath(path) : "";
  const details = [{ path: where, message: englishMessage("nul.notAccepted"), code: "nul.notAccepted" }];
  throw where
    ? AppError.of("NUL_CHARACTER.at", { what, where }, { details })
    : AppError.of("NUL_CHARACTER.anywhere", { what }, { details });
}

/** The text with every U+0000 replaced by U+FFFD, for text from outside that cannot be refused. */
export function withoutNul(text: string): string {
  return text.includes(NUL) ? text.replaceAll(NUL, REPLACEMENT) : text;
}
