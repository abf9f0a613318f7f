import { useCallback } from "react";
import { ApiRequestError, errorMessage } from "./api-fetch";
import { useKeyedText } from "./keyed-text";

// Shows an API error's sentence in the user's language: by the apiErrors catalog key and params the
// API answered with (lib/i18n/api-errors.ts), else its English message (an error without a key, a
// key this UI does not know, a network failure, a 5xx). Field-level details go through useIssueText.

/** An error's sentence as a person reads it. */
export type ErrorText = (error: unknown) => string;

/** The error's sentence in the user's language; English keeps the message itself, which the en catalog wrote. */
export function useErrorText(): ErrorText {
  const keyed = useKeyedText("apiErrors");
  return useCallback(
    (error: unknown) => (error instanceof ApiRequestError ? keyed(error.key, error.params) : null) ?? errorMessage(error),
    [keyed],
  );
}

/** An API error kept with what it was about (a hook event's refusal): its English, and its catalog key and params when it had them. */
export type StoredError = { error: string | null; errorKey: string | null; errorParams: unknown };

/** A kept API error's sentence in the user's language; its stored English without a key this UI knows. Null when there was no error. */
export function useStoredErrorText(): (stored: StoredError) => string | null {
  const keyed = useKeyedText("apiErrors");
  return useCallback(
    ({ error, errorKey, errorParams }: StoredError) =>
      error === null
        ? null
        : (keyed(errorKey ?? undefined, (errorParams ?? undefined) as Record<string, string | number> | undefined) ?? error),
    [keyed],
  );
}
