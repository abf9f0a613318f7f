import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { HOOK_EVENTS_KEPT } from "@/lib/webhook-trigger/hook-event-limits";
import { REFUSED_BODY_PREFIX_BYTES } from "@/lib/webhook-trigger/hook-event-store";
import { deleteExpiredSeenIds } from "@/lib/webhook-trigger/seen-ids";
import { createSecret } from "@/lib/secrets/secrets";
import { callRoute } from "@/test/call-route";
import { webhookWorkflow } from "@/test/webhook-workflow";
import * as hookEvents from "../../workflows/[id]/hook-events/route";
import * as hook from "./route";

// Issue 9: requests that answered 500 before verification ran, refused events stored without
// limit, and replays of signed requests. No runner in this file: accepted events leave ACTIVE
// enrollments.

const ADA = "ada@analytical-engines.example";
const SECRET = "hook-signing-secret";
const WHSEC = `whsec_${Buffer.from("standard-webhooks-key").toString("base64")}`;

let secretsMade = false;
async function hmacWorkflow(trigger: Record<string, unknown> = {}, secretName = "HOOK_SECRET") {
  if (!secretsMade) {
    await createSecret({ name: "HOOK_SECRET", value: SECRET });
    await createSecret({ name: "STD_SECRET", value: WHSEC });
    secretsMade = true;
  }
  return webhookWorkflow({ verification: { type: "HMAC_SHA256", secretName }, ...trigger });
}

const post = (token: string, body: string, headers: Record<string, string> = {}) =>
  callRoute(hook.POST, { params: { token }, rawBody: body, headers: { "content-type": "application/json", ...headers } });
const form = (token: string, body: string, headers: Record<string, string> = {}) =>
  post(token, body, { "content-type": "application/x-www-form-urlencoded", ...headers });

const seconds = (date = new Date()) => Math.floor(date.getTime() / 1000);
/** The documented format, computed here by hand: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>. */
const hookflowSignature = (body: string, t = seconds(), secret = SECRET) =>
  `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`;
const standardHeaders = (id: string, body: string, t = seconds()) => ({
  "webhook-id": id,
  "webhook-timestamp": String(t),
  "webhook-signature": `v1,${createHmac("sha256", Buffer.from("standard-webhooks-key")).update(`${id}.${t}.${body}`).digest("base64")}`,
});

const nested = (depth: number) => `{"contact": {"email": "${ADA}"}, "deep": ${"[".repeat(depth)}${"]".repeat(depth)}}`;
const enrollments = (workflowId: string) => db.enrollment.count({ where: { workflowId } });

afterEach(() => {
  vi.useRealTimers();
});

