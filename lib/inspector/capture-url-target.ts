// "Send to the request inspector" in a Send a webhook panel: the typed Webhook URL with only
// its origin (and, when it already is a capture URL, its /c/<token>) replaced by the chosen
// capture URL, so the path and query the receiver will see are tried as they are.

const CAPTURE_PREFIX = /^\/c\/[A-Za-z0-9_-]{16,64}(?=\/|$)/;

export function captureUrlTarget(typed: string, captureUrl: string): string {
  let url: URL;
  try {
    url = new URL(typed.trim());
  } catch {
    // Nothing usable typed yet (empty, or not a URL): the capture URL alone.
    return captureUrl;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return captureUrl;
  const host = url.hostname.toLowerCase();
  const path = host === "localhost" || host === "127.0.0.1" ? url.pathname.replace(CAPTURE_PREFIX, "") : url.pathname;
  // The fragment is never sent, so it is not kept.
  return `${captureUrl.replace(/\/+$/, "")}${path === "/" ? "" : path}${url.search}`;
}
