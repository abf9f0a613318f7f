// Errors domain code raises for the caller to fix: a code from the list below, a message that
// says what was wrong and what to do, and optional per-field details. Nothing here knows about
// HTTP: lib/http/error-status.ts decides the status each code is answered with.

export const ERROR_CODES = [
  "NOT_FOUND",
  "VALIDATION_FAILED",
  "CONFLICT",
  "MISSING_BODY",
  "MALFORMED_JSON",
  "JSON_TOO_DEEP",
  "JSON_TOO_MANY_KEYS",
  "FORBIDDEN_KEY",
  "NUL_CHARACTER",
  "PAYLOAD_TOO_LARGE",
  "TOO_MANY_FIELDS",
  "UNSUPPORTED_MEDIA_TYPE",
  "INVALID_WORKFLOW",
  "WORKFLOW_NOT_READY",
  "REVISION_CONFLICT",
  "WORKFLOW_OFF",
  "WRONG_OBJECT_TYPE",
  "NOTHING_TO_RETRY",
  "ALREADY_RUNNING",
  "ACTION_MISSING",
  "NOT_ACTIVE",
  "NOT_ENROLLED",
  "RUN_CANCELLED",
  "NOT_A_WEBHOOK_TRIGGER",
  "VERIFICATION_FAILED",
  "NO_RECORD_MATCH",
  "NO_MATCH_VALUE",
  "NO_MATCHING_RECORD",
  "ALREADY_SET_UP",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "BAD_CREDENTIALS",
  "TOO_MANY_ATTEMPTS",
  "LAST_OWNER",
  "INVITATION_GONE",
  "PROPERTY_IN_USE",
  "INVALID_PROPERTY_VALUE",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * One field's problem: its path and English message and, for a schema's issue, the validation catalog's
 * key (`code`, e.g. "webhookUrl.https") and ICU `params` the UI shows it by in the user's language.
 */
export type ErrorDetail = { path: string; message: string; code?: string; params?: Record<string, string | number> };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
    /** Headers the answer carries, e.g. Retry-After on TOO_MANY_ATTEMPTS. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }

  static notFound(what: string) {
    return new AppError("NOT_FOUND", `${what} was not found.`);
  }
}
