import { createHash, createHmac } from "node:crypto";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "@/lib/apps/apps";
import { db } from "@/lib/db";
import { FIRST_RETRY_MS } from "@/lib/jobs/retry-schedule";
import type { Worker } from "@/lib/jobs/worker";
import { createSecret } from "@/lib/secrets/secrets";
import { waitFor } from "@/test/wait-for";
import { startHttpsReceiver, type HttpsReceiver, type ReceiverReply } from "@/test/https-receiver";
import { callRoute } from "@/test/call-route";
import * as enrollmentRoute from "@/app/api/enrollments/[id]/route";
import { getEnrollment } from "./enrollments";
import { enroll } from "./runner";
import { startRunner } from "./start-runner";
import { updateWorkflowSchema } from "./workflow-schema";
import { createWorkflow, updateWorkflow } from "./workflows";

// The whole path on real parts: enroll → durable job → worker → guarded HTTPS client →
// local HTTPS receiver (test CA trusted via NODE_EXTRA_CA_CERTS) → attempt rows.

let receiver: HttpsReceiver;
let worker: Worker;
const ADA = 1;

beforeAll(async () => {
  process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "localhost";
  receiver = await startHttpsReceiver();
  worker = startRunner({ pollMs: 20 });
});
afterAll(async () => {
  await worker.stop();
  await receiver.close();
});

async function workflowWith(actions: { id: string; config: Record<string, unknown>; nextId?: string | null }[]) {
  const wf = await createWorkflow({ name: `wf ${Math.random()}`, objectType: "contact" });
  return updateWorkflow(
    wf.id,
    updateWorkflowSchema.parse({
      revision: 1,
      enabled: true,
      actions: actions.map((a) => ({ id: a.id, type: "SEND_WEBHOOK", config: a.config, nextId: a.nextId ?? null })),
    }),
  );
}

const settled = (id: string) =>
  waitFor(
    () => getEnrollment(id),
    (e) => e.status !== "ACTIVE",
  );
const firstAttempts = (id: string, n: number) =>
  waitFor(
    () => getEnrollment(id),
    (e) => (e.steps[0]?.attempts.length ?? 0) >= n,
  );
const path = () => `/${Math.random().toString(36).slice(2)}`;

