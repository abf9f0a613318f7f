import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as enrollmentRoute from "@/app/api/enrollments/[id]/route";
import * as testRoute from "@/app/api/workflows/[id]/actions/[actionId]/test/route";
import { createApp } from "@/lib/apps/apps";
import { db } from "@/lib/db";
import { createSecret } from "@/lib/secrets/secrets";
import { enroll } from "@/lib/workflows/runner";
import { startRunner } from "@/lib/workflows/start-runner";
import { updateWorkflowSchema } from "@/lib/workflows/workflow-schema";
import { createWorkflow, updateWorkflow } from "@/lib/workflows/workflows";
import { callRoute } from "@/test/call-route";
import { startHttpsReceiver, type CapturedRequest, type HttpsReceiver } from "@/test/https-receiver";
import { until } from "@/test/wait-for";

// A receiver that echoes the credentials it got, in every encoding a receiver might use,
// must not get them shown: not in a Test's result, not in the run history, not in the
// attempt rows stored in the database.

// Has `"` and `\` (JSON escapes them), `/`, `+` and `=` (URL and form encodings differ).
const API_KEY = 'sk"live\\7f/Zq+w=pass-91';

/** Every form a receiver might echo a value in. */
function forms(value: string): string[] {
  const utf8 = Buffer.from(value, "utf8");
  return [
    value,
    JSON.stringify(value).slice(1, -1),
    JSON.stringify(value).slice(1, -1).replaceAll("/", "\\/"),
    encodeURIComponent(value),
    new URLSearchParams({ v: value }).toString().slice(2),
    utf8.toString("base64"),
    utf8.toString("base64").replace(/=+$/, ""),
    utf8.toString("base64url"),
  ];
}

/** Each string of a JSON text, and of JSON texts inside its strings (echoed bodies). */
function strings(text: string): string[] {
  const out = [text];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return out;
  }
  const walk = (value: unknown) => {
    if (typeof value === "string") out.push(...strings(value));
    else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        out.push(k);
        walk(v);
      }
    }
  };
  walk(parsed);
  return out;
}

function expectNoLeak(where: string, text: string, secret: string) {
  for (const piece of strings(text)) {
    for (const form of forms(secret))
      expect(piece.includes(form), `${where} shows ${JSON.stringify(form)} in ${piece.slice(0, 300)}`).toBe(false);
  }
}

/** Echoes the value of `header` (or of the `key` query parameter) back in every form. */
function echo(header: string) {
  return (request: CapturedRequest) => {
    const got = request.headers[header] ?? request.query.key ?? "";
    const utf8 = Buffer.from(got, "utf8");
    return {
      status: 200,
      headers: { "content-type": "application/json", "x-echo": got, "x-echo-b64": utf8.toString("base64") },
      // Written by hand: a PHP receiver escapes "/" as "\/"; `nested` is JSON inside a JSON string.
      body:
        `{"raw": ${JSON.stringify(got)}, "php": ${JSON.stringify(got).replaceAll("/", "\\/")}, ` +
        `"nested": ${JSON.stringify(JSON.stringify({ headers: { "x-api-key": got } }))}, ` +
        `"base64": "${utf8.toString("base64")}", "base64url": "${utf8.toString("base64url")}", ` +
        `"url": "${encodeURIComponent(got)}", "form": "${new URLSearchParams({ v: got })}", ` +
        `"inText": ${JSON.stringify(`you sent ${got} (base64 ${utf8.toString("base64").replace(/=+$/, "")})`)}}`,
    };
  };
}

let receiver: HttpsReceiver;
beforeAll(async () => {
  process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "localhost";
  receiver = await startHttpsReceiver();
});
afterAll(() => receiver.close());

async function workflowSending(config: Record<string, unknown>, enabled = false) {
  const wf = await createWorkflow({ name: "Echo", objectType: "contact" });
  return updateWorkflow(
    wf.id,
    updateWorkflowSchema.parse({ revision: 1, enabled, actions: [{ id: "hook", type: "SEND_WEBHOOK", config }] }),
  );
}

