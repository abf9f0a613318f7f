import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSecret } from "@/lib/secrets/secrets";
import { getEnrollment } from "@/lib/workflows/enrollments";
import { updateWorkflowSchema } from "@/lib/workflows/workflow-schema";
import { createWorkflow, getWorkflow, regenerateHookToken, updateWorkflow } from "@/lib/workflows/workflows";
import { callRoute } from "@/test/call-route";
import { webhookWorkflow } from "@/test/webhook-workflow";
import * as hookEvents from "../../workflows/[id]/hook-events/route";
import * as tryAgain from "../../workflows/[id]/hook-events/[eventId]/try-again/route";
import * as hook from "./route";

// No runner in this file: accepted events leave ACTIVE enrollments with the payload kept.
const post = (token: string, body: unknown, headers: Record<string, string> = {}) =>
  callRoute(hook.POST, {
    params: { token },
    rawBody: typeof body === "string" ? body : JSON.stringify(body),
    headers: { "content-type": "application/json", ...headers },
  });

describe("POST /api/hooks/:token", () => {
  it("answers other methods with a JSON 405 that says to POST", async () => {
    for (const [method, handler] of Object.entries({ GET: hook.GET, PUT: hook.PUT, PATCH: hook.PATCH, DELETE: hook.DELETE })) {
      const res = await callRoute(handler, { method, params: { token: "anything" } });
      expect(res.status, method).toBe(405);
      expect(res.headers.get("allow")).toBe("POST");
      expect(res.json.error).toMatchObject({ code: "METHOD_NOT_ALLOWED", message: expect.stringContaining("POST") });
    }
  });

  it("enrolls the record the payload identifies, with the payload kept for later steps", async () => {
    const wf = await webhookWorkflow({});
    expect(wf.hookToken).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const res = await post(wf.hookToken!, { contact: { email: "ada@analytical-engines.example" }, plan: "pro" });
    expect(res.status).toBe(202);
    const enrollment = await db.enrollment.findUniqueOrThrow({ where: { id: res.json.enrollmentId } });
    expect(enrollment.recordId).toBe(1);
    expect(enrollment.triggerPayload).toEqual({ contact: { email: "ada@analytical-engines.example" }, plan: "pro" });
    expect((await getEnrollment(enrollment.id)).steps).toHaveLength(1);
  });

  it("creates the record when none matches, if configured, or refuses the event", async () => {
    const create = await webhookWorkflow({
      recordMatch: {
        payloadPath: "contact.email",
        property: "email",
        whenMissing: "CREATE",
        createProperties: [{ property: "firstname", path: "contact.first" }],
      },
    });
    const res = await post(create.hookToken!, { contact: { email: "new.person@example.com", first: "Nova" } });
    expect(res.status).toBe(202);
    const enrollment = await db.enrollment.findUniqueOrThrow({
      where: { id: res.json.enrollmentId },
      include: { record: { include: { history: true } } },
    });
    expect(enrollment.record).toMatchObject({ objectType: "contact", displayName: "Nova" });
    expect(enrollment.record.history.map((h) => [h.name, h.value, h.sourceType])).toEqual(
      expect.arrayContaining([
        ["email", "new.person@example.com", "INTEGRATION"],
        ["firstname", "Nova", "INTEGRATION"],
      ]),
    );
    const reject = await webhookWorkflow({});
    const refused = await post(reject.hookToken!, { contact: { email: "nobody@example.com" } });
    expect(refused.status).toBe(422);
    expect(refused.json.error.message).toMatch(/No contact has email = "nobody@example.com"/);
  });

  it("matches emails whatever their case and refuses empty values, so creating never duplicates", async () => {
    const create = await webhookWorkflow({
      recordMatch: { payloadPath: "contact.email", property: "email", whenMissing: "CREATE", createProperties: [] },
    });
    const before = await db.record.count();
    const shouted = await post(create.hookToken!, { contact: { email: "  ADA@Analytical-Engines.example " } });
    expect(shouted.status).toBe(202);
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: shouted.json.enrollmentId } })).recordId).toBe(1);
    for (const email of ["", "   "]) {
      const empty = await post(create.hookToken!, { contact: { email } });
      expect(empty.status, JSON.stringify(email)).toBe(422);
      expect(empty.json.error.message).toMatch(/"contact.email" is empty/);
    }
    // A created contact's email is stored lower-cased, and found again in any case.
    const created = await post(create.hookToken!, { contact: { email: "Grace@Example.COM" } });
    const recordId = (await db.enrollment.findUniqueOrThrow({ where: { id: created.json.enrollmentId } })).recordId;
    expect((await db.propertyHistory.findFirstOrThrow({ where: { recordId, name: "email" } })).value).toBe("grace@example.com");
    const again = await post(create.hookToken!, { contact: { email: "GRACE@example.com" } });
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: again.json.enrollmentId } })).recordId).toBe(recordId);
    expect(await db.record.count()).toBe(before + 1);
  });

  it("verifies HMAC signatures (Hookflow's header and Standard Webhooks) and answers 401 otherwise, logging the refusal", async () => {
    const secret = `whsec_${Buffer.from("hook-key").toString("base64")}`;
    await createSecret({ name: "HOOK_SECRET", value: secret });
    const wf = await webhookWorkflow({ verification: { type: "HMAC_SHA256", secretName: "HOOK_SECRET" } });
    const body = JSON.stringify({ contact: { email: "ada@analytical-engines.example" } });
    // Hookflow's header signs "<t>.<body>", keyed with the secret as stored (as `openssl dgst -hmac "$SECRET"` does); Standard Webhooks decodes whsec_.
    const now = String(Math.floor(Date.now() / 1000));
    const ours = `t=${now},v1=${createHmac("sha256", secret).update(`${now}.${body}`).digest("hex")}`;
    expect((await post(wf.hookToken!, body, { "x-hookflow-signature": ours })).status).toBe(202);
    const ts = String(Math.floor(Date.now() / 1000));
    const std = createHmac("sha256", Buffer.from("hook-key")).update(`msg_1.${ts}.${body}`).digest("base64");
    expect(
      (await post(wf.hookToken!, body, { "webhook-id": "msg_1", "webhook-timestamp": ts, "webhook-signature": `v1,${std}` })).status,
    ).toBe(202);
    const bad = await post(wf.hookToken!, body, { "x-hookflow-signature": `t=${now},v1=${"0".repeat(64)}` });
    expect(bad.status).toBe(401);
    expect(bad.json.error.message).toMatch(/does not match/);
    expect((await post(wf.hookToken!, body)).status).toBe(401);
    const old = String(Math.floor(Date.now() / 1000) - 3600);
    const stale = createHmac("sha256", Buffer.from("hook-key")).update(`msg_2.${old}.${body}`).digest("base64");
    expect(
      (await post(wf.hookToken!, body, { "webhook-id": "msg_2", "webhook-timestamp": old, "webhook-signature": `v1,${stale}` })).status,
    ).toBe(401);
    const events = await callRoute(hookEvents.GET, { params: { id: wf.id } });
    expect(events.json.events.filter((e: { status: string }) => e.status === "REJECTED")).toHaveLength(3);
    expect(JSON.stringify(events.json)).not.toContain(ours);
    const signed = events.json.events.filter(
      (e: { headers: Record<string, string> }) => e.headers["x-hookflow-signature"] || e.headers["webhook-signature"],
    );
    expect(signed.length).toBeGreaterThanOrEqual(3);
    for (const e of signed) expect(e.headers["x-hookflow-signature"] ?? e.headers["webhook-signature"]).toBe("********");
  });

  it("checks a required static header", async () => {
    await createSecret({ name: "HOOK_HEADER", value: "let-me-in" });
    const wf = await webhookWorkflow({ verification: { type: "STATIC_HEADER", headerName: "X-Hook-Key", secretName: "HOOK_HEADER" } });
    const body = { contact: { email: "ada@analytical-engines.example" } };
    expect((await post(wf.hookToken!, body, { "x-hook-key": "let-me-in" })).status).toBe(202);
    expect((await post(wf.hookToken!, body, { "x-hook-key": "nope" })).status).toBe(401);
  });

  it("acknowledges a repeated event id without enrolling twice", async () => {
    const wf = await webhookWorkflow({ eventId: { type: "BODY", path: "id" } });
    const body = { id: "evt_1", contact: { email: "ada@analytical-engines.example" } };
    const first = await post(wf.hookToken!, body);
    const again = await post(wf.hookToken!, body);
    expect(first.status).toBe(202);
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ enrollmentId: first.json.enrollmentId, duplicate: true });
    expect(await db.enrollment.count({ where: { workflowId: wf.id } })).toBe(1);
    const byHeader = await webhookWorkflow({ eventId: { type: "HEADER", name: "x-event-id" } });
    await post(byHeader.hookToken!, body, { "x-event-id": "h-1" });
    await post(byHeader.hookToken!, body, { "x-event-id": "h-1" });
    await post(byHeader.hookToken!, body, { "x-event-id": "h-2" });
    expect(await db.enrollment.count({ where: { workflowId: byHeader.id } })).toBe(2);
  });

  it("answers copies of an event that arrive together with the one enrollment the first makes", async () => {
    const wf = await webhookWorkflow({ eventId: { type: "BODY", path: "id" } });
    const body = { id: "evt_together", contact: { email: "ada@analytical-engines.example" } };
    const answers = await Promise.all(Array.from({ length: 6 }, () => post(wf.hookToken!, body)));
    const made = answers.filter((a) => a.status === 202);
    expect(made).toHaveLength(1);
    for (const copy of answers.filter((a) => a.status !== 202))
      expect(copy).toMatchObject({ status: 200, json: { enrollmentId: made[0].json.enrollmentId, duplicate: true } });
    expect(await db.enrollment.findMany({ where: { workflowId: wf.id }, select: { id: true } })).toEqual([
      { id: made[0].json.enrollmentId },
    ]);
  });

  it("stores accepted events with the enrollments they made, many arriving at once", async () => {
    const wf = await webhookWorkflow({ eventId: { type: "BODY", path: "id" } });
    const bodies = Array.from({ length: 20 }, (_, i) => ({ id: `evt_${i}`, contact: { email: "ada@analytical-engines.example" } }));
    const answers = await Promise.all(bodies.map((body) => post(wf.hookToken!, body, { "x-sender": "crm" })));
    expect(answers.map((a) => a.status)).toEqual(bodies.map(() => 202));
    const { events } = (await callRoute(hookEvents.GET, { params: { id: wf.id }, query: { limit: "50" } })).json;
    expect(events).toHaveLength(20);
    for (const [i, body] of bodies.entries()) {
      const event = events.find((e: { eventId: string }) => e.eventId === body.id);
      expect(event).toMatchObject({
        status: "ACCEPTED",
        enrollmentId: answers[i].json.enrollmentId,
        payload: body,
        body: null,
        bodyTruncated: false,
        bodyBytes: JSON.stringify(body).length,
        error: null,
      });
      expect(event.headers["x-sender"]).toBe("crm");
    }
  });

  it("answers 413, 415, 400, 404 and 409 with clear JSON errors", async () => {
    const wf = await webhookWorkflow({});
    const big = await post(wf.hookToken!, JSON.stringify({ x: "y".repeat(1024 * 1024) }));
    expect(big.status).toBe(413);
    const form = await callRoute(hook.POST, {
      params: { token: wf.hookToken! },
      rawBody: "contact.email=x",
      headers: { "content-type": "text/plain" },
    });
    expect(form.status).toBe(415);
    expect((await post(wf.hookToken!, "{nope")).status).toBe(400);
    expect((await post("no-such-token", {})).status).toBe(404);
    const off = await webhookWorkflow({}, false);
    const res = await post(off.hookToken!, { contact: { email: "ada@analytical-engines.example" } });
    expect(res.status).toBe(409);
    expect(res.json.error.code).toBe("WORKFLOW_OFF");
    const sample = await callRoute(hookEvents.GET, { params: { id: off.id } });
    expect(sample.json.events[0].payload).toEqual({ contact: { email: "ada@analytical-engines.example" } });
  });

  it("keeps every call in the workflow's event log with the status it was answered: 413, 415, 400, 422, duplicates, accepted", async () => {
    const wf = await webhookWorkflow({
      eventId: { type: "BODY", path: "id" },
      recordMatch: { payloadPath: "contact.email", property: "email", whenMissing: "REJECT" },
    });
    const token = wf.hookToken!;
    const oversized = JSON.stringify({ x: "y".repeat(1024 * 1024) });
    expect((await post(token, oversized, { "content-length": String(oversized.length), authorization: "Bearer sekrit" })).status).toBe(413);
    const plain = await callRoute(hook.POST, { params: { token }, rawBody: "hello", headers: { "content-type": "text/plain" } });
    expect(plain.status).toBe(415);
    expect((await post(token, "{nope")).status).toBe(400);
    expect((await post(token, { id: "e-unknown", contact: { email: "nobody@nowhere.example" } })).status).toBe(422);
    expect((await post(token, { id: "e-no-email", contact: {} })).status).toBe(422);
    const accepted = await post(token, { id: "e-ok", contact: { email: "ada@analytical-engines.example" } });
    expect(accepted.status).toBe(202);
    expect((await post(token, { id: "e-ok", contact: { email: "ada@analytical-engines.example" } })).status).toBe(200);

    const { events } = (await callRoute(hookEvents.GET, { params: { id: wf.id }, query: { limit: "20" } })).json;
    const answered = events.map((e: { status: string; responseStatus: number; errorCode: string | null }) => [
      e.status,
      e.responseStatus,
      e.errorCode,
    ]);
    expect(answered).toEqual([
      ["DUPLICATE", 200, null],
      ["ACCEPTED", 202, null],
      ["REJECTED", 422, "NO_MATCH_VALUE"],
      ["REJECTED", 422, "NO_MATCHING_RECORD"],
      ["REJECTED", 400, "MALFORMED_JSON"],
      ["REJECTED", 415, "UNSUPPORTED_MEDIA_TYPE"],
      ["REJECTED", 413, "PAYLOAD_TOO_LARGE"],
    ]);
    const [duplicate, , , unknown, , textPlain, tooLarge] = events;
    expect(duplicate).toMatchObject({ enrollmentId: accepted.json.enrollmentId, eventId: "e-ok" });
    expect(unknown).toMatchObject({ error: expect.stringMatching(/nobody@nowhere.example/), payload: { id: "e-unknown" } });
    expect(textPlain).toMatchObject({ body: "hello", payload: null });
    // Too large: not read, so nothing of the body is kept; its declared size and masked headers are.
    expect(tooLarge).toMatchObject({ body: "", bodyTruncated: true, bodyBytes: oversized.length, payload: null });
    expect(tooLarge.headers.authorization).toBe("********");
  });

  it("a refused event is tried again from the log once its record can be found (Enroll now); others cannot be", async () => {
    const wf = await webhookWorkflow({
      eventId: { type: "BODY", path: "id" },
      recordMatch: { payloadPath: "contact.email", property: "email", whenMissing: "REJECT" },
    });
    const body = { id: "e-later", contact: { email: "later@example.com" } };
    expect((await post(wf.hookToken!, body)).status).toBe(422);
    const listed = async () => (await callRoute(hookEvents.GET, { params: { id: wf.id } })).json.events;
    const [refused] = await listed();
    expect(refused).toMatchObject({ status: "REJECTED", errorCode: "NO_MATCHING_RECORD", canTryAgain: true, eventId: "e-later" });
    const again = (as?: "VIEWER") => callRoute(tryAgain.POST, { method: "POST", params: { id: wf.id, eventId: refused.id }, as });
    expect((await again("VIEWER")).status).toBe(403);

    // Still no such contact: refused again, kept as a new event with the reason; the event stays open to a later try.
    const still = await again();
    expect(still.status).toBe(422);
    expect((await listed())[0]).toMatchObject({ status: "REJECTED", errorCode: "NO_MATCHING_RECORD" });
    expect((await listed()).find((e: { id: string }) => e.id === refused.id)).toMatchObject({ enrollmentId: null, canTryAgain: true });

    // The trigger now creates missing contacts: the same event enrolls one.
    const current = await getWorkflow(wf.id);
    await updateWorkflow(
      wf.id,
      updateWorkflowSchema.parse({
        revision: current.revision,
        trigger: { ...current.trigger, recordMatch: { payloadPath: "contact.email", property: "email", whenMissing: "CREATE" } },
      }),
    );
    const enrolled = await again();
    expect(enrolled.status, enrolled.text).toBe(202);
    const run = await getEnrollment(enrolled.json.enrollmentId);
    expect(run.triggerPayload).toEqual(body);
    expect((await listed())[0]).toMatchObject({ status: "ACCEPTED", enrollmentId: enrolled.json.enrollmentId, eventId: "e-later" });
    // The refused event now links to that run and cannot be tried again; the sender's own retry of
    // it is a duplicate of that run (its event id is taken).
    const tried = (await listed()).find((e: { id: string }) => e.id === refused.id);
    expect(tried).toMatchObject({ enrollmentId: enrolled.json.enrollmentId, canTryAgain: false });
    expect((await again()).status).toBe(409);
    expect((await post(wf.hookToken!, body)).status).toBe(200);
    expect(await db.enrollment.count({ where: { workflowId: wf.id } })).toBe(1);

    // An event refused before it was read cannot be tried again.
    await callRoute(hook.POST, { params: { token: wf.hookToken! }, rawBody: "x", headers: { "content-type": "text/plain" } });
    const unread = (await listed())[0];
    expect(unread.canTryAgain).toBe(false);
    const conflict = await callRoute(tryAgain.POST, { method: "POST", params: { id: wf.id, eventId: unread.id } });
    expect(conflict.status).toBe(409);
    expect((await callRoute(tryAgain.POST, { method: "POST", params: { id: wf.id, eventId: "nope" } })).status).toBe(404);
  });

  it("accepts form-encoded bodies", async () => {
    const wf = await webhookWorkflow({ recordMatch: { payloadPath: "email", property: "email" } });
    const res = await callRoute(hook.POST, {
      params: { token: wf.hookToken! },
      rawBody: "email=ada%40analytical-engines.example&tag=a&tag=b",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(res.status).toBe(202);
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: res.json.enrollmentId } })).triggerPayload).toEqual({
      email: "ada@analytical-engines.example",
      tag: ["a", "b"],
    });
  });

  it("regenerating the token retires the old URL", async () => {
    const wf = await webhookWorkflow({});
    const renewed = await regenerateHookToken(wf.id);
    expect(renewed.hookToken).not.toBe(wf.hookToken);
    expect((await post(wf.hookToken!, {})).status).toBe(404);
    expect((await getWorkflow(wf.id)).hookToken).toBe(renewed.hookToken);
  });

  it("will not turn on a webhook workflow without record matching", async () => {
    const wf = await createWorkflow({ name: "no match", objectType: "contact" });
    await expect(
      updateWorkflow(
        wf.id,
        updateWorkflowSchema.parse({
          revision: 1,
          enabled: true,
          trigger: { type: "WEBHOOK" },
          actions: [{ id: "a1", type: "SEND_WEBHOOK", config: { method: "POST", webhookUrl: "https://x.example" } }],
        }),
      ),
    ).rejects.toMatchObject({ code: "WORKFLOW_NOT_READY", details: [expect.objectContaining({ path: "trigger.recordMatch" })] });
  });
});
