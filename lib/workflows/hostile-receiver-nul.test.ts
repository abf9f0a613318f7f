import fs from "node:fs";
import tls from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getRecord } from "@/lib/crm/records";
import type { Worker } from "@/lib/jobs/worker";
import { readStoredResponse } from "@/lib/webhooks/stored-exchange";
import { ensureTestCertificates, TEST_CERTS_DIR } from "@/test/certs";
import { startHttpsReceiver, type HttpsReceiver } from "@/test/https-receiver";
import { waitFor } from "@/test/wait-for";
import { getEnrollment } from "./enrollments";
import { enroll } from "./runner";
import { startRunner } from "./start-runner";
import { updateWorkflowSchema } from "./workflow-schema";
import { createWorkflow, updateWorkflow } from "./workflows";

// A receiver is not ours to refuse: whatever it answers, U+0000 included, the attempt and the
// run's bookkeeping are written alike on SQLite and PostgreSQL (whose text cannot hold U+0000).
// Attempts keep the answer as received (Json columns keep the \u0000 escape on both); a STRING
// output, which later steps copy into text (Set property value), carries U+FFFD in its place.

const NUL = "\u0000";
let receiver: HttpsReceiver;
let rawServer: tls.Server;
let rawUrl = "";
let worker: Worker;

beforeAll(async () => {
  process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "localhost";
  receiver = await startHttpsReceiver((request) =>
    request.path === "/json"
      ? { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ [`k${NUL}`]: NUL, tier: `go${NUL}ld` }) }
      : { status: 500, headers: { "content-type": "text/plain" }, body: Buffer.from(`down${NUL}${NUL}!`) },
  );
  // Node's own server refuses to send a NUL in a header, so this one writes the bytes itself.
  const certs = ensureTestCertificates(TEST_CERTS_DIR);
  rawServer = tls.createServer({ key: fs.readFileSync(certs.serverKey), cert: fs.readFileSync(certs.serverCert) }, (socket) => {
    socket.once("data", () => socket.end(`HTTP/1.1 200 OK\r\nX-Evil: a${NUL}b\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok`));
  });
  await new Promise<void>((resolve) => rawServer.listen(0, "127.0.0.1", () => resolve()));
  rawUrl = `https://localhost:${(rawServer.address() as { port: number }).port}/header`;
  worker = startRunner({ pollMs: 20 });
});
afterAll(async () => {
  await worker.stop();
  await receiver.close();
  await new Promise((resolve) => rawServer.close(resolve));
});

async function run(actions: { id: string; type: string; config: unknown; nextId?: string }[]) {
  const wf = await createWorkflow({ name: `nul ${Math.random()}`, objectType: "contact" });
  await updateWorkflow(wf.id, updateWorkflowSchema.parse({ revision: 1, enabled: true, actions }));
  return (await enroll(wf.id, 2)).enrollmentId;
}

describe("a receiver answering with U+0000", () => {
  it("keeps a JSON answer with \\u0000 as received, and a STRING output with U+FFFD that Set property value writes", async () => {
    const id = await run([
      {
        id: "send",
        type: "SEND_WEBHOOK",
        config: { method: "POST", webhookUrl: `${receiver.url}/json`, outputs: [{ name: "tier", path: "tier", type: "STRING" }] },
        nextId: "set",
      },
      { id: "set", type: "SET_PROPERTY", config: { property: "jobtitle", value: { type: "OUTPUT", actionId: "send", output: "tier" } } },
    ]);
    const done = await waitFor(
      () => getEnrollment(id),
      (e) => e.status !== "ACTIVE",
    );
    expect(done.status, done.error ?? "").toBe("COMPLETED");
    expect(done.outputs).toEqual({ send: { tier: "go\uFFFDld" } });
    const [attempt] = done.steps[0].attempts;
    expect(readStoredResponse(attempt.response)?.body).toBe(JSON.stringify({ [`k${NUL}`]: NUL, tier: `go${NUL}ld` }));
    expect((await getRecord(2)).properties.jobtitle).toMatchObject({ value: "go\uFFFDld", source: "WORKFLOW" });
  });

  it("records a retryable answer whose body holds NUL bytes, and one whose header holds a NUL, like any other", async () => {
    for (const [url, error] of [
      [`${receiver.url}/down`, /failed with 500/],
      [rawUrl, /not valid HTTP/],
    ] as const) {
      const id = await run([{ id: "send", type: "SEND_WEBHOOK", config: { method: "POST", webhookUrl: url } }]);
      const seen = await waitFor(
        () => getEnrollment(id),
        (e) => e.steps[0]?.attempts.length === 1,
      );
      const [step] = seen.steps;
      expect(step, url).toMatchObject({ status: "RETRY_SCHEDULED", error: expect.stringMatching(error) });
      expect(step.attempts[0]).toMatchObject({ attempt: 1, outcome: "RETRYABLE", nextAttemptAt: expect.any(String) });
      if (url !== rawUrl) expect(readStoredResponse(step.attempts[0].response)?.body).toBe(`down${NUL}${NUL}!`);
    }
  });
});