describe("secrets echoed by a receiver", () => {
  it("are masked in every form in a Test, in the run history and in the stored attempts", async () => {
    await createSecret({ name: "ECHOED_KEY", value: API_KEY });
    receiver.setHandler(echo("x-api-key"));
    const config = {
      method: "POST",
      webhookUrl: `${receiver.url}/echo`,
      authentication: { type: "API_KEY", secretName: "ECHOED_KEY", keyName: "X-Api-Key", location: "HEADER" },
      // An output that picks the echoed key gets the masked text, not the key.
      outputs: [{ name: "raw", path: "raw", type: "STRING" }],
    };
    const wf = await workflowSending(config, true);

    const tested = await callRoute(testRoute.POST, { params: { id: wf.id, actionId: "hook" }, body: { recordId: 1 } });
    expect(tested.status).toBe(200);
    expect(tested.json.outcome).toBe("SUCCESS");
    expect(receiver.requests.at(-1)!.headers["x-api-key"]).toBe(API_KEY);
    expect(tested.json.request.headers["X-Api-Key"]).toBe("********");
    expect(tested.json.response.headers["x-echo"]).toBe("********");
    expect(JSON.parse(tested.json.response.body)).toMatchObject({ raw: "********", base64: "********", url: "********" });
    expectNoLeak("the Test response", tested.text, API_KEY);

    const worker = startRunner({ pollMs: 20 });
    let enrollmentId: string;
    try {
      ({ enrollmentId } = await enroll(wf.id, 1));
      await until(async () => (await db.enrollment.findUniqueOrThrow({ where: { id: enrollmentId } })).status !== "ACTIVE");
    } finally {
      await worker.stop();
    }
    const run = await callRoute(enrollmentRoute.GET, { params: { id: enrollmentId } });
    expect(run.json.status).toBe("COMPLETED");
    expect(run.json.steps[0].attempts).toHaveLength(1);
    expectNoLeak("GET /api/enrollments/:id", run.text, API_KEY);

    const rows = await db.deliveryAttempt.findMany({ where: { step: { enrollmentId } } });
    expect(rows).toHaveLength(1);
    expectNoLeak("the DeliveryAttempt rows", JSON.stringify(rows), API_KEY);
    const stored = {
      steps: await db.enrollmentStep.findMany({ where: { enrollmentId } }),
      enrollment: await db.enrollment.findUnique({ where: { id: enrollmentId } }),
    };
    expectNoLeak("the step and enrollment rows", JSON.stringify(stored), API_KEY);
  });

  it("mask an API key sent in the query, and the error message when the answer is refused", async () => {
    await createSecret({ name: "QUERY_KEY", value: API_KEY });
    receiver.setHandler((request) => ({ ...echo("none")(request), status: 401 }));
    const wf = await workflowSending({
      method: "GET",
      webhookUrl: `${receiver.url}/echo`,
      authentication: { type: "API_KEY", secretName: "QUERY_KEY", keyName: "key", location: "QUERY_PARAM" },
    });
    const tested = await callRoute(testRoute.POST, { params: { id: wf.id, actionId: "hook" }, body: { recordId: 1 } });
    expect(receiver.requests.at(-1)!.query.key).toBe(API_KEY);
    expect(tested.json).toMatchObject({ outcome: "FINAL", request: { url: `${receiver.url}/echo?key=********` } });
    expectNoLeak("the Test response", tested.text, API_KEY);
  });

  it("mask the app's client secret a receiver echoes after a signed request", async () => {
    const app = await createApp("Echo app");
    receiver.setHandler(() => ({
      status: 200,
      headers: { "x-b64": Buffer.from(app.clientSecret).toString("base64") },
      body: JSON.stringify({ b64: Buffer.from(app.clientSecret).toString("base64url"), json: app.clientSecret }),
    }));
    const wf = await workflowSending({
      method: "POST",
      webhookUrl: `${receiver.url}/signed`,
      authentication: { type: "SIGNATURE", appId: app.appId },
    });
    const tested = await callRoute(testRoute.POST, { params: { id: wf.id, actionId: "hook" }, body: { recordId: 1 } });
    expect(tested.json.outcome).toBe("SUCCESS");
    expect(tested.json.response.headers["x-b64"]).toBe("********");
    expectNoLeak("the Test response", tested.text, app.clientSecret);
  });
});
