import ipaddr from "ipaddr.js";
import { config } from "@/lib/config";

// Decides which destinations a webhook may reach. Only public unicast addresses pass:
// loopback, private, link-local (cloud metadata lives there), unique-local, CGNAT,
// multicast, reserved, unspecified, and every IPv6 form that embeds an IPv4 address
// (IPv4-mapped, IPv4-compatible, NAT64, 6to4, Teredo) are refused; IPv6 must be global
// unicast (2000::/3). The same check runs on every address
// DNS returns, and the connection uses the checked address (see guarded-request.ts).
// WEBHOOK_ALLOWED_PRIVATE_HOSTS names hosts let through anyway, for tests and local demos.

export class BlockedDestinationError extends Error {
  readonly code = "BLOCKED_DESTINATION";
}

function allowedPrivateHosts(): Set<string> {
  return new Set(config().allowedPrivateHosts);
}

const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR("2000::/3") as [ipaddr.IPv6, number];
const IPV4_COMPATIBLE_V6 = ipaddr.parseCIDR("::/96") as [ipaddr.IPv6, number];

/** Why an address may not be contacted, or null when it is a public unicast address. */
export function blockedAddressReason(address: string): string | null {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address.replace(/^\[|\]$/g, "").replace(/%.*$/, ""));
  } catch {
    return `"${address}" is not an IP address`;
  }
  const range = parsed.range();
  if (range === "unicast") {
    if (parsed.kind() === "ipv4") return null;
    // Only 2000::/3 is global unicast. Anything else ipaddr.js calls "unicast" is unassigned
    // or deprecated, notably the IPv4-compatible ::/96 form (::7f00:1 is ::127.0.0.1).
    if (parsed.match(GLOBAL_UNICAST_V6)) return null;
    return parsed.match(IPV4_COMPATIBLE_V6)
      ? "an IPv4-compatible IPv6 address (the deprecated ::/96 range)"
      : "an IPv6 address outside the global unicast range (2000::/3)";
  }
  const names: Record<string, string> = {
    loopback: "a loopback address",
    private: "a private network address",
    linkLocal: "a link-local address (where cloud metadata services live)",
    uniqueLocal: "a private (unique-local) IPv6 address",
    unspecified: "an unspecified address",
    carrierGradeNat: "a shared (carrier-grade NAT) address",
    ipv4Mapped: "an IPv4-mapped IPv6 address",
    rfc6052: "a NAT64 address",
    rfc6145: "an IPv4-translated address",
    "6to4": "a 6to4 address",
    teredo: "a Teredo address",
    multicast: "a multicast address",
    broadcast: "the broadcast address",
  };
  return names[range] ?? `a reserved address (${range})`;
}

/** Checks the URL itself: https only, and an IP literal host must be public. */
export function checkWebhookUrl(raw: string | URL): URL {
  let url: URL;
  try {
    url = typeof raw === "string" ? new URL(raw) : raw;
  } catch {
    throw new BlockedDestinationError("The webhook URL is not a valid URL.");
  }
  if (url.protocol !== "https:") throw new BlockedDestinationError("The webhook URL must use https://.");
  // A trailing dot names the same host ("localhost." is localhost).
  const host = url.hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "");
  if (allowedPrivateHosts().has(host)) return url;
  // WHATWG URL parsing already turned decimal, octal and hex IPv4 forms into dotted quads.
  if (ipaddr.isValid(host)) {
    const reason = blockedAddressReason(host);
    if (reason) throw new BlockedDestinationError(`Refused: ${host} is ${reason}. Webhooks may only reach public addresses.`);
  } else if (host === "localhost" || host.endsWith(".localhost")) {
    throw new BlockedDestinationError(`Refused: ${host} is a loopback host. Webhooks may only reach public addresses.`);
  }
  return url;
}

/** Filters DNS answers for a host: throws when any answer is blocked (no mixing public and private). */
export function checkResolvedAddresses(host: string, addresses: string[]): void {
  if (allowedPrivateHosts().has(host.toLowerCase())) return;
  for (const address of addresses) {
    const reason = blockedAddressReason(address);
    if (reason)
      throw new BlockedDestinationError(`Refused: ${host} resolves to ${address}, ${reason}. Webhooks may only reach public addresses.`);
  }
}