describe("POST /api/hooks/:token with hostile bodies", () => {
  it("answers JSON nested 2,500 or 10,000 levels with a 400 that says how deep, not a 500, and keeps the refusal", async () => {
    const open = await webhookWorkflow();
    const signed = await hmacWorkflow();
    for (const depth of [2_500, 10_000]) {
      const body = nested(depth);
      for (const res of [
        await post(open.hookToken!, body),
        await post(signed.hookToken!, body, { "x-hookflow-signature": hookflowSignature(body) }),
      ]) {
        expect(res.status, `depth ${depth}`).toBe(400);
        expect(res.json.error).toMatchObject({ code: "JSON_TOO_DEEP", message: expect.stringMatching(/nested more than 64 levels/) });
      }
    }
    // Nesting within the limit is accepted.
    expect((await post(open.hookToken!, nested(60))).status).toBe(202);
    const events = (await callRoute(hookEvents.GET, { params: { id: open.id } })).json.events;
    expect(events.map((e: { status: string }) => e.status)).toEqual(["ACCEPTED", "REJECTED", "REJECTED"]);
    expect(events[1]).toMatchObject({ payload: null, bodyTruncated: true, error: expect.stringMatching(/nested more than/) });
  });

  it("takes form fields named like Object.prototype's members as ordinary keys, and refuses __proto__ cleanly", async () => {
    const wf = await webhookWorkflow({ recordMatch: { payloadPath: "email", property: "email" } });
    for (const name of ["constructor", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "__defineGetter__"]) {
      const res = await form(wf.hookToken!, `${name}=x&${name}=y&email=${encodeURIComponent(ADA)}&${name}=z&single-${name}=1`);
      expect(res.status, name).toBe(202);
      const payload = (await db.enrollment.findUniqueOrThrow({ where: { id: res.json.enrollmentId } })).triggerPayload as Record<
        string,
        unknown
      >;
      expect(Object.keys(payload), name).toEqual([name, "email", `single-${name}`]);
      expect(payload[name], name).toEqual(["x", "y", "z"]);
      // The same names in JSON are ordinary keys as well.
      const json = await post(wf.hookToken!, JSON.stringify({ [name]: { nested: name }, email: ADA }));
      expect(json.status, name).toBe(202);
      expect((await db.enrollment.findUniqueOrThrow({ where: { id: json.json.enrollmentId } })).triggerPayload).toEqual({
        [name]: { nested: name },
        email: ADA,
      });
    }
    const proto = await form(wf.hookToken!, `__proto__=x&email=${encodeURIComponent(ADA)}`);
    expect(proto.status).toBe(400);
    expect(proto.json.error).toMatchObject({ code: "FORBIDDEN_KEY", message: expect.stringContaining("__proto__") });
    const protoJson = await post(wf.hookToken!, `{"__proto__": {"polluted": true}, "email": "${ADA}"}`);
    expect(protoJson.status).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("answers 401 to unsigned and garbage-signed requests to an HMAC workflow, whatever the body, before reading it", async () => {
    const wf = await hmacWorkflow();
    const bodies: [string, string][] = [
      ["application/json", JSON.stringify({ contact: { email: ADA } })],
      ["application/json", nested(2_500)],
      ["application/json", "{not json"],
      ["application/json", ""],
      ["application/x-www-form-urlencoded", "constructor=1&toString=2&email=x"],
      ["text/plain", "hello"],
    ];
    const signatures: Record<string, string>[] = [
      {},
      { "x-hookflow-signature": "garbage" },
      { "x-hookflow-signature": "sha256=zz" },
      { "x-hookflow-signature": `t=${seconds()},v1=${"0".repeat(64)}` },
      { "x-hookflow-signature": "t=soon,v1=abc" },
      { "webhook-id": "msg_x", "webhook-timestamp": String(seconds()), "webhook-signature": "v1,garbage" },
      { "webhook-id": "msg_x", "webhook-timestamp": "yesterday", "webhook-signature": "v1,garbage" },
    ];
    for (const [contentType, body] of bodies) {
      for (const headers of signatures) {
        const res = await post(wf.hookToken!, body, { "content-type": contentType, ...headers });
        expect(res.status, `${contentType} ${body.slice(0, 20)} ${JSON.stringify(headers)}`).toBe(401);
        expect(res.json.error.code).toBe("VERIFICATION_FAILED");
      }
    }
    expect(await enrollments(wf.id)).toBe(0);
  });
});

describe("U+0000 (NUL) in a hook request", () => {
  // PostgreSQL's text cannot hold U+0000 and SQLite's can: refused alike on both databases
  // (before, a NUL in a matched value, an event id or a created property answered 500 on PostgreSQL).
  it("refuses NUL in a JSON key or value, or a form field, with a 400 that says where, and keeps the refusal", async () => {
    const wf = await webhookWorkflow({
      eventId: { type: "BODY", path: "id" },
      recordMatch: {
        payloadPath: "contact.email",
        property: "email",
        whenMissing: "CREATE",
        createProperties: [{ property: "firstname", path: "contact.name" }],
      },
    });
    const cases: [string, string, string][] = [
      ["application/json", JSON.stringify({ contact: { email: ADA }, "pl\u0000an": "x" }), "pl\\u0000an"],
      ["application/json", JSON.stringify({ contact: { email: ADA }, plan: "a\u0000b" }), "plan"],
      ["application/json", JSON.stringify({ contact: { email: "a\u0000@example.com" } }), "contact.email"],
      ["application/json", JSON.stringify({ contact: { email: "new@example.com", name: "N\u0000" } }), "contact.name"],
      ["application/json", JSON.stringify({ id: "evt\u0000", contact: { email: ADA } }), "id"],
      ["application/x-www-form-urlencoded", `pl%00an=x&email=${encodeURIComponent(ADA)}`, "pl\\u0000an"],
      ["application/x-www-form-urlencoded", `email=a%00b`, "email"],
    ];
    for (const [contentType, body, where] of cases) {
      const res = await post(wf.hookToken!, body, { "content-type": contentType });
      expect(res.status, body).toBe(400);
      expect(res.json.error, body).toMatchObject({
        code: "NUL_CHARACTER",
        message: expect.stringContaining(`U+0000 (NUL) at "${where}"`),
        details: [{ path: where }],
      });
      // The value itself is never echoed.
      expect(res.json.error.message, body).not.toContain("\u0000");
      expect(res.json.error.message, body).not.toMatch(/new@example|evt|"N/);
    }
    expect(await enrollments(wf.id)).toBe(0);
    expect(await db.record.count({ where: { searchText: { contains: "new@example.com" } } })).toBe(0);
    const events = (await callRoute(hookEvents.GET, { params: { id: wf.id }, query: { limit: "100" } })).json.events;
    expect(events).toHaveLength(cases.length);
    for (const event of events) expect(event).toMatchObject({ status: "REJECTED", payload: null, error: expect.stringMatching(/U\+0000/) });
    expect(events.at(-1).body).toBe(cases[0][1]);
    // The same payload without the NUL is taken.
    expect((await post(wf.hookToken!, JSON.stringify({ contact: { email: ADA }, plan: "ab" }))).status).toBe(202);
  });

  it("keeps a refused raw body that holds a NUL byte, with U+FFFD in its place, on both databases", async () => {
    const open = await webhookWorkflow();
    const signed = await hmacWorkflow();
    const raw = `{"contact": {"email": "${ADA}"}, "x": "a\u0000b"}`;
    const malformed = await post(open.hookToken!, raw);
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.code).toBe("MALFORMED_JSON");
    expect((await post(open.hookToken!, "a\u0000b", { "content-type": "text/plain" })).status).toBe(415);
    expect((await post(signed.hookToken!, raw)).status).toBe(401);
    const shown = raw.replace("\u0000", "\uFFFD");
    const kept = [
      ...(await callRoute(hookEvents.GET, { params: { id: open.id } })).json.events,
      ...(await callRoute(hookEvents.GET, { params: { id: signed.id } })).json.events,
    ];
    expect(kept.map((e: { body: string }) => e.body).sort()).toEqual(["a\uFFFDb", shown, shown].sort());
    for (const event of kept) expect(event).toMatchObject({ status: "REJECTED", bodyBytes: expect.any(Number) });
  });

  it("answers 404 to a hook URL whose token holds a NUL", async () => {
    const wf = await webhookWorkflow();
    const res = await post(`${wf.hookToken}\u0000`, JSON.stringify({ contact: { email: ADA } }));
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe("NOT_FOUND");
  });
});

describe("stored hook events are bounded", () => {
  it("keeps only a marked 4 KiB prefix of each refused 1 MB body", async () => {
    const wf = await hmacWorkflow();
    const body = JSON.stringify({ contact: { email: ADA }, filler: "y".repeat(1_000_000) });
    for (let i = 0; i < 10; i++) expect((await post(wf.hookToken!, body)).status).toBe(401);
    const events = (await callRoute(hookEvents.GET, { params: { id: wf.id }, query: { limit: "100" } })).json.events;
    expect(events).toHaveLength(10);
    for (const event of events) {
      expect(event).toMatchObject({ status: "REJECTED", payload: null, bodyTruncated: true, bodyBytes: Buffer.byteLength(body) });
      expect(event.body).toBe(body.slice(0, REFUSED_BODY_PREFIX_BYTES));
    }
    // What the database holds for them: the prefixes, headers and errors, never the bodies.
    // (Characters, as both databases count them; the bodies here are ASCII.)
    const [{ stored }] = await db.$queryRaw<{ stored: number | bigint | string }[]>`
      SELECT SUM(COALESCE(length(CAST("payload" AS TEXT)), 0) + COALESCE(length("body"), 0) + length(CAST("headers" AS TEXT))) AS stored
      FROM "HookEvent" WHERE "workflowId" = ${wf.id}`;
    expect(Number(stored)).toBeLessThan(10 * (REFUSED_BODY_PREFIX_BYTES + 1024));
  });

  it(`keeps the newest ${HOOK_EVENTS_KEPT} events per workflow, and still knows event ids whose events were pruned`, async () => {
    const wf = await hmacWorkflow({ eventId: { type: "BODY", path: "id" } });
    const other = await hmacWorkflow();
    const signedPost = (payload: object) => {
      const body = JSON.stringify(payload);
      return post(wf.hookToken!, body, { "x-hookflow-signature": hookflowSignature(body) });
    };
    const first = await signedPost({ id: "evt_1", contact: { email: ADA } });
    expect(first.status).toBe(202);
    expect((await post(other.hookToken!, "{}")).status).toBe(401);
    for (let i = 0; i < HOOK_EVENTS_KEPT + 5; i++) expect((await post(wf.hookToken!, JSON.stringify({ n: i }))).status).toBe(401);
    expect(await db.hookEvent.count({ where: { workflowId: wf.id } })).toBe(HOOK_EVENTS_KEPT);
    // The newest are kept; the other workflow's event is untouched.
    const oldestKept = await db.hookEvent.findFirstOrThrow({
      where: { workflowId: wf.id },
      orderBy: { receivedAt: "asc" },
      select: { body: true },
    });
    expect(oldestKept.body).toBe(JSON.stringify({ n: 5 }));
    expect(await db.hookEvent.count({ where: { workflowId: other.id } })).toBe(1);
    // evt_1's event is gone, its id is not: the sender's retry is still a duplicate.
    expect(await db.hookEvent.count({ where: { workflowId: wf.id, eventId: "evt_1" } })).toBe(0);
    const retry = await signedPost({ id: "evt_1", contact: { email: ADA }, retried: true });
    expect(retry.status).toBe(200);
    expect(retry.json).toEqual({ enrollmentId: first.json.enrollmentId, duplicate: true });
    expect(await enrollments(wf.id)).toBe(1);
  });
});

describe("replayed signed requests", () => {
  it("refuses the old body-only X-Hookflow-Signature with a 401 that shows the new format", async () => {
    const wf = await hmacWorkflow();
    const body = JSON.stringify({ contact: { email: ADA } });
    const old = await post(wf.hookToken!, body, {
      "x-hookflow-signature": `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`,
    });
    expect(old.status).toBe(401);
    expect(old.json.error.message).toMatch(/old body-only form.*t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>\.<raw body>">/);
    expect(await enrollments(wf.id)).toBe(0);
  });

  it("refuses a correctly signed X-Hookflow-Signature whose timestamp is over 5 minutes away", async () => {
    const wf = await hmacWorkflow();
    const body = JSON.stringify({ contact: { email: ADA } });
    for (const t of [seconds() - 6 * 60, seconds() + 6 * 60]) {
      const res = await post(wf.hookToken!, body, { "x-hookflow-signature": hookflowSignature(body, t) });
      expect(res.status).toBe(401);
      expect(res.json.error.message).toMatch(/timestamp t=\d+ is more than 5 minutes away/);
    }
    expect((await post(wf.hookToken!, body, { "x-hookflow-signature": hookflowSignature(body, seconds() - 4 * 60) })).status).toBe(202);
  });

  it("answers the same signed request sent again inside the window as a duplicate, and refuses it once the window has passed", async () => {
    const wf = await hmacWorkflow();
    const body = JSON.stringify({ contact: { email: ADA } });
    const signature = hookflowSignature(body);
    const first = await post(wf.hookToken!, body, { "x-hookflow-signature": signature });
    expect(first.status).toBe(202);
    for (let i = 0; i < 2; i++) {
      const again = await post(wf.hookToken!, body, { "x-hookflow-signature": signature });
      expect(again.status).toBe(200);
      expect(again.json).toEqual({ enrollmentId: first.json.enrollmentId, duplicate: true });
    }
    // Another body signed in the same second is another request.
    const otherBody = JSON.stringify({ contact: { email: ADA }, n: 2 });
    expect((await post(wf.hookToken!, otherBody, { "x-hookflow-signature": hookflowSignature(otherBody) })).status).toBe(202);
    expect(await enrollments(wf.id)).toBe(2);

    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 6 * 60 * 1000);
    const late = await post(wf.hookToken!, body, { "x-hookflow-signature": signature });
    expect(late.status).toBe(401);
    // A fresh request then takes its place. The expired signatures are forgotten when one is in the
    // way of a claim, else by the retention sweep.
    expect((await post(wf.hookToken!, body, { "x-hookflow-signature": hookflowSignature(body) })).status).toBe(202);
    expect(await db.hookSeenId.count({ where: { workflowId: wf.id, kind: "SIGNATURE" } })).toBe(3);
    await deleteExpiredSeenIds(new Date(), 1000);
    expect(await db.hookSeenId.count({ where: { workflowId: wf.id, kind: "SIGNATURE" } })).toBe(1);
    expect(await enrollments(wf.id)).toBe(3);
  });

  it("answers a repeated Standard Webhooks webhook-id as a duplicate, also when the sender re-signs it with a new timestamp", async () => {
    const wf = await hmacWorkflow({}, "STD_SECRET");
    const body = JSON.stringify({ contact: { email: ADA } });
    const headers = standardHeaders("msg_1", body);
    const first = await post(wf.hookToken!, body, headers);
    expect(first.status).toBe(202);
    const replay = await post(wf.hookToken!, body, headers);
    expect(replay.status).toBe(200);
    expect(replay.json).toEqual({ enrollmentId: first.json.enrollmentId, duplicate: true });
    const retried = await post(wf.hookToken!, body, standardHeaders("msg_1", body, seconds() + 30));
    expect(retried.json).toEqual({ enrollmentId: first.json.enrollmentId, duplicate: true });
    expect((await post(wf.hookToken!, body, standardHeaders("msg_2", body))).status).toBe(202);
    expect(await enrollments(wf.id)).toBe(2);
  });

  it("lets a sender retry a signed request that was not enrolled", async () => {
    const wf = await hmacWorkflow({ recordMatch: { payloadPath: "contact.email", property: "email" } });
    const body = JSON.stringify({ contact: { email: "nobody@example.com" } });
    const signature = hookflowSignature(body);
    expect((await post(wf.hookToken!, body, { "x-hookflow-signature": signature })).status).toBe(422);
    expect((await post(wf.hookToken!, body, { "x-hookflow-signature": signature })).status).toBe(422);
  });
});
