import ipaddr from "ipaddr.js";
import { config } from "@/lib/config";
import { type RunError, type RunErrorKey, type RunErrorRef, runError, runErrorRef } from "@/lib/i18n/run-errors";

// Decides which destinations a webhook may reach. Only public unicast addresses pass:
// loopback, private, link-local (cloud metadata lives there), unique-local, CGNAT,
// multicast, reserved, unspecified, and every IPv6 form that embeds an IPv4 address
// (IPv4-mapped, IPv4-compatible, NAT64, 6to4, Teredo) are refused; IPv6 must be global
// unicast (2000::/3). The same check runs on every address
// DNS returns, and the connection uses the checked address (see guarded-request.ts).
// WEBHOOK_ALLOWED_PRIVATE_HOSTS names hosts let through anyway, for tests and local demos.

export class BlockedDestinationError extends Error {
  readonly code = "BLOCKED_DESTINATION";
  /** The refusal as a run error (its English is the message). */
  constructor(readonly error: RunError) {
    super(error.text);
  }
}

function allowedPrivateHosts(): Set<string> {
  return new Set(config().allowedPrivateHosts);
}

const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR("2000::/3") as [ipaddr.IPv6, number];
const IPV4_COMPATIBLE_V6 = ipaddr.parseCIDR("::/96") as [ipaddr.IPv6, number];

// The ranges refused, by ipaddr.js's names, as the runErrors catalog words them.
const RANGE_REASONS: Record<string, RunErrorKey> = {
  loopback: "address.loopback",
  private: "address.private",
  linkLocal: "address.linkLocal",
  uniqueLocal: "address.uniqueLocal",
  unspecified: "address.unspecified",
  carrierGradeNat: "address.carrierGradeNat",
  ipv4Mapped: "address.ipv4Mapped",
  rfc6052: "address.rfc6052",
  rfc6145: "address.rfc6145",
  "6to4": "address.sixToFour",
  teredo: "address.teredo",
  multicast: "address.multicast",
  broadcast: "address.broadcast",
};

/** Why an address may not be contacted (a runErrors `address.*` message: "a loopback address"), or null when it is a public unicast address. */
function blockedAddress(address: string): RunErrorRef | null {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address.replace(/^\[|\]$/g, "").replace(/%.*$/, ""));
  } catch {
    return runErrorRef("address.notIp", { address });
  }
  const range = parsed.range();
  if (range === "unicast") {
    if (parsed.kind() === "ipv4") return null;
    // Only 2000::/3 is global unicast. Anything else ipaddr.js calls "unicast" is unassigned
    // or deprecated, notably the IPv4-compatible ::/96 form (::7f00:1 is ::127.0.0.1).
    if (parsed.match(GLOBAL_UNICAST_V6)) return null;
    return parsed.match(IPV4_COMPATIBLE_V6) ? runErrorRef("address.ipv4Compatible") : runErrorRef("address.outsideGlobalUnicast");
  }
  return Object.hasOwn(RANGE_REASONS, range) ? runErrorRef(RANGE_REASONS[range]) : runErrorRef("address.reserved", { range });
}

/** Why an address may not be contacted, in English ("a loopback address"), or null when it is a public unicast address. */
export function blockedAddressReason(address: string): string | null {
  const reason = blockedAddress(address);
  return reason && runError(reason.key, reason.params).text;
}

/** Checks the URL itself: https only, and an IP literal host must be public. */
export function checkWebhookUrl(raw: string | URL): URL {
  let url: URL;
  try {
    url = typeof raw === "string" ? new URL(raw) : raw;
  } catch {
    throw new BlockedDestinationError(runError("blocked.notAUrl"));
  }
  if (url.protocol !== "https:") throw new BlockedDestinationError(runError("blocked.notHttps"));
  // A trailing dot names the same host ("localhost." is localhost).
  const host = url.hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "");
  if (allowedPrivateHosts().has(host)) return url;
  // WHATWG URL parsing already turned decimal, octal and hex IPv4 forms into dotted quads.
  if (ipaddr.isValid(host)) {
    const reason = blockedAddress(host);
    if (reason) throw new BlockedDestinationError(runError("blocked.address", { host, reason }));
  } else if (host === "localhost" || host.endsWith(".localhost")) {
    throw new BlockedDestinationError(runError("blocked.loopbackHost", { host }));
  }
  return url;
}

/** Filters DNS answers for a host: throws when any answer is blocked (no mixing public and private). */
export function checkResolvedAddresses(host: string, addresses: string[]): void {
  if (allowedPrivateHosts().has(host.toLowerCase())) return;
  for (const address of addresses) {
    const reason = blockedAddress(address);
    if (reason) throw new BlockedDestinationError(runError("blocked.resolvesTo", { host, address, reason }));
  }
}
