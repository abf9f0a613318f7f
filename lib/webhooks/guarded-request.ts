import dns from "node:dns";
import https from "node:https";
import net from "node:net";
import type { LookupFunction, Socket } from "node:net";
import { type RunError, runError } from "@/lib/i18n/run-errors";
import { isInspectorUrl } from "@/lib/inspector/inspector-config";
import { readInspectorCertificate } from "@/lib/inspector/inspector-tls";
import { BlockedDestinationError, checkResolvedAddresses, checkWebhookUrl } from "./url-guard";

// The one HTTP client webhooks use. Everything that can go wrong comes back as a
// RequestResult whose message a non-developer can act on (a run error: English, and its
// runErrors key and params); nothing throws. Messages name the host at most: query strings and
// header values can carry API keys.

export type OutgoingRequest = { method: "GET" | "POST"; url: string; headers: Record<string, string>; body?: string };
export type IncomingResponse = { status: number; headers: Record<string, string>; body: string; bodyBytes: number; bodyTruncated: boolean };
type TransportFailureKind = "BLOCKED" | "DNS" | "CONNECT_TIMEOUT" | "RESPONSE_TIMEOUT" | "CONNECTION" | "TLS";
type TransportFailure = { kind: TransportFailureKind; error: RunError };
export type RequestResult =
  | { ok: true; response: IncomingResponse; durationMs: number }
  | { ok: false; failure: TransportFailure; durationMs: number };
export type RequestLimits = { connectTimeoutMs: number; responseTimeoutMs: number; maxBodyBytes: number };

const DEFAULT_LIMITS: RequestLimits = { connectTimeoutMs: 3000, responseTimeoutMs: 30000, maxBodyBytes: 1024 * 1024 };

/**
 * Resolves like dns.lookup, but refuses the whole answer when any address is blocked, and
 * hands the socket only addresses it checked, so the connection cannot go anywhere else
 * (no second lookup that DNS rebinding could answer differently). Node skips `lookup` for
 * IP-literal hosts; checkWebhookUrl covers those.
 */
export const pinnedLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "", undefined);
    try {
      if (addresses.length === 0) throw Object.assign(new Error(`No DNS record for ${hostname}`), { code: "ENOTFOUND" });
      checkResolvedAddresses(
        hostname,
        addresses.map((a) => a.address),
      );
    } catch (checkError) {
      return callback(checkError as NodeJS.ErrnoException, "", undefined);
    }
    // Node's happy-eyeballs connect asks for all addresses; a plain connect for one.
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};

// Keep-alive pays the TCP+TLS handshake once per connection instead of per delivery; the
// lookup above runs for every new connection, and a reused socket is already pinned.
// The idle timeout stays below common server keep-alive limits to avoid reusing a socket
// the server is about to close (Node also honours a server's `Keep-Alive: timeout=` hint).
export const webhookAgent = new https.Agent({
  keepAlive: true,
  maxSockets: 64,
  maxFreeSockets: 64,
  scheduling: "lifo",
  timeout: 15_000,
  lookup: pinnedLookup,
});

type Transport = { agent: https.Agent; lookup: LookupFunction };
const publicTransport: Transport = { agent: webhookAgent, lookup: pinnedLookup };

// The built-in request inspector is the one exception to the address rules: its origin
// (lib/inspector/inspector-config.ts) is reached on 127.0.0.1 only, trusting its own
// self-signed certificate and nothing else, so another local service on that port fails
// the TLS check instead of receiving the request. The agent follows the certificate file,
// which the web process re-creates when it nears expiry.
const loopbackLookup: LookupFunction = (_hostname, options, callback) => {
  if (options.all) return callback(null, [{ address: "127.0.0.1", family: 4 }]);
  callback(null, "127.0.0.1", 4);
};
let inspectorTransportCache: { cert: string; transport: Transport } | undefined;

