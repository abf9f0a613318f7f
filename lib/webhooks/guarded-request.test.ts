import net from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ensureTestCertificates, TEST_CERTS_DIR } from "@/test/certs";
import { startHttpsReceiver, type HttpsReceiver } from "@/test/https-receiver";
import { guardedRequest, pinnedLookup, webhookAgent } from "./guarded-request";
import { BlockedDestinationError } from "./url-guard";

// Real HTTPS on loopback only: every server here listens on 127.0.0.1, and no test
// sends anything to another address.

const saved = process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS;
const open: { close(): Promise<void> }[] = [];

async function receiver(...args: Parameters<typeof startHttpsReceiver>): Promise<HttpsReceiver> {
  const r = await startHttpsReceiver(...args);
  open.push(r);
  return r;
}

/** A TCP server that accepts connections and never says anything: the TLS handshake hangs. */
async function silentServer() {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const s = {
    port: (server.address() as net.AddressInfo).port,
    connections: () => sockets.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  open.push(s);
  return s;
}

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort() {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

beforeAll(() => {
  process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "localhost";
});
afterEach(() => {
  process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "localhost";
});
afterAll(async () => {
  await Promise.all(open.map((s) => s.close()));
  webhookAgent.destroy();
  if (saved === undefined) delete process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS;
  else process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = saved;
});

describe("guardedRequest", () => {
  it("runs in a worker that trusts the test CA through NODE_EXTRA_CA_CERTS", () => {
    expect(process.env.NODE_EXTRA_CA_CERTS).toBe(ensureTestCertificates(TEST_CERTS_DIR).ca);
  });

  it("keeps header names Object.prototype has, both ways (a receiver answering constructor: c, a key header named __proto__)", async () => {
    const r = await receiver(() => ({ status: 200, headers: { constructor: "c", tostring: "t", "x-twice": ["1", "2"] }, body: "{}" }));
    const headers = JSON.parse('{"__proto__": "key-in-proto", "constructor": "key-in-constructor"}') as Record<string, string>;
    const result = await guardedRequest({ method: "POST", url: `${r.url}/hook`, headers, body: "{}" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.response.headers.constructor).toBe("c");
    expect(result.response.headers.tostring).toBe("t");
    expect(result.response.headers["x-twice"]).toBe("1, 2");
    expect(r.requests[0].headers["__proto__"]).toBe("key-in-proto");
    expect(r.requests[0].headers.constructor).toBe("key-in-constructor");
  });

  it("returns a 200 with its JSON body", async () => {
    const r = await receiver();
    const result = await guardedRequest({ method: "POST", url: `${r.url}/hook`, headers: {}, body: "{}" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.response.status).toBe(200);
    expect(JSON.parse(result.response.body)).toEqual({ ok: true });
    expect(result.response.headers["content-type"]).toBe("application/json");
    expect(result.response.bodyBytes).toBe(11);
    expect(result.response.bodyTruncated).toBe(false);
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("delivers headers, query string and body intact, with Content-Length", async () => {
    const r = await receiver();
    const body = JSON.stringify({ name: "Zoë", city: "Zürich" });
    const result = await guardedRequest({
      method: "POST",
      url: `${r.url}/hooks/in?source=crm&n=1`,
      headers: { "Content-Type": "application/json", "X-HubSpot-Signature": "abc123", "X-Custom": "a b;c" },
      body,
    });
    expect(result.ok).toBe(true);
    expect(r.requests).toHaveLength(1);
    const got = r.requests[0];
    expect(got.method).toBe("POST");
    expect(got.path).toBe("/hooks/in");
    expect(got.query).toEqual({ source: "crm", n: "1" });
    expect(got.body).toBe(body);
    expect(got.headers["content-length"]).toBe(String(Buffer.byteLength(body)));
    expect(got.headers["transfer-encoding"]).toBeUndefined();
    expect(got.headers["content-type"]).toBe("application/json");
    expect(got.headers["x-hubspot-signature"]).toBe("abc123");
    expect(got.headers["x-custom"]).toBe("a b;c");
    expect(got.headers.host).toBe(`localhost:${r.port}`);
  });

  it("sends a plain GET without a body or framing headers", async () => {
    const r = await receiver();
    const result = await guardedRequest({ method: "GET", url: `${r.url}/lookup?id=7`, headers: { Accept: "application/json" } });
    expect(result.ok).toBe(true);
    expect(r.requests[0]).toMatchObject({ method: "GET", path: "/lookup", query: { id: "7" }, body: "" });
    expect(r.requests[0].headers["content-length"]).toBeUndefined();
    expect(r.requests[0].headers["transfer-encoding"]).toBeUndefined();
  });

  it("lower-cases response headers and joins repeated ones", async () => {
    const r = await receiver(() => ({
      status: 201,
      headers: { "X-Request-Id": "r-1", "Set-Cookie": ["a=1", "b=2"], Vary: "Accept" },
      body: "created",
    }));
    const result = await guardedRequest({ method: "POST", url: r.url, headers: {}, body: "" });
    expect(result.ok && result.response.status).toBe(201);
    if (!result.ok) return;
    expect(result.response.headers["x-request-id"]).toBe("r-1");
    expect(result.response.headers["set-cookie"]).toBe("a=1, b=2");
    expect(result.response.headers.vary).toBe("Accept");
    expect(result.response.body).toBe("created");
  });

  it("returns a 302 as is and does not follow it", async () => {
    const target = await receiver();
    const r = await receiver(() => ({ status: 302, headers: { Location: `${target.url}/elsewhere` } }));
    const result = await guardedRequest({ method: "POST", url: `${r.url}/hook`, headers: {}, body: "{}" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.response.status).toBe(302);
    expect(result.response.headers.location).toBe(`${target.url}/elsewhere`);
    await settle();
    expect(target.requests).toHaveLength(0);
    expect(target.connectionCount()).toBe(0);
  });

  it("cuts a body larger than the cap and reports the declared size", async () => {
    // Larger than one TLS record (16 KiB), so reading stops long before the end arrives.
    const r = await receiver(() => ({ status: 200, body: "x".repeat(200_000) }));
    const result = await guardedRequest({ method: "GET", url: r.url, headers: {} }, { maxBodyBytes: 1000 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.response.headers["content-length"]).toBe("200000");
    expect(result.response.body).toBe("x".repeat(1000));
    expect(result.response.bodyTruncated).toBe(true);
    expect(result.response.bodyBytes).toBe(200_000);
  });

  it("cuts a body of unknown length and reports the bytes received", async () => {
    const r = await receiver(() => ({ status: 200, body: "y".repeat(8000), chunked: true }));
    const result = await guardedRequest({ method: "GET", url: r.url, headers: {} }, { maxBodyBytes: 1000 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.response.headers["content-length"]).toBeUndefined();
    expect(result.response.body).toBe("y".repeat(1000));
    expect(result.response.bodyTruncated).toBe(true);
    expect(result.response.bodyBytes).toBeGreaterThan(1000);
  });

  it("keeps a body exactly at the cap whole", async () => {
    const r = await receiver(() => ({ status: 200, body: "z".repeat(1000), chunked: true }));
    const result = await guardedRequest({ method: "GET", url: r.url, headers: {} }, { maxBodyBytes: 1000 });
    expect(result.ok && result.response).toMatchObject({ bodyTruncated: false, bodyBytes: 1000 });
  });

  it("gives RESPONSE_TIMEOUT when the receiver answers too late", async () => {
    const r = await receiver(() => ({ status: 200, body: "late", delayMs: 3000 }));
    const result = await guardedRequest({ method: "POST", url: r.url, headers: {}, body: "{}" }, { responseTimeoutMs: 200 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.kind).toBe("RESPONSE_TIMEOUT");
    expect(result.failure.error.text).toBe(`localhost:${r.port} did not answer within 0.2 seconds`);
    expect(result.durationMs).toBeGreaterThanOrEqual(190);
    expect(result.durationMs).toBeLessThan(2000);
    expect(r.requests).toHaveLength(1);
  });

  it("gives CONNECT_TIMEOUT when the TLS handshake never completes", async () => {
    const s = await silentServer();
    const result = await guardedRequest(
      { method: "POST", url: `https://localhost:${s.port}/hook`, headers: {}, body: "{}" },
      { connectTimeoutMs: 200 },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.kind).toBe("CONNECT_TIMEOUT");
    expect(result.failure.error.text).toBe(
      `localhost:${s.port} accepted the connection but did not complete the secure (TLS) handshake within 0.2 seconds`,
    );
    expect(result.durationMs).toBeLessThan(2000);
  });

  it("gives CONNECTION when nothing listens on the port", async () => {
    const port = await closedPort();
    const result = await guardedRequest({ method: "POST", url: `https://localhost:${port}/hook`, headers: {}, body: "{}" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.kind).toBe("CONNECTION");
    expect(result.failure.error.text).toMatch(/refused the connection/);
  });

  it("gives TLS for a certificate not signed by a trusted CA", async () => {
    const certs = ensureTestCertificates(TEST_CERTS_DIR);
    const r = await receiver(undefined, { certificate: { key: certs.untrustedKey, cert: certs.untrustedCert } });
    const result = await guardedRequest({ method: "POST", url: `${r.url}/hook`, headers: {}, body: "{}" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.kind).toBe("TLS");
    expect(result.failure.error.text).toBe(`The TLS certificate of localhost:${r.port} is not trusted (self-signed certificate)`);
    expect(r.requests).toHaveLength(0);
  });

  it("refuses an IP-literal loopback URL before connecting", async () => {
    const r = await receiver();
    const result = await guardedRequest({ method: "POST", url: `https://127.0.0.1:${r.port}/hook`, headers: {}, body: "{}" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.kind).toBe("BLOCKED");
    expect(result.failure.error.text).toMatch(/127\.0\.0\.1 is a loopback address/);
    await settle();
    expect(r.connectionCount()).toBe(0);
  });

  it("refuses localhost when it is not an allowed private host", async () => {
    const r = await receiver();
    process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "";
    const result = await guardedRequest({ method: "POST", url: `${r.url}/hook`, headers: {}, body: "{}" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.kind).toBe("BLOCKED");
    await settle();
    expect(r.connectionCount()).toBe(0);
    expect(r.requests).toHaveLength(0);
  });

  it("checks every address DNS returns, in the lookup the socket uses", async () => {
    process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "";
    const error = await new Promise<unknown>((resolve) => pinnedLookup("localhost", { all: true }, (e) => resolve(e)));
    expect(error).toBeInstanceOf(BlockedDestinationError);
    expect((error as Error).message).toMatch(/localhost resolves to .*loopback/);
    process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "localhost";
    const addresses = await new Promise<unknown>((resolve, reject) =>
      pinnedLookup("localhost", { all: true }, (e, a) => (e ? reject(e) : resolve(a))),
    );
    expect(addresses).toEqual(expect.arrayContaining([expect.objectContaining({ address: "127.0.0.1" })]));
  });

  it("reuses one kept-alive connection for sequential requests", async () => {
    const r = await receiver();
    for (let i = 0; i < 3; i++) {
      const result = await guardedRequest({ method: "POST", url: `${r.url}/hook`, headers: {}, body: `{"i":${i}}` });
      expect(result.ok).toBe(true);
    }
    expect(r.requests).toHaveLength(3);
    expect(r.connectionCount()).toBe(1);
  });

  it("handles many concurrent requests to one receiver", async () => {
    const r = await receiver();
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => guardedRequest({ method: "POST", url: `${r.url}/hook`, headers: {}, body: `{"i":${i}}` })),
    );
    expect(results.every((x) => x.ok && x.response.status === 200)).toBe(true);
    expect(r.requests).toHaveLength(200);
    expect(r.connectionCount()).toBeLessThanOrEqual(64);
  });

  it("does not apply the connect timeout to a request handed an already-open socket", async () => {
    // 64 sockets per origin: request 65 waits for a freed, established socket, and its slow
    // answer must count against the response timeout only.
    const r = await receiver((req) =>
      JSON.parse(req.body).i >= 64 ? { status: 200, body: "slow", delayMs: 2000 } : { status: 200, body: "fast" },
    );
    const results = await Promise.all(
      Array.from({ length: 65 }, (_, i) =>
        guardedRequest({ method: "POST", url: `${r.url}/hook`, headers: {}, body: `{"i":${i}}` }, { connectTimeoutMs: 1500 }),
      ),
    );
    expect(results.map((x) => (x.ok ? x.response.status : x.failure.error.text)).filter((x) => x !== 200)).toEqual([]);
    expect(r.connectionCount()).toBe(64);
  });

  it("never puts query-string or header secrets into failure messages", async () => {
    const certs = ensureTestCertificates(TEST_CERTS_DIR);
    const untrusted = await receiver(undefined, { certificate: { key: certs.untrustedKey, cert: certs.untrustedCert } });
    const slow = await receiver(() => ({ delayMs: 2000 }));
    const silent = await silentServer();
    const refused = await closedPort();
    const request = (base: string) => ({
      method: "POST" as const,
      url: `${base}/hook?api_key=SECRET123`,
      headers: { Authorization: "Bearer SECRET456" },
      body: "{}",
    });
    const limits = { connectTimeoutMs: 200, responseTimeoutMs: 200 };
    const results = await Promise.all([
      guardedRequest(request(untrusted.url), limits),
      guardedRequest(request(slow.url), limits),
      guardedRequest(request(`https://localhost:${silent.port}`), limits),
      guardedRequest(request(`https://localhost:${refused}`), limits),
      guardedRequest(request(`https://127.0.0.1:${refused}`), limits),
      guardedRequest(request("http://localhost"), limits),
      guardedRequest({ ...request(slow.url), headers: { "X-Key": "SECRET789\n" } }, limits),
    ]);
    const kinds = results.map((x) => (x.ok ? "OK" : x.failure.kind));
    expect(kinds).toEqual(["TLS", "RESPONSE_TIMEOUT", "CONNECT_TIMEOUT", "CONNECTION", "BLOCKED", "BLOCKED", "CONNECTION"]);
    for (const x of results) {
      if (x.ok) continue;
      expect(x.failure.error.text).not.toMatch(/SECRET|api_key|\/hook/);
    }
  });

  it("never throws on input it cannot send", async () => {
    const results = await Promise.all([
      guardedRequest({ method: "POST", url: "not a url", headers: {} }),
      guardedRequest({ method: "POST", url: "https://localhost:1/", headers: { "Bad Name": "x" } }),
    ]);
    expect(results.map((x) => !x.ok && x.failure.kind)).toEqual(["BLOCKED", "CONNECTION"]);
  });
});
