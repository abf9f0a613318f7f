// Request headers the proxy (proxy.ts) sets on every page request, replacing any a client sent,
// for server components that need what only the proxy sees.
export const PAGE_HEADERS = {
  /** The path and query asked for, to come back to after sign-in. */
  path: "x-hookflow-path",
  /** "1" when the browser reached the app over HTTPS (see ownOrigin), for the Secure session cookie. */
  https: "x-hookflow-https",
  /** This response's script nonce (its Content-Security-Policy), for the root layout's inline theme script. */
  nonce: "x-hookflow-nonce",
} as const;
