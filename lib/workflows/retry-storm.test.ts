import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Worker } from "@/lib/jobs/worker";
import { startHttpsReceiver, type HttpsReceiver, type ReceiverReply } from "@/test/https-receiver";
import { getEnrollment } from "./enrollments";
import { enroll } from "./runner";
import { startRunner } from "./start-runner";
import { updateWorkflowSchema } from "./workflow-schema";
import { createWorkflow, updateWorkflow } from "./workflows";

// Issue 9: a receiver answering 429 with "Retry-After: 0" (or an HTTP date in the past) made
// one enrollment send ~1,700 requests in 15 s. The real runner, a real HTTPS receiver: over
// a few seconds the receiver sees a handful of requests, at least the floor apart.

const FLOOR_MS = 1000;
const WATCH_MS = 3_500;

let receiver: HttpsReceiver;
let worker: Worker;
const seen = new Map<string, number[]>();

beforeAll(async () => {
  process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "localhost";
  receiver = await startHttpsReceiver((r): ReceiverReply => {
    seen.set(r.path, [...(seen.get(r.path) ?? []), Date.now()]);
    if (r.path === "/zero") return { status: 429, headers: { "retry-after": "0" }, body: "slow down" };
    if (r.path === "/past") return { status: 429, headers: { "retry-after": "Wed, 21 Oct 2015 07:28:00 GMT" }, body: "slow down" };
    return { status: 200, body: "{}" };
  });
  worker = startRunner({ pollMs: 20 });
});
afterAll(async () => {
  await worker.stop();
  await receiver.close();
});

async function enrollTo(path: string) {
  const wf = await createWorkflow({ name: `storm ${path}`, objectType: "contact" });
  await updateWorkflow(
    wf.id,
    updateWorkflowSchema.parse({
      revision: 1,
      enabled: true,
      actions: [{ id: "a1", type: "SEND_WEBHOOK", config: { method: "POST", webhookUrl: `${receiver.url}${path}` } }],
    }),
  );
  return (await enroll(wf.id, 1)).enrollmentId;
}

describe("a receiver that answers 429 with a Retry-After of no time at all", () => {
  it("gets a handful of requests, at least the floor apart, for Retry-After: 0 and for a date in the past", async () => {
    const ids = { zero: await enrollTo("/zero"), past: await enrollTo("/past") };
    await new Promise((r) => setTimeout(r, WATCH_MS));
    for (const [name, enrollmentId] of Object.entries(ids)) {
      const times = seen.get(`/${name}`) ?? [];
      expect(times.length, name).toBeGreaterThanOrEqual(2);
      expect(times.length, name).toBeLessThanOrEqual(Math.ceil(WATCH_MS / FLOOR_MS) + 1);
      for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1], name).toBeGreaterThanOrEqual(FLOOR_MS);

      const e = await getEnrollment(enrollmentId);
      expect(e.status).toBe("ACTIVE");
      const attempts = e.steps[0].attempts;
      expect(attempts.length).toBe(times.length);
      for (const [i, a] of attempts.entries()) {
        expect(a.outcome).toBe("RETRYABLE");
        const finished = Date.parse(a.startedAt) + a.durationMs;
        expect(Date.parse(a.nextAttemptAt!) - finished, `${name} attempt ${a.attempt}`).toBeGreaterThanOrEqual(FLOOR_MS - 1);
        if (i + 1 < attempts.length) expect(Date.parse(attempts[i + 1].startedAt)).toBeGreaterThanOrEqual(Date.parse(a.nextAttemptAt!));
      }
    }
  }, 20_000);
});
