// Browser-side JSON client for the Hookflow REST API. Every non-2xx answer becomes an
// ApiRequestError so screens can show the server's message and per-field details.

import { signInPath } from "@/lib/auth/return-path";
import { type ApiErrorKey, englishApiError } from "@/lib/i18n/api-errors";

/** A field's problem; `code` and `params` (a validation catalog key and its values) let the UI show it in the user's language. */
export type ApiRequestErrorDetail = { path: string; message: string; code?: string; params?: Record<string, string | number> };

/** The apiErrors catalog key an error's message was written from, and its params (lib/client/error-text.ts shows it by them). */
export type ApiRequestErrorText = { key: string; params?: Record<string, string | number> };

export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ApiRequestErrorDetail[];
  readonly key?: string;
  readonly params?: Record<string, string | number>;

  constructor(status: number, code: string, message: string, details: ApiRequestErrorDetail[] = [], text?: ApiRequestErrorText) {
    super(message);
    this.name = "ApiRequestError";
    this.status = status;
    this.code = code;
    this.details = details;
    this.key = text?.key;
    this.params = text?.params;
  }
}

type ApiFetchOptions = Omit<RequestInit, "body"> & {
  /** Sent as JSON. */
  json?: unknown;
  /** Appended as a query string; undefined and empty values are left out. */
  query?: Record<string, string | number | undefined | null>;
};

function errorFromBody(status: number, body: unknown): ApiRequestError {
  type Unchecked = { code?: unknown; key?: unknown; params?: unknown; message?: unknown; details?: unknown };
  const error = (body as { error?: Unchecked } | null)?.error;
  if (error && typeof error.message === "string") {
    const details = Array.isArray(error.details)
      ? error.details.filter((d): d is ApiRequestErrorDetail => typeof d?.path === "string" && typeof d?.message === "string")
      : [];
    const params = error.params && typeof error.params === "object" ? (error.params as Record<string, string | number>) : undefined;
    const text = typeof error.key === "string" ? { key: error.key, ...(params ? { params } : {}) } : undefined;
    return new ApiRequestError(status, typeof error.code === "string" ? error.code : "ERROR", error.message, details, text);
  }
  // A proxy error page or a crashed route: no structured body to show.
  return clientError(status, status >= 500 ? "HTTP_ERROR.server" : "HTTP_ERROR.client", { status: String(status) });
}

/** An error of this client's own (no answer, or one it cannot read), worded by the apiErrors catalog like the server's. */
function clientError(status: number, key: ApiErrorKey, params?: Record<string, string>): ApiRequestError {
  return new ApiRequestError(status, key.split(".")[0], englishApiError(key, params), [], { key, ...(params ? { params } : {}) });
}

export async function apiFetch<T>(path: string, options: ApiFetchOptions = {}): Promise<T> {
  const { json, query, headers, ...init } = options;
  let url = path;
  if (query) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
    }
    const qs = params.toString();
    if (qs) url += (url.includes("?") ? "&" : "?") + qs;
  }

  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: {
        Accept: "application/json",
        ...(json !== undefined ? { "Content-Type": "application/json" } : {}),
        ...headers,
      },
      body: json !== undefined ? JSON.stringify(json) : undefined,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw clientError(0, "NETWORK_ERROR");
  }

  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      if (response.ok) throw clientError(response.status, "BAD_RESPONSE");
    }
  }
  if (!response.ok) {
    const error = errorFromBody(response.status, body);
    if (error.code === "UNAUTHENTICATED") leaveForSignIn();
    throw error;
  }
  return body as T;
}

/**
 * The session ended (signed out elsewhere, deactivated, expired) while a signed-in page was open:
 * go to sign-in and come back here afterwards. Public pages (sign-in, setup, an invitation) have
 * no session to lose, so their own 401s (a wrong password) stay with the form. The caller still
 * gets the error, so nothing waits for an answer that will not come.
 */
function leaveForSignIn() {
  if (typeof window === "undefined") return;
  const { pathname, search, hash } = window.location;
  if (PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`))) return;
  window.location.assign(signInPath(`${pathname}${search}${hash}`));
}

const PUBLIC_PATHS = ["/sign-in", "/setup", "/invite"];

/** A message fit to show a person, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return "Something went wrong. Try again.";
}
