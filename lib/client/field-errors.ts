import type { z } from "zod";
import { ApiRequestError } from "./api-fetch";
import { englishIssueText, type IssueText, zodIssueLike } from "./issue-text";

/** Field path → first message, from either the API's `details` or a local zod check. */
export type FieldErrors = Record<string, string>;

// Shared schemas speak in API terms ("name must not be empty."); next to a field, a sentence reads better.
// Only the English message is made one: a translation is already worded for the field (and may start
// with something that must keep its case, as "name@example.com과 같은…" does).
function shown(message: string, translated: string): string {
  return translated === message ? message.charAt(0).toUpperCase() + message.slice(1) : translated;
}

/** `text` shows each issue (useIssueText: in the user's language); without it, the English message. */
export function fieldErrors(source: ApiRequestError | z.ZodError | unknown, text: IssueText = englishIssueText): FieldErrors {
  const out: FieldErrors = {};
  if (source instanceof ApiRequestError) {
    for (const detail of source.details) {
      // The API may prefix paths with "body." or use "/" separators; the forms key by the top field.
      const key = detail.path.replace(/^body[./]/, "").split(/[./]/)[0] || "_";
      out[key] ??= shown(detail.message, text(detail));
    }
    return out;
  }
  const issues = (source as z.ZodError | null)?.issues as z.core.$ZodIssue[] | undefined;
  if (Array.isArray(issues)) {
    for (const issue of issues) {
      const key = issue.path.length ? String(issue.path[0]) : "_";
      const like = zodIssueLike(issue);
      out[key] ??= shown(like.message, text(like));
    }
  }
  return out;
}