describe("workflow runner", () => {
  it("delivers a signed POST with all properties; the signature verifies independently", async () => {
    const app = await createApp("Signer");
    const p = path();
    const wf = await workflowWith([
      {
        id: "a1",
        config: {
          method: "POST",
          webhookUrl: `${receiver.url}${p}?source=hookflow`,
          authentication: { type: "SIGNATURE", appId: app.appId },
        },
      },
    ]);
    const { enrollmentId } = await enroll(wf.id, ADA);
    const done = await settled(enrollmentId);
    expect(done.status).toBe("COMPLETED");
    const got = receiver.requests.find((r) => r.path === p)!;
    const url = `${receiver.url}${p}?source=hookflow`;
    const v2 = createHash("sha256").update(`${app.clientSecret}POST${url}${got.body}`).digest("hex");
    expect(got.headers["x-hubspot-signature"]).toBe(v2);
    expect(got.headers["x-hubspot-signature-version"]).toBe("v2");
    const v3 = createHmac("sha256", app.clientSecret)
      .update(`POST${url}${got.body}${got.headers["x-hubspot-request-timestamp"]}`)
      .digest("base64");
    expect(got.headers["x-hubspot-signature-v3"]).toBe(v3);
    expect(got.headers["user-agent"]).toMatch(/^Hookflow\/\d/);
    expect(got.headers["x-hookflow-delivery-id"]).toBe(done.steps[0].deliveryId);
    const body = JSON.parse(got.body);
    expect(body).toMatchObject({ vid: ADA, "is-contact": true });
    expect(body.properties.email.value).toBe("ada@analytical-engines.example");
    expect(done.steps[0].attempts).toEqual([expect.objectContaining({ attempt: 1, outcome: "SUCCESS", nextAttemptAt: null })]);
  });

  it("sends an API key in a header and in the query, and stores it masked", async () => {
    await createSecret({ name: "RUNNER_KEY", value: "sk-live-abc123" });
    const [ph, pq] = [path(), path()];
    const wf = await workflowWith([
      {
        id: "h",
        nextId: "q",
        config: {
          method: "POST",
          webhookUrl: `${receiver.url}${ph}`,
          authentication: { type: "API_KEY", secretName: "RUNNER_KEY", keyName: "Authorization", location: "HEADER" },
          body: {
            type: "CUSTOM",
            fields: [
              { key: "email", source: { type: "PROPERTY", property: "email" } },
              { key: "plan", source: { type: "STATIC", value: "pro" } },
              { key: "missing", source: { type: "PROPERTY", property: "no_such_property" } },
            ],
          },
        },
      },
      {
        id: "q",
        config: {
          method: "GET",
          webhookUrl: `${receiver.url}${pq}?keep=1`,
          authentication: { type: "API_KEY", secretName: "RUNNER_KEY", keyName: "api_key", location: "QUERY_PARAM" },
          queryParams: [{ key: "email", source: { type: "PROPERTY", property: "email" } }],
        },
      },
    ]);
    const { enrollmentId } = await enroll(wf.id, ADA);
    const done = await settled(enrollmentId);
    expect(done.status).toBe("COMPLETED");
    const h = receiver.requests.find((r) => r.path === ph)!;
    expect(h.headers.authorization).toBe("sk-live-abc123");
    expect(JSON.parse(h.body)).toEqual({ email: "ada@analytical-engines.example", plan: "pro", missing: "" });
    const q = receiver.requests.find((r) => r.path === pq)!;
    expect(q.method).toBe("GET");
    expect(q.body).toBe("");
    expect(q.query).toEqual({ keep: "1", email: "ada@analytical-engines.example", api_key: "sk-live-abc123" });
    const stored = JSON.stringify(await getEnrollment(enrollmentId));
    expect(stored).not.toContain("sk-live-abc123");
    expect(done.steps[1].attempts[0].request).toMatchObject({ url: expect.stringContaining("api_key=********") });
  });

  it("schedules a retry about a minute after a 500, with the time stored", async () => {
    const p = path();
    receiver.setHandler((r) => (r.path === p ? { status: 500, body: "boom" } : { status: 200, body: "{}" }));
    const wf = await workflowWith([{ id: "a1", config: { method: "POST", webhookUrl: `${receiver.url}${p}` } }]);
    const { enrollmentId } = await enroll(wf.id, ADA);
    const e = await firstAttempts(enrollmentId, 1);
    const seenAt = Date.now();
    const attempt = e.steps[0].attempts[0];
    expect(attempt).toMatchObject({ outcome: "RETRYABLE", response: expect.objectContaining({ status: 500 }) });
    // The first retry is due 60 to 75 s (jitter) after the moment the failure was recorded, which
    // lies between the attempt's start and this test seeing it: bounds that hold however slowly a
    // loaded machine got there (a bound from before enrolling did not).
    const nextAttemptAt = Date.parse(attempt.nextAttemptAt!);
    expect(nextAttemptAt).toBeGreaterThanOrEqual(Date.parse(attempt.startedAt) + FIRST_RETRY_MS);
    expect(nextAttemptAt).toBeLessThanOrEqual(seenAt + FIRST_RETRY_MS * 1.25);
    // Read as one moment (getEnrollment reads in one snapshot): the attempt comes with the step's new state.
    expect(e.status).toBe("ACTIVE");
    expect(e.steps[0].status).toBe("RETRY_SCHEDULED");
    const job = await db.job.findFirstOrThrow({
      where: { payload: { equals: { stepId: (await db.enrollmentStep.findFirstOrThrow({ where: { enrollmentId } })).id } } },
    });
    expect(job.status).toBe("QUEUED");
    expect(job.runAt.toISOString()).toBe(attempt.nextAttemptAt);
  });

  it("fails a 404 at once, without a retry", async () => {
    const p = path();
    receiver.setHandler((r) => (r.path === p ? { status: 404, body: "nope" } : { status: 200, body: "{}" }));
    const wf = await workflowWith([{ id: "a1", config: { method: "POST", webhookUrl: `${receiver.url}${p}` } }]);
    const { enrollmentId } = await enroll(wf.id, ADA);
    const done = await settled(enrollmentId);
    expect(done.status).toBe("FAILED");
    expect(done.error).toMatch(/404/);
    expect(done.steps[0].attempts).toHaveLength(1);
    expect(done.steps[0].attempts[0]).toMatchObject({ outcome: "FINAL", nextAttemptAt: null });
  });

  it("stores a failure's catalog key and params next to its English; GET /api/enrollments/:id returns them for the run, its step and attempts", async () => {
    const p = path();
    receiver.setHandler((r) => (r.path === p ? { status: 404, body: "nope" } : { status: 200, body: "{}" }));
    const wf = await workflowWith([{ id: "a1", config: { method: "POST", webhookUrl: `${receiver.url}${p}` } }]);
    const { enrollmentId } = await enroll(wf.id, ADA);
    await settled(enrollmentId);
    const refused = {
      error: "The endpoint refused the request with 404; it is not retried. Check the URL, authentication and body.",
      errorKey: "response.refused",
      errorParams: { status: "404" },
    };
    const run = await callRoute(enrollmentRoute.GET, { params: { id: enrollmentId }, as: "VIEWER" });
    expect(run.status).toBe(200);
    expect(run.json).toMatchObject({ status: "FAILED", ...refused });
    expect(run.json.steps[0]).toMatchObject({ status: "FAILED", ...refused });
    expect(run.json.steps[0].attempts).toMatchObject([{ outcome: "FINAL", ...refused }]);
    // As stored: the three rows, written with the error in the same statements.
    const step = await db.enrollmentStep.findFirstOrThrow({ where: { enrollmentId }, include: { attempts: true } });
    expect(step).toMatchObject(refused);
    expect(step.attempts[0]).toMatchObject(refused);
    expect(await db.enrollment.findUniqueOrThrow({ where: { id: enrollmentId } })).toMatchObject(refused);
  });

  it("stores a connection failure with its key and the host as a param, the same on the step that waits for the retry", async () => {
    // A port nothing listens on: the connection is refused.
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const wf = await workflowWith([{ id: "a1", config: { method: "POST", webhookUrl: `https://localhost:${port}/hook` } }]);
    const { enrollmentId } = await enroll(wf.id, ADA);
    const e = await waitFor(
      () => getEnrollment(enrollmentId),
      (run) => run.steps[0]?.status === "RETRY_SCHEDULED",
    );
    const failure = {
      error: `localhost:${port} refused the connection (nothing is accepting https requests there)`,
      errorKey: "transport.refused",
      errorParams: { host: `localhost:${port}` },
    };
    expect(e.steps[0].attempts).toMatchObject([{ outcome: "RETRYABLE", ...failure }]);
    expect(e.steps[0]).toMatchObject(failure);
    expect(e).toMatchObject({ status: "ACTIVE", error: null, errorKey: null, errorParams: null });
  });

  it("honours a 429's Retry-After (milliseconds) and then succeeds", async () => {
    const p = path();
    let calls = 0;
    receiver.setHandler((r): ReceiverReply => {
      if (r.path !== p) return { status: 200, body: "{}" };
      calls++;
      return calls === 1
        ? { status: 429, headers: { "retry-after": "700" }, body: "slow down" }
        : { status: 200, headers: { "content-type": "application/json" }, body: "{}" };
    });
    const wf = await workflowWith([{ id: "a1", config: { method: "POST", webhookUrl: `${receiver.url}${p}` } }]);
    const { enrollmentId } = await enroll(wf.id, ADA);
    const done = await settled(enrollmentId);
    expect(done.status).toBe("COMPLETED");
    const [first, second] = done.steps[0].attempts;
    expect(first.outcome).toBe("RETRYABLE");
    // 700 ms, in words as the English always put it; the catalog words the unit and count per language.
    expect(first).toMatchObject({
      error: "The endpoint is rate limiting requests (429); it asked to retry after 1 s.",
      errorKey: "response.rateLimitedWait",
      errorParams: { unit: "seconds", count: 1 },
    });
    expect(second).toMatchObject({ error: null, errorKey: null, errorParams: null });
    // The step's error of the retry it waited for is gone with its success.
    expect(done.steps[0]).toMatchObject({ status: "SUCCEEDED", error: null, errorKey: null, errorParams: null });
    const wait = Date.parse(first.nextAttemptAt!) - Date.parse(first.startedAt);
    expect(wait).toBeGreaterThanOrEqual(700);
    expect(wait).toBeLessThan(5_000);
    expect(Date.parse(second.startedAt)).toBeGreaterThanOrEqual(Date.parse(first.nextAttemptAt!));
    const ids = receiver.requests.filter((r) => r.path === p).map((r) => r.headers["x-hookflow-delivery-id"]);
    expect(new Set(ids).size).toBe(1);
  });

  it("passes outputs of one step into the next step's body", async () => {
    const [p1, p2] = [path(), path()];
    receiver.setHandler((r) =>
      r.path === p1
        ? { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ customer: { id: "cus_42", score: "7" } }) }
        : { status: 200, body: "{}" },
    );
    const wf = await workflowWith([
      {
        id: "lookup",
        nextId: "push",
        config: {
          method: "POST",
          webhookUrl: `${receiver.url}${p1}`,
          outputs: [
            { name: "customerId", path: "customer.id", type: "STRING" },
            { name: "score", path: "customer.score", type: "NUMBER" },
          ],
        },
      },
      {
        id: "push",
        config: {
          method: "POST",
          webhookUrl: `${receiver.url}${p2}`,
          body: {
            type: "CUSTOM",
            fields: [
              { key: "id", source: { type: "OUTPUT", actionId: "lookup", output: "customerId" } },
              { key: "score", source: { type: "OUTPUT", actionId: "lookup", output: "score" } },
            ],
          },
        },
      },
    ]);
    const { enrollmentId } = await enroll(wf.id, ADA);
    const done = await settled(enrollmentId);
    expect(done.status).toBe("COMPLETED");
    expect(done.outputs).toEqual({ lookup: { customerId: "cus_42", score: 7 } });
    expect(JSON.parse(receiver.requests.find((r) => r.path === p2)!.body)).toEqual({ id: "cus_42", score: 7 });
  });

  it("fails the step when a chosen output is missing from the response", async () => {
    const p = path();
    receiver.setHandler(() => ({ status: 200, headers: { "content-type": "application/json" }, body: "{}" }));
    const wf = await workflowWith([
      {
        id: "a1",
        config: { method: "POST", webhookUrl: `${receiver.url}${p}`, outputs: [{ name: "x", path: "data.id", type: "STRING" }] },
      },
    ]);
    const done = await settled((await enroll(wf.id, ADA)).enrollmentId);
    expect(done.status).toBe("FAILED");
    expect(done.error).toMatch(/has no field "data.id"/);
  });

  it("refuses to enroll in a workflow that is off, or a record of another type", async () => {
    const wf = await createWorkflow({ name: "off", objectType: "contact" });
    await expect(enroll(wf.id, ADA)).rejects.toMatchObject({ code: "WORKFLOW_OFF" });
    const on = await workflowWith([{ id: "a1", config: { method: "POST", webhookUrl: `${receiver.url}/x` } }]);
    const company = await db.record.findFirstOrThrow({ where: { objectType: "company" } });
    await expect(enroll(on.id, company.id)).rejects.toMatchObject({ code: "WRONG_OBJECT_TYPE" });
  });
});
