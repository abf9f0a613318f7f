import fs from "node:fs";
import https from "node:https";
import type { AddressInfo, Socket } from "node:net";
import { ensureTestCertificates, TEST_CERTS_DIR } from "./certs";

// A real HTTPS endpoint on loopback for integration and end-to-end tests: webhooks are
// delivered to it through the real client, TLS included, and every request is recorded.

export type CapturedRequest = {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  /** Lower-cased names, as Node presents them. */
  headers: Record<string, string>;
  body: string;
};

export type ReceiverReply = {
  status?: number;
  /** Arrays send the header once per value; undefined values are left out. */
  headers?: Record<string, string | string[] | undefined>;
  body?: string | Buffer;
  /** Wait this long before answering, for timeout tests. */
  delayMs?: number;
  /** Send the body in pieces without Content-Length (chunked), for unknown-length responses. */
  chunked?: boolean;
};

export type ReceiverHandler = (request: CapturedRequest) => ReceiverReply | Promise<ReceiverReply>;

export type HttpsReceiver = {
  /** https://localhost:<port>, matching the certificate's name. */
  url: string;
  port: number;
  requests: CapturedRequest[];
  /** TCP connections accepted so far, to observe keep-alive reuse. */
  connectionCount(): number;
  setHandler(handler: ReceiverHandler): void;
  close(): Promise<void>;
};

export type ReceiverOptions = {
  /** Key and certificate file paths; defaults to the test-CA-signed localhost certificate. */
  certificate?: { key: string; cert: string };
  /** Port to listen on (default: any free port). */
  port?: number;
};

const defaultHandler: ReceiverHandler = () => ({
  status: 200,
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ ok: true }),
});

export async function startHttpsReceiver(handler: ReceiverHandler = defaultHandler, options: ReceiverOptions = {}): Promise<HttpsReceiver> {
  const certs =
    options.certificate ??
    (() => {
      const c = ensureTestCertificates(TEST_CERTS_DIR);
      return { key: c.serverKey, cert: c.serverCert };
    })();
  let current = handler;
  let connections = 0;
  const requests: CapturedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const server = https.createServer({ key: fs.readFileSync(certs.key), cert: fs.readFileSync(certs.cert) }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const url = new URL(req.url ?? "/", "https://localhost");
      // From the raw lines: Node's req.headers drops a header named __proto__.
      const headers: Record<string, string> = Object.create(null);
      for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
        const name = req.rawHeaders[i].toLowerCase();
        headers[name] = Object.hasOwn(headers, name) ? `${headers[name]}, ${req.rawHeaders[i + 1]}` : req.rawHeaders[i + 1];
      }
      const captured: CapturedRequest = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(captured);
      let reply: ReceiverReply;
      try {
        reply = await current(captured);
      } catch (error) {
        reply = { status: 500, body: `receiver handler failed: ${String(error)}` };
      }
      const send = () => {
        if (res.destroyed) return; // the client gave up (timeout tests)
        const body = reply.body ?? "";
        const status = reply.status ?? 200;
        const headers = Object.entries(reply.headers ?? {}).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined);
        // writeHead fixes the headers, so Node would fall back to chunked without this.
        const hasLength = headers.some(([name]) => name.toLowerCase() === "content-length");
        if (!reply.chunked && !hasLength && status !== 204 && status !== 304)
          headers.push(["Content-Length", String(Buffer.byteLength(body))]);
        res.writeHead(status, Object.fromEntries(headers));
        if (!reply.chunked) return res.end(body);
        const buffer = Buffer.from(body);
        const step = Math.max(1, Math.ceil(buffer.length / 4));
        for (let i = 0; i < buffer.length; i += step) res.write(buffer.subarray(i, i + step));
        res.end();
      };
      if (!reply.delayMs) return send();
      const timer = setTimeout(() => {
        timers.delete(timer);
        send();
      }, reply.delayMs);
      timers.add(timer);
    });
  });
  server.on("connection", (socket: Socket) => {
    connections++;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  // Clients that fail the handshake on purpose (untrusted certificate tests) are expected.
  server.on("tlsClientError", () => {});

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `https://localhost:${port}`,
    port,
    requests,
    connectionCount: () => connections,
    setHandler(next) {
      current = next;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
