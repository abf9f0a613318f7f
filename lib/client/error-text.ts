import { useCallback } from "react";
import { ApiRequestError, errorMessage } from "./api-fetch";
import { type IssueLike, useIssueText } from "./issue-text";
import { useKeyedText } from "./keyed-text";

// Shows an API error's sentence in the user's language: by the apiErrors catalog key and params the
// API answered with (lib/i18n/api-errors.ts), else its English message (an error without a key, a
// key this UI does not know, a thrown Error of the page's own). Field-level details go through useIssueText.

/** An error's sentence as a person reads it. */
export type ErrorText = (error: unknown) => string;

/** What an error's sentence is shown from: as ApiRequestError has it, or as an event log keeps a refusal. */
export type KeyedError = { message: string; key?: string; params?: Record<string, string | number>; details?: readonly IssueLike[] };

/** The error's sentence in the user's language; English keeps the message itself, which the en catalog wrote. */
export function useErrorText(): ErrorText {
  const keyed = useKeyedErrorText();
  return useCallback((error: unknown) => (error instanceof ApiRequestError ? keyed(error) : errorMessage(error)), [keyed]);
}

/**
 * A keyed error's sentence in the user's language. A sentence that quotes its first detail has that
 * detail's English message as its `issue` param (AppError.ofIssues): the detail is put there in the
 * user's language, by its validation code.
 */
export function useKeyedErrorText(): (error: KeyedError) => string {
  const keyed = useKeyedText("apiErrors");
  const issueText = useIssueText();
  return useCallback(
    (error: KeyedError) => {
      const first = error.details?.[0];
      const params = error.params && "issue" in error.params && first ? { ...error.params, issue: issueText(first) } : error.params;
      return keyed(error.key, params) ?? error.message;
    },
    [keyed, issueText],
  );
}
