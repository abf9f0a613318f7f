// The client address the app sees (issue 11: per-address sign-in throttling, the audit log).
// Next fills X-Forwarded-For only when the request has none, so a client could name any address
// it liked. Hookflow's server (scripts/server.mjs) rewrites the forwarding headers of every
// request before Next sees them; lib/auth/actor.ts clientAddress() reads the result.

const FORWARDING = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];

/**
 * Rewrites a Node request's headers in place. Without a trusted proxy every forwarding header the
 * client sent is dropped (Next then sets Host, Proto and Port from the connection itself) and
 * X-Forwarded-For is the socket's address alone. Behind a trusted proxy (HOOKFLOW_TRUST_PROXY=1)
 * the proxy's headers stay and the socket's address (the proxy's) is appended to X-Forwarded-For,
 * so the entry before it is the client as the proxy saw it (lib/auth/actor.ts clientAddress()).
 * @param {import("node:http").IncomingHttpHeaders} headers
 * @param {string | undefined} socketAddress
 * @param {boolean} trustProxy
 */
export function rewriteForwardedHeaders(headers, socketAddress, trustProxy) {
  const address = socketAddress ?? "";
  if (!trustProxy) {
    for (const name of FORWARDING) delete headers[name];
    if (address) headers["x-forwarded-for"] = address;
    return headers;
  }
  // Node joins repeated X-Forwarded-For headers with ", " already.
  const sent = [headers["x-forwarded-for"]]
    .flat()
    .filter((value) => typeof value === "string" && value.trim() !== "")
    .join(", ");
  const chain = [sent, address].filter(Boolean).join(", ");
  if (chain) headers["x-forwarded-for"] = chain;
  else delete headers["x-forwarded-for"];
  return headers;
}

/** HOOKFLOW_TRUST_PROXY as lib/config.ts reads it ("1" or "true", any case); start checked the value already. */
export function trustsProxy(value) {
  return ["1", "true"].includes((value ?? "").trim().toLowerCase());
}
