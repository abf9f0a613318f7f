// Imported by next.config.ts as well as the proxy, so it imports nothing (the config
// transpiler does not resolve the @/ alias).

/** Headers every response carries: no MIME sniffing, no framing by other sites, no full URLs leaked as Referer. */
export const SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "X-Frame-Options": "DENY",
  "Content-Security-Policy": "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
};