function inspectorTransport(): Transport | null {
  const cert = readInspectorCertificate();
  if (!cert) return null;
  if (inspectorTransportCache?.cert !== cert) {
    inspectorTransportCache?.transport.agent.destroy();
    const agent = new https.Agent({ keepAlive: true, maxSockets: 16, timeout: 15_000, ca: [cert], lookup: loopbackLookup });
    inspectorTransportCache = { cert, transport: { agent, lookup: loopbackLookup } };
  }
  return inspectorTransportCache.transport;
}

// Sockets that finished their TLS handshake. The agent hands a freed socket straight to a
// queued request without marking it `reusedSocket`, so that flag alone cannot tell a new
// connection (which gets the connect timeout) from an established one.
const established = new WeakSet<Socket>();

// Why a certificate is not trusted, as the runErrors message transport.tlsUntrusted selects its words.
const TLS_TRUST_CODES: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: "selfSigned",
  SELF_SIGNED_CERT_IN_CHAIN: "selfSignedInChain",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "unknownAuthority",
  UNABLE_TO_GET_ISSUER_CERT: "unknownAuthority",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "unknownAuthority",
  CERT_UNTRUSTED: "untrusted",
  CERT_REJECTED: "rejected",
  CERT_REVOKED: "revoked",
  INVALID_CA: "invalidAuthority",
  CERT_SIGNATURE_FAILURE: "invalidSignature",
};

type Phase = "queued" | "dns" | "connect" | "tls" | "sent" | "receiving";
type Attempt = { type: "response"; response: IncomingResponse } | { type: "failure"; failure: TransportFailure } | { type: "stale-socket" };

/** A time limit in seconds, to one decimal, for the messages' "within 3 seconds". */
const seconds = (ms: number) => Math.round(ms / 100) / 10;

function describeError(error: unknown, host: string, phase: Phase): TransportFailure {
  const err = (error ?? {}) as NodeJS.ErrnoException;
  const code = err.code ?? "";
  const fail = (kind: TransportFailureKind, failure: RunError): TransportFailure => ({ kind, error: failure });
  if (error instanceof BlockedDestinationError) return fail("BLOCKED", error.error);
  if (code === "BLOCKED_DESTINATION") return fail("BLOCKED", runError("untranslated", { text: err.message }));
  if (code === "ENOTFOUND" || code === "ENODATA" || code === "EAI_NONAME") return fail("DNS", runError("transport.dnsNoRecord", { host }));
  if (code === "EAI_AGAIN" || code.startsWith("EAI_") || code === "ESERVFAIL" || code === "ETIMEOUT") {
    return fail("DNS", runError("transport.dnsUnavailable", { host, code }));
  }
  if (code in TLS_TRUST_CODES) return fail("TLS", runError("transport.tlsUntrusted", { host, reason: TLS_TRUST_CODES[code] }));
  if (code === "CERT_HAS_EXPIRED") return fail("TLS", runError("transport.tlsExpired", { host }));
  if (code === "CERT_NOT_YET_VALID") return fail("TLS", runError("transport.tlsNotYetValid", { host }));
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID" || code === "HOSTNAME_MISMATCH")
    return fail("TLS", runError("transport.tlsWrongHost", { host }));
  if (code.startsWith("ERR_SSL_") || code === "EPROTO" || code.startsWith("ERR_TLS_") || /CERT/.test(code)) {
    return fail("TLS", runError("transport.tlsFailed", { host, code }));
  }
  if (code === "ECONNREFUSED") return fail("CONNECTION", runError("transport.refused", { host }));
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH" || code === "EADDRNOTAVAIL") {
    return fail("CONNECTION", runError("transport.unreachable", { host }));
  }
  if (code === "ETIMEDOUT") return fail("CONNECT_TIMEOUT", runError("transport.connectTimedOut", { host }));
  if (code.startsWith("HPE_")) return fail("CONNECTION", runError("transport.invalidHttp", { host }));
  if (code === "ECONNRESET" || code === "EPIPE" || code === "ECONNABORTED") {
    if (phase === "tls") return fail("CONNECTION", runError("transport.closedDuringTls", { host }));
    if (phase === "receiving") return fail("CONNECTION", runError("transport.closedMidResponse", { host }));
    return fail("CONNECTION", runError("transport.closedBeforeAnswer", { host }));
  }
  if (code === "ERR_INVALID_CHAR" || code === "ERR_INVALID_HTTP_TOKEN" || code === "ERR_HTTP_INVALID_HEADER_VALUE") {
    return fail("CONNECTION", runError("transport.invalidHeader", { host }));
  }
  return fail("CONNECTION", code ? runError("transport.failedCode", { host, code }) : runError("transport.failed", { host }));
}

