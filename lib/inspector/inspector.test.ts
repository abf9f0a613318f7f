import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getRecord } from "@/lib/crm/records";
import { db } from "@/lib/db";
import { createSecret } from "@/lib/secrets/secrets";
import { guardedRequest } from "@/lib/webhooks/guarded-request";
import { getEnrollment } from "@/lib/workflows/enrollments";
import { enroll } from "@/lib/workflows/runner";
import { startRunner } from "@/lib/workflows/start-runner";
import { startHttpsReceiver } from "@/test/https-receiver";
import { until } from "@/test/wait-for";
import { workflowWithActions } from "@/test/webhook-workflow";
import {
  CAPTURES_KEPT,
  createCaptureUrl,
  getCapture,
  getCaptureUrl,
  listCaptures,
  recordCapture,
  resetAnswerSequence,
  updateCaptureUrl,
} from "./inspector";
import { startInspectorServer, type InspectorServer } from "./inspector-server";

// The inspector as a webhook destination: its own HTTPS listener with a self-signed
// certificate, reached by the guarded client while every other local address stays
// blocked (WEBHOOK_ALLOWED_PRIVATE_HOSTS is unset here).

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

let server: InspectorServer;
let port: number;
const tlsDir = fs.mkdtempSync(path.join(os.tmpdir(), "hookflow-inspector-tls-"));

beforeAll(async () => {
  delete process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS;
  process.env.HOOKFLOW_INSPECTOR_TLS_DIR = tlsDir;
  port = await freePort();
  process.env.HOOKFLOW_INSPECTOR_PORT = String(port);
  server = await startInspectorServer();
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(tlsDir, { recursive: true, force: true });
});

const post = (url: string, body: string, headers: Record<string, string> = { "Content-Type": "application/json" }) =>
  guardedRequest({ method: "POST", url, headers, body });

