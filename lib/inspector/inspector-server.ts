import https from "node:https";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { inspectorPort } from "./inspector-config";
import { ensureInspectorCertificate } from "./inspector-tls";
import { recordCapture, type CaptureAnswer } from "./inspector";

// The inspector's HTTPS listener: https://localhost:<port>/c/<token>[/any/path][?query]
// captures any method and answers with the capture URL's configured response. It listens
// on 127.0.0.1 only: it is a destination for this server's own webhooks, not a public service.

/** Bodies are kept up to this size (the rest is counted, not stored), as webhooks send at most 1 MiB. */
const MAX_CAPTURED_BODY_BYTES = 1024 * 1024;
/** A request body past this size is cut off with 413. */
const MAX_READ_BYTES = 16 * 1024 * 1024;
const CAPTURE_PATH = /^\/c\/([A-Za-z0-9_-]{16,64})(\/[^?]*)?$/;

export type InspectorServer = { port: number; close(): Promise<void> };

/**
 * On every answer. A capture URL answers whatever its user set (text/html included) from
 * https://localhost:<port>, a neighbour of the app's own origin: a browser opening it must
 * neither guess another type nor run it there. `sandbox` gives the page an opaque origin
 * (no cookies, no storage, no script), `default-src 'none'` loads nothing.
 */
const CAPTURE_SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "sandbox; default-src 'none'",
  "Cache-Control": "no-store",
} as const;

function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...CAPTURE_SECURITY_HEADERS,
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(text),
    ...extra,
  });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<{ body: Buffer; bytes: number; truncated: boolean } | "too-large"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    let kept = 0;
    req.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > MAX_READ_BYTES) {
        req.removeAllListeners("data");
        req.pause();
        return resolve("too-large");
      }
      const room = MAX_CAPTURED_BODY_BYTES - kept;
      if (room <= 0) return;
      const part = chunk.length <= room ? chunk : chunk.subarray(0, room);
      chunks.push(part);
      kept += part.length;
    });
    req.on("end", () => resolve({ body: Buffer.concat(chunks), bytes, truncated: bytes > kept }));
    req.on("error", reject);
  });
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "https://inspector.invalid");
  const match = CAPTURE_PATH.exec(url.pathname);
  if (!match) {
    return sendJson(res, 404, {
      error: {
        code: "NOT_FOUND",
        message:
          "This is Hookflow's request inspector. Send requests to a capture URL from Settings → Request inspector (https://localhost:<port>/c/<token>).",
      },
    });
  }
  const read = await readBody(req);
  if (read === "too-large") {
    res.setHeader("Connection", "close");
    return sendJson(res, 413, {
      error: { code: "PAYLOAD_TOO_LARGE", message: `The request inspector reads bodies up to ${MAX_READ_BYTES / 1024 / 1024} MiB.` },
    });
  }
  const headers: [string, string][] = [];
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) headers.push([req.rawHeaders[i], req.rawHeaders[i + 1]]);
  let answer: CaptureAnswer | null;
  try {
    answer = await recordCapture(match[1], {
      method: req.method ?? "GET",
      path: match[2] ?? "/",
      query: url.search.replace(/^\?/, ""),
      headers,
      body: read.body,
      bodyBytes: read.bytes,
      bodyTruncated: read.truncated,
      remoteAddress: req.socket.remoteAddress ?? null,
    });
  } catch (error) {
    // The kind of failure only: messages could quote request data.
    console.error(`[hookflow] request inspector could not store a request: ${(error as Error)?.name ?? typeof error}`);
    return sendJson(res, 500, {
      error: { code: "INTERNAL", message: "The request inspector could not store this request; see the server log." },
    });
  }
  if (!answer) {
    return sendJson(res, 404, {
      error: {
        code: "NOT_FOUND",
        message: "No capture URL has this address. It may have been deleted: create one in Settings → Request inspector.",
      },
    });
  }
  // Chosen headers first, then the listener's own, which an answer cannot replace (see the schema's reserved names).
  const answerHeaders: [string, string][] = [
    ...answer.headers,
    ...Object.entries(CAPTURE_SECURITY_HEADERS),
    ["X-Hookflow-Capture-Id", String(answer.captureId)],
  ];
  const bodyless = answer.status === 204 || answer.status === 304;
  if (!bodyless) answerHeaders.push(["Content-Length", String(Buffer.byteLength(answer.body))]);
  if (answer.delayMs > 0 && !(await waitUnlessClosed(req, answer.delayMs))) return;
  try {
    // Written as raw [name, value] pairs: the answer's header names keep the case they were given.
    res.writeHead(answer.status, answerHeaders.flat());
  } catch {
    // Not expected (recordCapture answers only values that can be sent), but the request is
    // stored: say so rather than "could not store".
    return sendJson(res, 500, {
      error: {
        code: "INTERNAL",
        message: `The request was stored (capture ${answer.captureId}), but this capture URL's response could not be sent; set it again in Settings → Request inspector.`,
      },
    });
  }
  res.end(req.method === "HEAD" || bodyless ? undefined : answer.body);
}

/** Waits `ms` before answering (a chosen delay); false when the client went away meanwhile (or the listener closed). */
function waitUnlessClosed(req: IncomingMessage, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = req.socket;
    const onClose = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      socket.off("close", onClose);
      resolve(!socket.destroyed);
    }, ms);
    socket.once("close", onClose);
  });
}

/** Starts the listener; rejects when the port is taken or the certificate cannot be made. */
export async function startInspectorServer(options: { port?: number; host?: string } = {}): Promise<InspectorServer> {
  const { cert, key } = await ensureInspectorCertificate();
  const server = https.createServer({ cert, key }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      // The kind of failure only: messages could quote request data.
      console.error(`[hookflow] request inspector could not answer a request: ${(error as Error)?.name ?? typeof error}`);
      if (!res.headersSent)
        sendJson(res, 500, {
          error: { code: "INTERNAL", message: "The request inspector could not answer this request; see the server log." },
        });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? inspectorPort(), options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
