import { describe, expect, it } from "vitest";
import { createSecret } from "@/lib/secrets/secrets";
import { callRoute } from "@/test/call-route";
import { webhookWorkflow } from "@/test/webhook-workflow";
import * as hook from "../../../hooks/[token]/route";
import * as hookEvents from "./route";

describe("GET /api/workflows/:id/hook-events", () => {
  it("masks a stored secret's value whatever header carries it, for accepted and refused events", async () => {
    const value = "sk_live_9f8e7d6c5b4a";
    await createSecret({ name: "PARTNER_KEY", value });
    await createSecret({ name: "HOOK_HEADER", value: "let-me-in-please" });
    const wf = await webhookWorkflow({ verification: { type: "STATIC_HEADER", headerName: "X-Hook-Key", secretName: "HOOK_HEADER" } });
    const body = JSON.stringify({ contact: { email: "ada@analytical-engines.example" } });
    const headers = {
      "content-type": "application/json",
      "x-other": value,
      "x-forwarded-auth": `Bearer ${value}`,
      "x-plain": "nothing secret",
    };
    const accepted = await callRoute(hook.POST, {
      params: { token: wf.hookToken! },
      rawBody: body,
      headers: { ...headers, "x-hook-key": "let-me-in-please" },
    });
    expect(accepted.status).toBe(202);
    const refused = await callRoute(hook.POST, {
      params: { token: wf.hookToken! },
      rawBody: body,
      headers: { ...headers, "x-hook-key": "wrong" },
    });
    expect(refused.status).toBe(401);

    const res = await callRoute(hookEvents.GET, { params: { id: wf.id } });
    expect(res.status).toBe(200);
    expect(res.json.events.map((e: { status: string }) => e.status)).toEqual(["REJECTED", "ACCEPTED"]);
    expect(res.text).not.toContain(value);
    expect(res.text).not.toContain("let-me-in-please");
    for (const event of res.json.events) {
      expect(event.headers["x-other"]).toBe("[secret PARTNER_KEY]");
      expect(event.headers["x-forwarded-auth"]).toBe("Bearer [secret PARTNER_KEY]");
      expect(event.headers["x-hook-key"]).toBe("********");
      expect(event.headers["x-plain"]).toBe("nothing secret");
    }
  });

  it("shows a refused event's body as a marked prefix with its size, and an accepted one's payload", async () => {
    const wf = await webhookWorkflow({ verification: { type: "NONE" } });
    const small = JSON.stringify({ contact: { email: "nobody@example.com" } });
    expect((await callRoute(hook.POST, { params: { token: wf.hookToken! }, rawBody: small })).status).toBe(422);
    expect((await callRoute(hook.POST, { params: { token: wf.hookToken! }, rawBody: "{oops" })).status).toBe(400);
    const [malformed, unmatched] = (await callRoute(hookEvents.GET, { params: { id: wf.id } })).json.events;
    expect(malformed).toMatchObject({
      status: "REJECTED",
      payload: null,
      body: "{oops",
      bodyTruncated: false,
      bodyBytes: 5,
      error: expect.stringContaining("not valid JSON"),
    });
    expect(unmatched).toMatchObject({
      status: "REJECTED",
      payload: { contact: { email: "nobody@example.com" } },
      body: null,
      bodyBytes: small.length,
    });
  });

  it("keeps a refusal's apiErrors key and params with its English, for the UI to word in the viewer's language", async () => {
    const off = await webhookWorkflow({ verification: { type: "NONE" } }, false);
    const body = JSON.stringify({ contact: { email: "ada@analytical-engines.example" } });
    const refused = await callRoute(hook.POST, { params: { token: off.hookToken! }, rawBody: body });
    expect(refused.status).toBe(409);
    expect(refused.json.error.key).toBe("WORKFLOW_OFF.eventKept");
    const [event] = (await callRoute(hookEvents.GET, { params: { id: off.id } })).json.events;
    expect(event).toMatchObject({
      status: "REJECTED",
      errorCode: "WORKFLOW_OFF",
      errorKey: "WORKFLOW_OFF.eventKept",
      errorParams: null,
      error: refused.json.error.message,
    });

    // An accepted event has neither.
    const on = await webhookWorkflow({ verification: { type: "NONE" } });
    expect((await callRoute(hook.POST, { params: { token: on.hookToken! }, rawBody: body })).status).toBe(202);
    const [accepted] = (await callRoute(hookEvents.GET, { params: { id: on.id } })).json.events;
    expect(accepted).toMatchObject({ status: "ACCEPTED", error: null, errorKey: null, errorParams: null });
  });
});
