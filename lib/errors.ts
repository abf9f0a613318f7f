// Errors domain code raises for the caller to fix: a code from the list below, a message that
// says what was wrong and what to do, and optional per-field details. Nothing here knows about
// HTTP: lib/http/error-status.ts decides the status each code is answered with. Errors are made with
// AppError.of, which names the message by a key of the apiErrors catalog and its params; the API
// answers them next to the English message so the UI can show it in the user's language
// (lib/i18n/keyed-errors.test.ts fails an AppError written with an English sentence of its own).

import { type ApiErrorKey, type ApiErrorParams, apiErrorCode, englishApiError } from "@/lib/i18n/api-errors";

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

/**
 * Codes an error answer has without an AppError: an unexpected 500 and a secret the key cannot open
 * (lib/http/route-handler.ts), the proxy's cross-site refusal (lib/http/request-guard.ts), and the
 * browser client's own when no usable answer came (lib/client/api-fetch.ts). Their sentences are in
 * the apiErrors catalog too, so the UI shows them in the user's language.
 */
export const OTHER_ERROR_CODES = [
  "INTERNAL",
  "SECRET_KEY_MISMATCH",
  "CROSS_SITE_REQUEST",
  "NETWORK_ERROR",
  "BAD_RESPONSE",
  "HTTP_ERROR",
] as const;

type KeyOf<C extends string> = C | `${C}.${string}`;
/** Every key of the apiErrors catalog starts with an error code (a typo there fails to compile here). */
const keysStartWithCodes: ApiErrorKey extends KeyOf<ErrorCode | (typeof OTHER_ERROR_CODES)[number]> ? true : never = true;
void keysStartWithCodes;

/** A key of the apiErrors catalog an AppError is made with: one of an AppError code. */
export type AppErrorKey = Extract<ApiErrorKey, KeyOf<ErrorCode>>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
    /** Headers the answer carries, e.g. Retry-After on TOO_MANY_ATTEMPTS. */
    readonly headers?: Record<string, string>,
    /** The apiErrors catalog key the message was written from, and its params (see AppError.of). */
    readonly text?: { key: ApiErrorKey; params?: ApiErrorParams },
  ) {
    super(message);
    this.name = "AppError";
  }

  /**
   * An error whose message is the apiErrors catalog's English for `key` (its code is the key's first
   * segment): `AppError.of("CONFLICT.secretName", { name })`. The API answers the key and params too.
   */
  static of(key: AppErrorKey, params?: ApiErrorParams, extra: { details?: ErrorDetail[]; headers?: Record<string, string> } = {}) {
    return new AppError(apiErrorCode(key) as ErrorCode, englishApiError(key, params), extra.details, extra.headers, {
      key,
      ...(params ? { params } : {}),
    });
  }

  /**
   * An error whose sentence quotes its first detail (details: one or more), as the catalog's `{issue}`
   * ("The workflow cannot be turned on: {issue}"): the param is that detail's English message, and the
   * UI puts the detail there in the user's language, by its validation code (lib/client/error-text.ts).
   */
  static ofIssues(key: AppErrorKey, details: ErrorDetail[], params: ApiErrorParams = {}) {
    return AppError.of(key, { ...params, issue: details[0]?.message ?? "" }, { details });
  }
}
