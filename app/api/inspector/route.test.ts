import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordCapture } from "@/lib/inspector/inspector";
import { startInspectorServer } from "@/lib/inspector/inspector-server";
import { callRoute } from "@/test/call-route";
import * as inspector from "./route";
import * as captureUrls from "./capture-urls/route";
import * as captureUrl from "./capture-urls/[id]/route";
import * as captures from "./capture-urls/[id]/captures/route";
import * as capture from "./capture-urls/[id]/captures/[captureId]/route";
import * as resetSequence from "./capture-urls/[id]/reset-sequence/route";
import * as oldBins from "./bins/route";
import * as oldBin from "./bins/[id]/route";
import * as oldCaptures from "./bins/[id]/captures/route";
import * as oldCapture from "./bins/[id]/captures/[captureId]/route";

const tokenOf = (url: string) => url.split("/c/")[1];
const incoming = (path: string) => ({
  method: "POST",
  path,
  query: "a=1",
  headers: [["Content-Type", "application/json"]] as [string, string][],
  body: Buffer.from('{"n":1}'),
  bodyBytes: 7,
  bodyTruncated: false,
  remoteAddress: "127.0.0.1",
});

// A port nothing listens on yet, and a certificate folder of this file's own.
const tlsDir = fs.mkdtempSync(path.join(os.tmpdir(), "hookflow-inspector-route-"));
beforeAll(async () => {
  process.env.HOOKFLOW_INSPECTOR_TLS_DIR = tlsDir;
  process.env.HOOKFLOW_INSPECTOR_PORT = String(
    await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    }),
  );
});
afterAll(() => fs.rmSync(tlsDir, { recursive: true, force: true }));