// Header names are the other side's choice ("constructor", "__proto__"): objects keyed by them
// have no prototype, and only own keys count.
function joinHeaders(raw: string[]): Record<string, string> {
  const headers: Record<string, string> = Object.create(null);
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    headers[name] = Object.hasOwn(headers, name) ? `${headers[name]}, ${raw[i + 1]}` : raw[i + 1];
  }
  return headers;
}

function outgoingHeaders(request: OutgoingRequest): Record<string, string> {
  const headers: Record<string, string> = Object.create(null);
  for (const [name, value] of Object.entries(request.headers)) {
    // The client owns framing, and the Host header would also steer SNI away from the pinned host.
    const lower = name.toLowerCase();
    if (lower === "content-length" || lower === "transfer-encoding" || lower === "host") continue;
    headers[name] = value;
  }
  if (request.body !== undefined || request.method === "POST") {
    headers["Content-Length"] = String(Buffer.byteLength(request.body ?? ""));
  }
  return headers;
}

function attempt(url: URL, request: OutgoingRequest, limits: RequestLimits, transport: Transport): Promise<Attempt> {
  const host = url.host; // includes a non-default port, never the path or query
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  return new Promise<Attempt>((resolve) => {
    let settled = false;
    let phase: Phase = "queued";
    let reused = false;
    let connectTimer: NodeJS.Timeout | undefined;
    let responseTimer: NodeJS.Timeout | undefined;
    let req: ReturnType<typeof https.request> | undefined;

    const settle = (outcome: Attempt) => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      clearTimeout(responseTimer);
      resolve(outcome);
    };
    const fail = (failure: TransportFailure) => {
      settle({ type: "failure", failure });
      req?.destroy();
    };
    const startResponseTimer = () => {
      clearTimeout(connectTimer);
      phase = "sent";
      responseTimer = setTimeout(() => {
        const params = { host, seconds: seconds(limits.responseTimeoutMs) };
        const error = runError(phase === "receiving" ? "transport.responseUnfinished" : "transport.responseTimeout", params);
        fail({ kind: "RESPONSE_TIMEOUT", error });
      }, limits.responseTimeoutMs);
    };

    try {
      req = https.request({
        method: request.method,
        protocol: "https:",
        hostname,
        port: url.port || 443,
        path: url.pathname + url.search,
        headers: outgoingHeaders(request),
        agent: transport.agent,
        lookup: transport.lookup,
        // Empty servername turns SNI off for IP literals (not allowed there); certificate
        // checks then use the IP. Explicit rejectUnauthorized ignores NODE_TLS_REJECT_UNAUTHORIZED.
        servername: net.isIP(hostname) ? "" : hostname,
        rejectUnauthorized: true,
      });
    } catch (error) {
      return settle({ type: "failure", failure: describeError(error, host, phase) });
    }

    req.on("socket", (socket: Socket) => {
      reused = req!.reusedSocket || established.has(socket);
      if (reused) return startResponseTimer();
      phase = "dns";
      // Starts when the socket exists, not when the request was queued behind busy sockets.
      connectTimer = setTimeout(() => {
        const params = { host, seconds: seconds(limits.connectTimeoutMs) };
        if (phase === "dns") return fail({ kind: "DNS", error: runError("transport.dnsTimeout", params) });
        const error = runError(phase === "tls" ? "transport.tlsHandshakeTimeout" : "transport.connectTimeout", params);
        fail({ kind: "CONNECT_TIMEOUT", error });
      }, limits.connectTimeoutMs);
      socket.once("lookup", (error: Error | null) => {
        if (!error && phase === "dns") phase = "connect";
      });
      socket.once("connect", () => {
        if (phase === "dns" || phase === "connect") phase = "tls";
      });
      socket.once("secureConnect", () => {
        established.add(socket);
        startResponseTimer();
      });
    });

    req.on("response", (res) => {
      phase = "receiving";
      const declared = Number(res.headers["content-length"]);
      const chunks: Buffer[] = [];
      let received = 0;
      let kept = 0;
      const finish = (truncated: boolean) => {
        const body = Buffer.concat(chunks).toString("utf8");
        const response: IncomingResponse = {
          status: res.statusCode ?? 0,
          headers: joinHeaders(res.rawHeaders),
          body,
          bodyBytes: truncated && Number.isFinite(declared) && declared > received ? declared : received,
          bodyTruncated: truncated,
        };
        settle({ type: "response", response });
      };
      res.on("data", (chunk: Buffer) => {
        if (settled) return;
        const room = limits.maxBodyBytes - kept;
        received += chunk.length;
        if (chunk.length <= room) {
          chunks.push(chunk);
          kept += chunk.length;
          return;
        }
        if (room > 0) chunks.push(chunk.subarray(0, room));
        finish(true);
        // The rest is not wanted; closing the socket is cheaper than draining it.
        req!.destroy();
      });
      res.on("end", () => finish(false));
      res.on("error", (error) => fail(describeError(error, host, "receiving")));
      res.on("close", () => {
        if (!res.complete) fail({ kind: "CONNECTION", error: runError("transport.closedMidResponse", { host }) });
      });
    });

    req.on("error", (error: NodeJS.ErrnoException) => {
      if (settled) return;
      // A pooled socket the server closed while idle: the request never reached it, so one
      // retry on a fresh connection is safe (the pattern Node's documentation recommends).
      if (reused && phase === "sent" && (error.code === "ECONNRESET" || error.code === "EPIPE")) {
        return settle({ type: "stale-socket" });
      }
      fail(describeError(error, host, phase));
    });

    req.end(request.body);
  });
}

