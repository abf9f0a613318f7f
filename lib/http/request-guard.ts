// Checks every request gets before any route or page sees it (run by proxy.ts): a path
// whose percent-encoding cannot be decoded, and a state change sent by a browser from
// another site. Pure functions of the request's URL, method and headers, so they are
// tested without a server.

import { config } from "@/lib/config";
import { type ApiErrorKey, type ApiErrorParams, englishApiError } from "@/lib/i18n/api-errors";

/** A refusal: its status, code and English message, and (one a browser page may meet) its apiErrors catalog key and params. */
export type GuardProblem = { status: 400 | 403; code: string; message: string; text?: { key: ApiErrorKey; params: ApiErrorParams } };

/** A cross-site refusal, its English from the apiErrors catalog. */
function crossSite(key: Extract<ApiErrorKey, `CROSS_SITE_REQUEST.${string}`>, params: ApiErrorParams): GuardProblem {
  return { status: 403, code: "CROSS_SITE_REQUEST", message: englishApiError(key, params), text: { key, params } };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

// The webhook trigger is called by other people's servers and pages by design; its token
// and optional signature are its protection, not the caller's origin.
const CROSS_SITE_ALLOWED = /^\/api\/hooks\//;

/** The path's problem when a segment's percent-encoding is not valid UTF-8 (`%`, `%E0%A4%A`, `%C0%AF`). */
export function pathEncodingProblem(pathname: string): GuardProblem | null {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    return {
      status: 400,
      code: "BAD_PATH_ENCODING",
      message:
        "The URL path has invalid percent-encoding (a % must be followed by two hex digits forming UTF-8). Encode the path with encodeURIComponent.",
    };
  }
}

/**
 * The origin this app is served at, as the browser sees it: the Host header, or with
 * HOOKFLOW_TRUST_PROXY=1 the X-Forwarded-Host/-Proto a reverse proxy sets.
 */
export function ownOrigin(url: URL, headers: Headers, trustProxy = config().trustProxy): string {
  const first = (value: string | null) => value?.split(",")[0].trim() || null;
  const host = (trustProxy && first(headers.get("x-forwarded-host"))) || headers.get("host") || url.host;
  const proto = (trustProxy && first(headers.get("x-forwarded-proto"))) || url.protocol.replace(/:$/, "");
  return `${proto}://${host}`.toLowerCase();
}

/**
 * Refuses a state-changing /api request that a browser sent from another origin (a form
 * or fetch on someone else's page riding on this app's session cookie or network position).
 * Requests with an API token (Authorization: Bearer) are exempt.
 * Browsers always send Origin on such requests, or at least Sec-Fetch-Site; API clients
 * such as curl send neither and pass.
 */
export function crossSiteProblem(method: string, url: URL, headers: Headers): GuardProblem | null {
  if (SAFE_METHODS.has(method.toUpperCase()) || !url.pathname.startsWith("/api/") || CROSS_SITE_ALLOWED.test(url.pathname)) return null;
  // A Bearer token is not something a browser attaches by itself: a request carrying one was
  // made on purpose by whoever holds the token, from whatever origin.
  if (/^Bearer\s/i.test(headers.get("authorization") ?? "")) return null;
  const origin = headers.get("origin");
  const own = ownOrigin(url, headers);
  if (origin !== null) {
    if (origin.toLowerCase() === own) return null;
    return crossSite("CROSS_SITE_REQUEST.origin", { origin: origin.slice(0, 200), own });
  }
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") {
    return crossSite("CROSS_SITE_REQUEST.fetchSite", { site, own });
  }
  return null;
}
