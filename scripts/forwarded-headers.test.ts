import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/actor";
import { rewriteForwardedHeaders, trustsProxy } from "./forwarded-headers.mjs";

// What scripts/server.mjs does to every request before Next sees it, and what
// lib/auth/actor.ts clientAddress() then reads from the result.
const addressSeen = (headers: Record<string, string | string[]>, socket: string | undefined, trustProxy: boolean) => {
  const rewritten = rewriteForwardedHeaders({ ...headers }, socket, trustProxy);
  const forwarded = rewritten["x-forwarded-for"];
  return clientAddress(new Headers(forwarded === undefined ? {} : { "x-forwarded-for": String(forwarded) }), trustProxy);
};

describe("the forwarding headers, without a trusted proxy", () => {
  it("replaces whatever the client sent with the connection's address", () => {
    const headers = rewriteForwardedHeaders(
      {
        host: "hookflow.test",
        "x-forwarded-for": "1.2.3.4, 5.6.7.8",
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "https",
        "x-forwarded-port": "443",
        forwarded: "for=1.2.3.4",
        "x-real-ip": "1.2.3.4",
      },
      "203.0.113.9",
      false,
    );
    expect(headers).toEqual({ host: "hookflow.test", "x-forwarded-for": "203.0.113.9" });
    expect(addressSeen({ "x-forwarded-for": "1.2.3.4" }, "203.0.113.9", false)).toBe("203.0.113.9");
    expect(addressSeen({}, "::ffff:127.0.0.1", false)).toBe("127.0.0.1");
  });

  it("leaves no address when the socket has none (it closed)", () => {
    expect(rewriteForwardedHeaders({ "x-forwarded-for": "1.2.3.4" }, undefined, false)).toEqual({});
  });
});

describe("the forwarding headers, behind a trusted proxy (HOOKFLOW_TRUST_PROXY=1)", () => {
  it("keeps the proxy's headers and appends the connection's address, so the entry before it is the client the proxy saw", () => {
    const headers = rewriteForwardedHeaders(
      { "x-forwarded-for": "198.51.100.7", "x-forwarded-host": "hookflow.example", "x-forwarded-proto": "https" },
      "10.0.0.2",
      true,
    );
    expect(headers).toEqual({
      "x-forwarded-for": "198.51.100.7, 10.0.0.2",
      "x-forwarded-host": "hookflow.example",
      "x-forwarded-proto": "https",
    });
    expect(addressSeen({ "x-forwarded-for": "198.51.100.7" }, "10.0.0.2", true)).toBe("198.51.100.7");
    // A proxy that appends to a header the client made up: the client's claim is not believed.
    expect(addressSeen({ "x-forwarded-for": "6.6.6.6, 198.51.100.7" }, "10.0.0.2", true)).toBe("198.51.100.7");
    // Reached directly, not through the proxy: the connection's address.
    expect(addressSeen({}, "10.0.0.2", true)).toBe("10.0.0.2");
  });

  it("reads HOOKFLOW_TRUST_PROXY as lib/config.ts does", () => {
    expect([" 1", "TRUE", "true"].map(trustsProxy)).toEqual([true, true, true]);
    expect([undefined, "", "0", "false", "yes"].map(trustsProxy)).toEqual([false, false, false, false, false]);
  });
});