describe("request inspector", () => {
  it("captures a webhook over HTTPS and answers with a JSON receipt", async () => {
    const captureUrl = await createCaptureUrl({});
    expect(captureUrl.url).toMatch(new RegExp(`^https://localhost:${port}/c/[A-Za-z0-9_-]{22}$`));
    expect(fs.statSync(path.join(tlsDir, "key.pem")).mode & 0o777).toBe(0o600);

    const result = await post(`${captureUrl.url}/orders/7?source=crm&x=1`, JSON.stringify({ email: "ada@example.com" }), {
      "Content-Type": "application/json",
      "X-Custom": "yes",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.response.status).toBe(200);
    const receipt = JSON.parse(result.response.body);
    expect(receipt).toMatchObject({ ok: true, method: "POST", path: "/orders/7", captureId: expect.any(Number) });
    expect(result.response.headers["x-hookflow-capture-id"]).toBe(String(receipt.captureId));

    const [summary] = await listCaptures(captureUrl.id);
    expect(summary).toMatchObject({
      id: receipt.captureId,
      method: "POST",
      path: "/orders/7",
      query: "source=crm&x=1",
      contentType: "application/json",
      responseStatus: 200,
    });
    const detail = await getCapture(captureUrl.id, summary.id);
    expect(detail.body).toBe('{"email":"ada@example.com"}');
    expect(detail.bodyEncoding).toBe("utf8");
    expect(detail.headers).toContainEqual(["X-Custom", "yes"]);
    expect(detail.remoteAddress).toMatch(/127\.0\.0\.1/);
  });

  it("captures any method, newest first, with 127.0.0.1 as well as localhost", async () => {
    const captureUrl = await createCaptureUrl({ name: "methods" });
    for (const method of ["PUT", "PATCH", "DELETE", "GET"]) {
      const res = await fetchInspector(`${captureUrl.url.replace("localhost", "127.0.0.1")}/m`, method);
      expect(res.status).toBe(200);
    }
    expect((await listCaptures(captureUrl.id)).map((c) => c.method)).toEqual(["GET", "DELETE", "PATCH", "PUT"]);
  });

  it("keeps every other local address blocked, and trusts only the inspector's own certificate", async () => {
    const other = await startHttpsReceiver(); // a certificate every process here trusts (the test CA)
    try {
      for (const url of [
        `${other.url}/x`,
        `https://127.0.0.1:${other.port}/x`,
        `https://[::1]:${port}/c/x`,
        `http://localhost:${port}/c/x`,
      ]) {
        const result = await post(url, "{}");
        expect(result.ok, url).toBe(false);
        if (!result.ok) expect(result.failure.kind, url).toBe("BLOCKED");
      }
      expect(other.requests).toHaveLength(0);
    } finally {
      await other.close();
    }

    // Turned off, the inspector's origin is just another loopback address.
    process.env.HOOKFLOW_INSPECTOR = "off";
    try {
      const off = await post(`https://localhost:${port}/c/aaaaaaaaaaaaaaaaaaaaaa`, "{}");
      expect(!off.ok && off.failure.kind).toBe("BLOCKED");
    } finally {
      delete process.env.HOOKFLOW_INSPECTOR;
    }

    // Something else on the inspector's port is refused at the TLS handshake, even with a
    // certificate from a CA this process trusts.
    await server.close();
    const impostor = await startHttpsReceiver(undefined, { port });
    try {
      const result = await post(`https://localhost:${port}/c/aaaaaaaaaaaaaaaaaaaaaa`, "{}");
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.failure.kind).toBe("TLS");
      expect(impostor.requests).toHaveLength(0);
    } finally {
      await impostor.close();
      server = await startInspectorServer();
    }
  });

  it("answers with the configured status and body, which a Test call and outputs can use", async () => {
    const captureUrl = await createCaptureUrl({});
    await updateCaptureUrl(captureUrl.id, { response: { status: 201, contentType: "application/json", body: '{"plan":"pro","seats":5}' } });
    const ok = await post(captureUrl.url, "{}");
    expect(ok.ok && ok.response.status).toBe(201);
    expect(ok.ok && JSON.parse(ok.response.body)).toEqual({ plan: "pro", seats: 5 });

    await updateCaptureUrl(captureUrl.id, { response: { status: 503, contentType: "text/plain", body: "down for maintenance" } });
    const failing = await post(captureUrl.url, "{}");
    expect(failing.ok && failing.response).toMatchObject({
      status: 503,
      body: "down for maintenance",
      headers: { "content-type": "text/plain" },
    });
    expect((await listCaptures(captureUrl.id)).map((c) => c.responseStatus)).toEqual([503, 201]);

    // 204 has no body, whatever body was set.
    await updateCaptureUrl(captureUrl.id, { response: { status: 204, contentType: "text/plain", body: "ignored" } });
    const empty = await post(captureUrl.url, "{}");
    expect(empty.ok && empty.response).toMatchObject({ status: 204, body: "" });
    expect(empty.ok && empty.response.headers["content-length"]).toBeUndefined();
  });

  it("answers with chosen headers after a chosen delay, and the capture records what it answered", async () => {
    const captureUrl = await createCaptureUrl({});
    await updateCaptureUrl(captureUrl.id, {
      response: {
        status: 429,
        contentType: "text/plain",
        body: "slow down",
        headers: [
          { name: "Retry-After", value: "2000" },
          { name: "X-RateLimit-Remaining", value: "0" },
        ],
        delayMs: 1200,
      },
    });
    const started = Date.now();
    const result = await post(`${captureUrl.url}/limited`, "{}");
    expect(Date.now() - started).toBeGreaterThanOrEqual(1200);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.response).toMatchObject({ status: 429, body: "slow down" });
    expect(result.response.headers).toMatchObject({
      "retry-after": "2000",
      "x-ratelimit-remaining": "0",
      "content-type": "text/plain",
      // The listener's own stay.
      "x-content-type-options": "nosniff",
      "content-security-policy": "sandbox; default-src 'none'",
    });
    const [summary] = await listCaptures(captureUrl.id);
    expect(summary.responseStatus).toBe(429);
    expect((await getCapture(captureUrl.id, summary.id)).response).toEqual({
      headers: [
        ["Content-Type", "text/plain"],
        ["Retry-After", "2000"],
        ["X-RateLimit-Remaining", "0"],
      ],
      delayMs: 1200,
      answerNumber: null,
    });
  });

  it("lets a delay outlast the caller's timeout: the request is stored, and the listener stays well", async () => {
    const captureUrl = await createCaptureUrl({});
    await updateCaptureUrl(captureUrl.id, { response: { status: 200, contentType: "application/json", body: "", delayMs: 1500 } });
    const timedOut = await guardedRequest({ method: "POST", url: captureUrl.url, headers: {}, body: "{}" }, { responseTimeoutMs: 300 });
    expect(!timedOut.ok && timedOut.failure.kind).toBe("RESPONSE_TIMEOUT");
    expect(await listCaptures(captureUrl.id)).toHaveLength(1);
    await updateCaptureUrl(captureUrl.id, { response: { status: 201, contentType: "application/json", body: "" } });
    const next = await post(captureUrl.url, "{}");
    expect(next.ok && next.response.status).toBe(201);
  });

  it("answers a sequence in order, then repeats the last; concurrent requests each take their own place; reset starts again", async () => {
    const captureUrl = await createCaptureUrl({});
    const answer = (status: number, body = "") => ({ status, contentType: "application/json", body });
    await updateCaptureUrl(captureUrl.id, { responses: [answer(429), answer(503), answer(200, '{"n":3}')] });
    const statuses = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const result = await post(captureUrl.url, "{}");
        return result.ok ? result.response.status : 0;
      }),
    );
    expect(statuses.toSorted()).toEqual([200, 200, 200, 200, 429, 503]);
    expect((await getCaptureUrl(captureUrl.id)).sequence).toEqual({ answered: 6, nextAnswer: 3 });
    const captures = await listCaptures(captureUrl.id);
    const details = await Promise.all(captures.map((capture) => getCapture(captureUrl.id, capture.id)));
    // Each capture says which answer it got, and its status is that answer's.
    expect(details.map((detail) => [detail.response.answerNumber, detail.responseStatus]).toSorted()).toEqual([
      [1, 429],
      [2, 503],
      [3, 200],
      [3, 200],
      [3, 200],
      [3, 200],
    ]);

    await resetAnswerSequence(captureUrl.id);
    expect((await getCaptureUrl(captureUrl.id)).sequence).toEqual({ answered: 0, nextAnswer: 1 });
    const again = await post(captureUrl.url, "{}");
    expect(again.ok && again.response.status).toBe(429);
    // Saving answers starts the sequence again too.
    await updateCaptureUrl(captureUrl.id, { responses: [answer(502), answer(200)] });
    const saved = await post(captureUrl.url, "{}");
    expect(saved.ok && saved.response.status).toBe(502);
  });

  it("a 429 with Retry-After then 200 drives a real retry of a running workflow, honouring the wait", async () => {
    const captureUrl = await createCaptureUrl({});
    await updateCaptureUrl(captureUrl.id, {
      responses: [
        { status: 429, contentType: "application/json", body: "", headers: [{ name: "Retry-After", value: "1500" }] },
        { status: 200, contentType: "application/json", body: '{"tier":"gold"}' },
      ],
    });
    const wf = await workflowWithActions("inspector retry", [
      { id: "send", type: "SEND_WEBHOOK", config: { method: "POST", webhookUrl: `${captureUrl.url}/retry` } },
    ]);
    const worker = startRunner({ pollMs: 20 });
    try {
      const { enrollmentId } = await enroll(wf.id, 3);
      await until(async () => (await getEnrollment(enrollmentId)).status !== "ACTIVE");
      const enrollment = await getEnrollment(enrollmentId);
      expect(enrollment.status).toBe("COMPLETED");
      const [first, second] = enrollment.steps[0].attempts;
      expect(first.response?.status).toBe(429);
      expect(second.response?.status).toBe(200);
      // Retry-After is milliseconds, as HubSpot reads it: the retry waited for it.
      expect(new Date(second.startedAt).getTime() - new Date(first.startedAt).getTime()).toBeGreaterThanOrEqual(1500);
    } finally {
      await worker.stop();
    }
    const captures = await listCaptures(captureUrl.id);
    expect(captures.map((capture) => capture.responseStatus)).toEqual([200, 429]);
  });

  it("leaves out a stored header that cannot be sent, saying so", async () => {
    const captureUrl = await createCaptureUrl({});
    // Written by hand or by another version: no API accepts these.
    await db.inspectorBin.update({
      where: { id: captureUrl.id },
      data: {
        responseAnswers: [
          {
            status: 200,
            contentType: "text/plain",
            body: "ok",
            headers: [
              { name: "Set-Cookie", value: "session=stolen" },
              { name: "X-Fine", value: "yes" },
            ],
            delayMs: 99_999_999,
          },
        ],
      },
    });
    const result = await post(captureUrl.url, "{}");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.response.headers["set-cookie"]).toBeUndefined();
    expect(result.response.headers["x-fine"]).toBe("yes");
    expect(result.response.headers["x-hookflow-capture-warning"]).toMatch(/header could not be sent.*delay/);
  });

  it("is a destination for a running workflow, whose output feeds the next action", async () => {
    const captureUrl = await createCaptureUrl({});
    await updateCaptureUrl(captureUrl.id, { response: { status: 200, contentType: "application/json", body: '{"tier":"platinum"}' } });
    const wf = await workflowWithActions("inspector run", [
      {
        id: "send",
        type: "SEND_WEBHOOK",
        config: { method: "POST", webhookUrl: captureUrl.url, outputs: [{ name: "tier", path: "tier", type: "STRING" }] },
        nextId: "set",
      },
      {
        id: "set",
        type: "SET_PROPERTY",
        config: { property: "customer_tier", value: { type: "OUTPUT", actionId: "send", output: "tier" } },
      },
    ]);
    const worker = startRunner({ pollMs: 20 });
    try {
      const { enrollmentId } = await enroll(wf.id, 5);
      await until(async () => (await getEnrollment(enrollmentId)).status !== "ACTIVE");
      expect((await getEnrollment(enrollmentId)).status).toBe("COMPLETED");
    } finally {
      await worker.stop();
    }
    const [capture] = await listCaptures(captureUrl.id);
    const detail = await getCapture(captureUrl.id, capture.id);
    expect(JSON.parse(detail.body)).toMatchObject({ vid: 5 });
    expect(detail.headers.map(([name]) => name.toLowerCase())).toContain("x-hookflow-delivery-id");
    expect((await getRecord(5)).properties.customer_tier).toMatchObject({ value: "platinum", source: "WORKFLOW" });
  });

  it("redacts stored secrets in headers, query and body", async () => {
    await createSecret({ name: "INSPECT_KEY", value: "sk_live/very+secret=1" });
    const captureUrl = await createCaptureUrl({});
    const result = await post(
      `${captureUrl.url}?api_key=${encodeURIComponent("sk_live/very+secret=1")}`,
      JSON.stringify({ echoed: "sk_live/very+secret=1" }),
      { "Content-Type": "application/json", Authorization: "Bearer sk_live/very+secret=1" },
    );
    expect(result.ok).toBe(true);
    const [summary] = await listCaptures(captureUrl.id);
    const detail = await getCapture(captureUrl.id, summary.id);
    const all = JSON.stringify(detail);
    expect(all).not.toContain("very+secret");
    expect(all).not.toContain("very%2Bsecret");
    expect(detail.headers).toContainEqual(["Authorization", "Bearer [secret INSPECT_KEY]"]);
    expect(detail.query).toBe("api_key=[secret INSPECT_KEY]");
    expect(JSON.parse(detail.body)).toEqual({ echoed: "[secret INSPECT_KEY]" });

    // Inside binary (multipart) data, escaped in JSON, base64-encoded, and in Basic credentials.
    await createSecret({ name: "QUOTED_KEY", value: 'pa"ss\\word-99' });
    const binary = Buffer.concat([
      Buffer.from('--XX\r\nContent-Disposition: form-data; name="k"\r\n\r\nsk_live/very+secret=1\r\n--XX\r\n'),
      Buffer.from([0xff, 0xfe, 0x00]),
      Buffer.from("\r\n--XX--"),
    ]);
    const multipart = await recordCapture(captureUrl.url.split("/c/")[1], {
      method: "POST",
      path: "/",
      query: "",
      headers: [["Authorization", `Basic ${Buffer.from("user:sk_live/very+secret=1").toString("base64")}`]],
      body: binary,
      bodyBytes: binary.length,
      bodyTruncated: false,
      remoteAddress: null,
    });
    const stored = await getCapture(captureUrl.id, multipart!.captureId);
    expect(stored.bodyEncoding).toBe("base64");
    const decoded = Buffer.from(stored.body, "base64").toString("latin1");
    expect(decoded).toContain("[secret INSPECT_KEY]");
    expect(decoded).not.toContain("very+secret");
    expect(stored.headers).toEqual([["Authorization", 'Basic [base64 of "user:[secret INSPECT_KEY]"]']]);

    const json = JSON.stringify({ quoted: 'pa"ss\\word-99', encoded: Buffer.from("sk_live/very+secret=1").toString("base64") });
    await post(captureUrl.url, json);
    const [last] = await listCaptures(captureUrl.id);
    expect(JSON.parse((await getCapture(captureUrl.id, last.id)).body)).toEqual({
      quoted: "[secret QUOTED_KEY]",
      encoded: "[secret INSPECT_KEY]",
    });
  });

  it("does not confirm guesses: values too short to be a credential are left alone, long ones still redacted", async () => {
    await createSecret({ name: "PIN_SECRET", value: "7391" });
    await createSecret({ name: "LONG_SECRET", value: "lk_9f8e7d6c5b4a" });
    const pins = Array.from({ length: 10_000 }, (_, i) => String(i).padStart(4, "0")).join("\n");
    const captureUrl = await createCaptureUrl({});
    const result = await post(`${captureUrl.url}?pin=7391`, `${pins}\nlk_9f8e7d6c5b4a\n`, {
      "Content-Type": "text/plain",
      "X-Pin": "7391",
    });
    expect(result.ok).toBe(true);
    const [summary] = await listCaptures(captureUrl.id);
    const detail = await getCapture(captureUrl.id, summary.id);
    // Stored exactly as sent: no marker tells which of the 10,000 is a stored secret.
    expect(detail.body.startsWith(`${pins}\n`)).toBe(true);
    expect(detail.body).not.toContain("PIN_SECRET");
    expect(detail.query).toBe("pin=7391");
    expect(detail.headers).toContainEqual(["X-Pin", "7391"]);
    expect(detail.body.endsWith("\n[secret LONG_SECRET]\n")).toBe(true);
    expect(detail.body).not.toContain("lk_9f8e7d6c5b4a");
  });

  it("serves capture answers so a browser runs none of it on the inspector's origin", async () => {
    const captureUrl = await createCaptureUrl({});
    await updateCaptureUrl(captureUrl.id, {
      response: { status: 200, contentType: "text/html", body: "<script>alert(document.cookie)</script>" },
    });
    const result = await post(captureUrl.url, "{}");
    expect(result.ok && result.response.status).toBe(200);
    if (!result.ok) return;
    expect(result.response.headers["content-type"]).toBe("text/html");
    expect(result.response.headers["x-content-type-options"]).toBe("nosniff");
    expect(result.response.headers["content-security-policy"]).toBe("sandbox; default-src 'none'");
    // The listener's own answers (404) carry them too.
    const missing = await post(`https://localhost:${port}/c/aaaaaaaaaaaaaaaaaaaaaa`, "{}");
    expect(missing.ok && missing.response.headers["content-security-policy"]).toBe("sandbox; default-src 'none'");
  });

  it("answers and stores a request even when the stored response cannot be sent as set", async () => {
    const captureUrl = await createCaptureUrl({});
    // Written by an older version that accepted any text as a content type (a control
    // character; U+0001, as PostgreSQL's text cannot hold U+0000).
    await db.inspectorBin.update({
      where: { id: captureUrl.id },
      data: { responseStatus: 201, responseContentType: "text/plain; a=\u0001", responseBody: "hello" },
    });
    const result = await post(captureUrl.url, '{"n":1}');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.response).toMatchObject({ status: 201, body: "hello", headers: { "content-type": "application/octet-stream" } });
    expect(result.response.headers["x-hookflow-capture-warning"]).toMatch(/content type.*not valid/i);
    const [capture] = await listCaptures(captureUrl.id);
    expect(capture).toMatchObject({ method: "POST", responseStatus: 201 });
  });

  it("keeps binary bodies as base64, truncates past 1 MiB, and keeps the newest captures only", async () => {
    const captureUrl = await createCaptureUrl({});
    const binary = Buffer.from([0xff, 0xfe, 0x00, 0x01]);
    const answer = await recordCapture(captureUrl.url.split("/c/")[1], {
      method: "POST",
      path: "/",
      query: "",
      headers: [],
      body: binary,
      bodyBytes: 4,
      bodyTruncated: false,
      remoteAddress: null,
    });
    expect((await getCapture(captureUrl.id, answer!.captureId)).body).toBe(binary.toString("base64"));
    expect((await getCapture(captureUrl.id, answer!.captureId)).bodyEncoding).toBe("base64");

    const big = await post(captureUrl.url, "x".repeat(1024 * 1024 + 10), { "Content-Type": "text/plain" });
    expect(big.ok && big.response.status).toBe(200);
    const [latest] = await listCaptures(captureUrl.id);
    const detail = await getCapture(captureUrl.id, latest.id);
    expect(detail).toMatchObject({ bodyBytes: 1024 * 1024 + 10, bodyTruncated: true });
    expect(detail.body).toHaveLength(1024 * 1024);

    const token = captureUrl.url.split("/c/")[1];
    for (let i = 0; i < CAPTURES_KEPT + 5; i++) {
      await recordCapture(token, {
        method: "POST",
        path: `/${i}`,
        query: "",
        headers: [],
        body: Buffer.from(""),
        bodyBytes: 0,
        bodyTruncated: false,
        remoteAddress: null,
      });
    }
    const kept = await listCaptures(captureUrl.id);
    expect(kept).toHaveLength(CAPTURES_KEPT);
    expect(kept[0].path).toBe(`/${CAPTURES_KEPT + 4}`);
    expect(kept.at(-1)!.path).toBe("/5");
  });

  it("captures a text body holding NUL bytes as base64, on both databases (PostgreSQL's text cannot hold U+0000)", async () => {
    const captureUrl = await createCaptureUrl({});
    const body = '{"note": "a\u0000b", "raw": "\u0000"}';
    const sent = await post(`${captureUrl.url}/p%00th?q=%00`, body, { "Content-Type": "text/plain" });
    expect(sent.ok && sent.response.status).toBe(200);
    const [latest] = await listCaptures(captureUrl.id);
    expect(latest).toMatchObject({ path: "/p%00th", query: "q=%00", bodyBytes: Buffer.byteLength(body) });
    const detail = await getCapture(captureUrl.id, latest.id);
    expect(detail.bodyEncoding).toBe("base64");
    expect(Buffer.from(detail.body, "base64").toString("utf8")).toBe(body);
    // Text without one stays text.
    expect((await post(captureUrl.url, "plain", { "Content-Type": "text/plain" })).ok).toBe(true);
    const [plain] = await listCaptures(captureUrl.id);
    expect(await getCapture(captureUrl.id, plain.id)).toMatchObject({ body: "plain", bodyEncoding: "utf8" });
  });

  it("answers 404 in JSON for unknown capture URLs and other paths", async () => {
    for (const suffix of ["/c/aaaaaaaaaaaaaaaaaaaaaa", "/", "/c/short"]) {
      const res = await fetchInspector(`https://localhost:${port}${suffix}`, "POST");
      expect(res.status, suffix).toBe(404);
      expect(JSON.parse(res.body).error.code).toBe("NOT_FOUND");
    }
  });
});

/** Any method through the guarded client's HTTPS path (it only sends GET and POST), via node:https with the inspector's certificate. */
async function fetchInspector(url: string, method: string): Promise<{ status: number; body: string }> {
  const https = await import("node:https");
  const ca = fs.readFileSync(path.join(tlsDir, "cert.pem"), "utf8");
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method, ca }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}