export async function guardedRequest(request: OutgoingRequest, limits: Partial<RequestLimits> = {}): Promise<RequestResult> {
  const started = performance.now();
  const durationMs = () => Math.round(performance.now() - started);
  const effective: RequestLimits = { ...DEFAULT_LIMITS, ...limits };
  let url: URL;
  let transport: Transport | null = publicTransport;
  try {
    // Parsed once: the inspector check and the address rules read the same URL.
    const parsed = URL.canParse(request.url) ? new URL(request.url) : null;
    if (parsed && isInspectorUrl(parsed)) {
      url = parsed;
      transport = inspectorTransport();
    } else {
      url = checkWebhookUrl(parsed ?? request.url);
    }
  } catch (error) {
    const refusal = error instanceof BlockedDestinationError ? error.error : runError("transport.invalidUrl");
    return { ok: false, failure: { kind: "BLOCKED", error: refusal }, durationMs: durationMs() };
  }
  if (!transport) {
    return { ok: false, failure: { kind: "CONNECTION", error: runError("transport.inspectorNotStarted") }, durationMs: durationMs() };
  }
  try {
    let outcome = await attempt(url, request, effective, transport);
    if (outcome.type === "stale-socket") outcome = await attempt(url, request, effective, transport);
    if (outcome.type === "response") return { ok: true, response: outcome.response, durationMs: durationMs() };
    const failure =
      outcome.type === "failure"
        ? outcome.failure
        : { kind: "CONNECTION" as const, error: runError("transport.closedBeforeAnswer", { host: url.host }) };
    return { ok: false, failure, durationMs: durationMs() };
  } catch (error) {
    // Defensive: attempt() settles every path itself, but a webhook must never crash its caller.
    return { ok: false, failure: describeError(error, url.host, "queued"), durationMs: durationMs() };
  }
}