describe("/api/inspector", () => {
  it("reports whether the listener answers, whichever process serves it", async () => {
    const down = await callRoute(inspector.GET);
    expect(down.json.status).toMatchObject({
      enabled: true,
      running: false,
      origin: `https://localhost:${process.env.HOOKFLOW_INSPECTOR_PORT}`,
    });
    expect(down.json.status.error).toMatch(/not answering at https:\/\/localhost:\d+: The request inspector has not started yet/);

    const server = await startInspectorServer();
    try {
      expect((await callRoute(inspector.GET)).json.status).toEqual({
        enabled: true,
        running: true,
        origin: expect.any(String),
        error: null,
      });
    } finally {
      await server.close();
    }
    const stopped = await callRoute(inspector.GET);
    expect(stopped.json.status.running).toBe(false);
    expect(stopped.json.status.error).toMatch(/refused the connection/);
  });

  it("creates, lists, renames and deletes capture URLs", async () => {
    const created = await callRoute(captureUrls.POST, { body: {} });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      name: expect.stringMatching(/^Capture URL \d+$/),
      url: expect.stringMatching(/^https:\/\/localhost:\d+\/c\//),
      captureCount: 0,
      response: { status: 200, body: "" },
    });
    const named = await callRoute(captureUrls.POST, { body: { name: "  Orders  " } });
    expect(named.json.name).toBe("Orders");

    const listed = await callRoute(inspector.GET);
    expect(listed.status).toBe(200);
    expect(listed.json.captureUrls.map((b: { id: string }) => b.id)).toEqual(expect.arrayContaining([named.json.id, created.json.id]));
    // `bins`: the same list under its old name, for callers written before the rename.
    expect(listed.json.bins).toEqual(listed.json.captureUrls);

    const renamed = await callRoute(captureUrl.PATCH, { method: "PATCH", params: { id: named.json.id }, body: { name: "Invoices" } });
    expect(renamed.json.name).toBe("Invoices");
    expect((await callRoute(captureUrl.DELETE, { method: "DELETE", params: { id: named.json.id } })).status).toBe(204);
    expect((await callRoute(captureUrl.GET, { params: { id: named.json.id } })).status).toBe(404);
    expect((await callRoute(captureUrl.DELETE, { method: "DELETE", params: { id: named.json.id } })).status).toBe(404);
  });

  it("sets the response, refusing what cannot be answered with a clear 400", async () => {
    const { json: created } = await callRoute(captureUrls.POST, { body: {} });
    const patch = (body: unknown) => callRoute(captureUrl.PATCH, { method: "PATCH", params: { id: created.id }, body });
    const ok = await patch({ response: { status: 202, contentType: "application/json", body: '{"accepted":true}' } });
    expect(ok.status).toBe(200);
    expect(ok.json.response).toEqual({ status: 202, contentType: "application/json", body: '{"accepted":true}', headers: [], delayMs: 0 });
    expect(ok.json.responses).toEqual([ok.json.response]);

    const cases: [unknown, RegExp][] = [
      [{ response: { status: 700, contentType: "application/json", body: "" } }, /status must be between 200 and 599/],
      [{ response: { status: 200, contentType: "application/json", body: "{nope" } }, /body is not valid JSON/],
      [{ response: { status: 200, contentType: "json please", body: "" } }, /The content type must be a media type/],
      [{ response: { status: 200, contentType: "text/plain", body: "x".repeat(70_000) } }, /body must be at most 64 KiB/],
      // Header values a listener could not send (NUL, CR/LF, non-ASCII) or that are no media type;
      // a NUL is refused before the schema, as in any request (lib/db/nul-characters.ts).
      [{ response: { status: 200, contentType: "text/plain; a=\u0000", body: "" } }, /NUL_CHARACTER.*response\.contentType/],
      [{ response: { status: 200, contentType: "text/plain; a=1\r\nSet-Cookie: x=1", body: "" } }, /The content type must be a media type/],
      [{ response: { status: 200, contentType: "text/plain\u0000", body: "" } }, /NUL_CHARACTER.*response\.contentType/],
      [{ response: { status: 200, contentType: "text/plain; charset=€", body: "" } }, /The content type must be a media type/],
      [{ response: { status: 200, contentType: "text/plain; charset=", body: "" } }, /The content type must be a media type/],
      [{ response: { status: 200, contentType: "text/plain;;", body: "" } }, /The content type must be a media type/],
      [{ name: "" }, /name must not be empty/],
      [{}, /Send name, response or responses/],
      [{ name: "x", extra: true }, /extra/],
    ];
    for (const [body, message] of cases) {
      const res = await patch(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.json.error), JSON.stringify(body)).toMatch(message);
    }
    for (const contentType of [
      'text/plain; charset="utf-8"',
      "application/vnd.api+json; charset=utf-8",
      'text/html;charset=UTF-8; q="a\\"b"',
    ]) {
      const res = await patch({ response: { status: 200, contentType, body: "" } });
      expect(res.status, contentType).toBe(200);
      expect(res.json.response.contentType).toBe(contentType);
    }
    expect((await callRoute(captureUrl.PATCH, { method: "PATCH", params: { id: "nope" }, body: { name: "x" } })).status).toBe(404);
    expect((await callRoute(captureUrls.POST, { rawBody: "{", headers: { "content-type": "application/json" } })).status).toBe(400);
    expect((await callRoute(captureUrls.POST, { rawBody: "name=x", headers: { "content-type": "text/plain" } })).status).toBe(415);
  });

  it("sets answers with headers, a delay and a sequence, refusing what cannot be answered with a clear 400", async () => {
    const { json: created } = await callRoute(captureUrls.POST, { body: {} });
    const patch = (body: unknown) => callRoute(captureUrl.PATCH, { method: "PATCH", params: { id: created.id }, body });
    const answer = (extra: Record<string, unknown> = {}) => ({ status: 200, contentType: "application/json", body: "", ...extra });
    const limited = answer({ status: 429, headers: [{ name: " Retry-After ", value: " 2000 " }], delayMs: 1500 });
    const ok = await patch({ responses: [limited, answer()] });
    expect(ok.status, JSON.stringify(ok.json)).toBe(200);
    expect(ok.json.responses).toEqual([
      { status: 429, contentType: "application/json", body: "", headers: [{ name: "Retry-After", value: "2000" }], delayMs: 1500 },
      { status: 200, contentType: "application/json", body: "", headers: [], delayMs: 0 },
    ]);
    expect(ok.json.response).toEqual(ok.json.responses[0]);
    expect(ok.json.sequence).toEqual({ answered: 0, nextAnswer: 1 });

    const header = (name: string, value = "1") => ({ responses: [answer({ headers: [{ name, value }] })] });
    const cases: [unknown, RegExp][] = [
      [header("Retry After"), /responses\.0\.headers\.0\.name.*header name may hold only letters, digits/],
      [header("X-Bad:"), /header name may hold only/],
      [header(""), /header name must not be empty/],
      [header("X-Long", "v\r\nSet-Cookie: a=1"), /responses\.0\.headers\.0\.value.*no line breaks, NUL or other control characters/],
      [header("X-Tab", "a\u0007b"), /no line breaks, NUL or other control characters/],
      [header("X-Euro", "5 €"), /printable ASCII/],
      [header("X-Big", "x".repeat(2001)), /header value must be at most 2000 characters/],
      [header("Content-Length", "5"), /Content-Length cannot be set here: the listener frames the answer itself/],
      [header("transfer-encoding", "chunked"), /transfer-encoding cannot be set here/],
      [header("Connection", "close"), /Connection cannot be set here/],
      [header("Content-Type", "text/plain"), /set it with the Content type field/],
      [header("Set-Cookie", "a=1"), /every port of localhost/],
      [header("Strict-Transport-Security", "max-age=1"), /every port of localhost/],
      [header("Content-Security-Policy", "default-src *"), /always sends its own/],
      [header("X-Hookflow-Capture-Id", "1"), /X-Hookflow- headers are the inspector's own/],
      [
        {
          responses: [
            answer({
              headers: [
                { name: "X-A", value: "1" },
                { name: "x-a", value: "2" },
              ],
            }),
          ],
        },
        /x-a is set twice; keep one/,
      ],
      [{ responses: [answer({ headers: Array.from({ length: 21 }, (_, i) => ({ name: `X-H${i}`, value: "1" })) })] }, /at most 20 headers/],
      [{ responses: [answer({ headers: [{ name: "X-A" }] })] }, /header value must be text/],
      [{ responses: [answer({ headers: { "Retry-After": "1" } })] }, /headers must be a list of \{name, value\}/],
      [{ responses: [answer({ delayMs: 40_001 })] }, /delay must be between 0 and 40 seconds/],
      [{ responses: [answer({ delayMs: -1 })] }, /delay must be between 0 and 40 seconds/],
      [{ responses: [answer({ delayMs: 1.5 })] }, /whole number of milliseconds/],
      [{ responses: [] }, /at least one answer/],
      [{ responses: Array.from({ length: 11 }, () => answer()) }, /at most 10 answers/],
      [{ responses: [answer(), answer({ status: 99 })] }, /responses\.1\.status.*between 200 and 599/],
      [{ response: answer(), responses: [answer()] }, /not both/],
    ];
    for (const [body, message] of cases) {
      const res = await patch(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.json.error), JSON.stringify(body)).toMatch(message);
    }
    // Nothing refused was stored.
    expect((await callRoute(captureUrl.GET, { params: { id: created.id } })).json.responses).toEqual(ok.json.responses);
  });

  it("counts requests along the sequence, and resets it", async () => {
    const { json: created } = await callRoute(captureUrls.POST, { body: {} });
    const answer = (status: number) => ({ status, contentType: "application/json", body: "" });
    await callRoute(captureUrl.PATCH, { method: "PATCH", params: { id: created.id }, body: { responses: [answer(429), answer(200)] } });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await recordCapture(tokenOf(created.url), incoming(`/${i}`)))!.status);
    expect(statuses).toEqual([429, 200, 200]);
    expect((await callRoute(captureUrl.GET, { params: { id: created.id } })).json.sequence).toEqual({ answered: 3, nextAnswer: 2 });

    const reset = await callRoute(resetSequence.POST, { method: "POST", params: { id: created.id } });
    expect(reset.status).toBe(200);
    expect(reset.json.sequence).toEqual({ answered: 0, nextAnswer: 1 });
    expect((await recordCapture(tokenOf(created.url), incoming("/again")))!.status).toBe(429);
    expect((await callRoute(resetSequence.POST, { method: "POST", params: { id: "missing" } })).status).toBe(404);
    expect((await callRoute(resetSequence.GET, { params: { id: created.id } })).status).toBe(405);
  });

  it("lists captures newest first, shows one whole, and clears them", async () => {
    const { json: created } = await callRoute(captureUrls.POST, { body: {} });
    const { json: other } = await callRoute(captureUrls.POST, { body: {} });
    await recordCapture(tokenOf(created.url), incoming("/first"));
    await recordCapture(tokenOf(created.url), incoming("/second"));
    const foreign = await recordCapture(tokenOf(other.url), incoming("/other"));

    const list = await callRoute(captures.GET, { params: { id: created.id } });
    expect(list.json.captures.map((c: { path: string }) => c.path)).toEqual(["/second", "/first"]);
    expect(list.json.captures[0]).not.toHaveProperty("body");
    const one = await callRoute(capture.GET, { params: { id: created.id, captureId: String(list.json.captures[0].id) } });
    expect(one.json).toMatchObject({ path: "/second", query: "a=1", body: '{"n":1}', headers: [["Content-Type", "application/json"]] });
    expect((await callRoute(captureUrl.GET, { params: { id: created.id } })).json).toMatchObject({
      captureCount: 2,
      lastCaptureAt: expect.any(String),
    });

    // A capture is only reachable through its own capture URL; ids that name nothing are 404.
    for (const captureId of [String(foreign!.captureId), "0", "abc"]) {
      expect((await callRoute(capture.GET, { params: { id: created.id, captureId } })).status, captureId).toBe(404);
    }
    expect((await callRoute(captures.DELETE, { method: "DELETE", params: { id: created.id } })).status).toBe(204);
    expect((await callRoute(captures.GET, { params: { id: created.id } })).json.captures).toEqual([]);
    expect((await callRoute(captures.GET, { params: { id: other.id } })).json.captures).toHaveLength(1);
    expect((await callRoute(captures.GET, { params: { id: "missing" } })).status).toBe(404);
    expect((await callRoute(captures.DELETE, { method: "DELETE", params: { id: "missing" } })).status).toBe(404);
  });

  it("answers at the old /api/inspector/bins paths as at /api/inspector/capture-urls", async () => {
    // Next serves each path from its own route file: the old files must re-export every method.
    const pairs = [
      [oldBins, captureUrls],
      [oldBin, captureUrl],
      [oldCaptures, captures],
      [oldCapture, capture],
    ] as const;
    for (const [old, current] of pairs) {
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) expect(old[method]).toBe(current[method]);
    }

    const created = await callRoute(oldBins.POST, { body: { name: "Old path" } });
    expect(created.status).toBe(201);
    const { json: viaNew } = await callRoute(captureUrl.GET, { params: { id: created.json.id } });
    expect(viaNew).toMatchObject({ id: created.json.id, name: "Old path" });
    await recordCapture(tokenOf(created.json.url), incoming("/old"));

    const renamed = await callRoute(oldBin.PATCH, { method: "PATCH", params: { id: created.json.id }, body: { name: "Renamed" } });
    expect(renamed.json).toMatchObject({ id: created.json.id, name: "Renamed", captureCount: 1 });
    const list = await callRoute(oldCaptures.GET, { params: { id: created.json.id } });
    expect(list.json.captures.map((c: { path: string }) => c.path)).toEqual(["/old"]);
    const one = await callRoute(oldCapture.GET, { params: { id: created.json.id, captureId: String(list.json.captures[0].id) } });
    expect(one.json).toMatchObject({ path: "/old", body: '{"n":1}' });
    expect((await callRoute(oldBins.GET)).status).toBe(405);
    expect((await callRoute(oldCaptures.DELETE, { method: "DELETE", params: { id: created.json.id } })).status).toBe(204);
    expect((await callRoute(oldBin.DELETE, { method: "DELETE", params: { id: created.json.id } })).status).toBe(204);
    expect((await callRoute(captureUrl.GET, { params: { id: created.json.id } })).status).toBe(404);
  });
});
