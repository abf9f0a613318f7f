import { describe, expect, it } from "vitest";
import { createWorkflow, getWorkflow } from "@/lib/workflows/workflows";
import { callRoute } from "@/test/call-route";
import * as item from "@/app/api/workflows/[id]/route";
import { MAX_JSON_DEPTH } from "./parse-json";

// readJson parses every JSON request body with parseJson: depth and key limits, no prototypes.
// Through a real route, PUT /api/workflows/:id, whose trigger sample is any JSON.

const sampleNested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const putTrigger = (id: string, sample: string) =>
  callRoute(item.PUT, { method: "PUT", params: { id }, rawBody: `{"revision": 1, "trigger": {"type": "WEBHOOK", "sample": ${sample}}}` });

describe("readJson through PUT /api/workflows/:id", () => {
  it("refuses a trigger sample nested 2,500 or 10,000 levels with 400 JSON_TOO_DEEP, not a 500, and changes nothing", async () => {
    const wf = await createWorkflow({ name: "Deep", objectType: "contact" });
    for (const depth of [2_500, 10_000]) {
      const res = await putTrigger(wf.id, sampleNested(depth));
      expect(res.status, `depth ${depth}`).toBe(400);
      expect(res.json.error.code).toBe("JSON_TOO_DEEP");
      expect(res.json.error.message).toMatch(/nested/i);
    }
    expect((await getWorkflow(wf.id)).revision).toBe(1);
  });

  it("accepts a sample nested within the limit, and keeps keys named like Object.prototype's members", async () => {
    const wf = await createWorkflow({ name: "Fine", objectType: "contact" });
    const depth = MAX_JSON_DEPTH - 3; // the body, trigger and sample objects are levels too
    const res = await putTrigger(wf.id, `{"constructor": "c", "toString": {"valueOf": 1}, "deep": ${sampleNested(depth - 1)}}`);
    expect(res.status).toBe(200);
    const sample = (await getWorkflow(wf.id)).trigger as { sample: Record<string, unknown> };
    expect(sample.sample.constructor).toBe("c");
    expect(sample.sample.toString).toEqual({ valueOf: 1 });
  });
});
