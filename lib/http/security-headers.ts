// Imported by next.config.ts as well as the proxy, so it imports nothing (the config
// transpiler does not resolve the @/ alias).

/** Headers every response carries: no MIME sniffing, no framing by other sites, no full URLs leaked as Referer. */
export const SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "X-Frame-Options": "DENY",
  "Content-Security-Policy": "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
};

/** Sent on every answer over HTTPS (proxy.ts): browsers keep to HTTPS for a year. */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

/**
 * A page's policy (proxy.ts sets it per request): scripts only from this origin with this
 * response's nonce (Next puts it on its own scripts; 'strict-dynamic' lets them load chunks),
 * no inline script otherwise; styles may be inline (React Flow positions nodes with style
 * attributes); no framing, plugins or foreign form targets. Development adds 'unsafe-eval',
 * which Next's dev tooling needs.
 */
export function pageContentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}
