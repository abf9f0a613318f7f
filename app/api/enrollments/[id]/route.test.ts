import { describe, expect, it } from "vitest";
import { updateWorkflowSchema } from "@/lib/workflows/workflow-schema";
import { createWorkflow, updateWorkflow } from "@/lib/workflows/workflows";
import { callRoute } from "@/test/call-route";
import * as enrollments from "../../workflows/[id]/enrollments/route";
import * as enrollment from "./route";

// No runner runs in this file: the enrollment stays ACTIVE with its first step queued.
describe("GET /api/enrollments/:id", () => {
  it("lists the run's actions with the name people know them by, so the page never shows an action id", async () => {
    const wf = await createWorkflow({ name: "Name the actions", objectType: "contact" });
    const actions = [
      {
        id: "a-ba7q5xhq",
        type: "SEND_WEBHOOK",
        config: {
          method: "POST",
          webhookUrl: "https://hooks.example.com/tier",
          outputs: [{ name: "tier", path: "customer.tier", type: "STRING" }],
        },
      },
      {
        id: "a-set0001",
        type: "SET_PROPERTY",
        name: "Copy the tier",
        config: { property: "customer_tier", value: { type: "OUTPUT", actionId: "a-ba7q5xhq", output: "tier" } },
      },
    ];
    await updateWorkflow(
      wf.id,
      updateWorkflowSchema.parse({
        revision: 1,
        enabled: true,
        actions: actions.map((a, i) => ({ ...a, nextId: actions[i + 1]?.id ?? null })),
        startActionId: "a-ba7q5xhq",
      }),
    );
    const enrolled = await callRoute(enrollments.POST, { params: { id: wf.id }, body: { recordId: 1 } });
    expect(enrolled.status).toBe(201);

    // A later rename does not change what the run ran: the names come from the run's snapshot.
    await updateWorkflow(
      wf.id,
      updateWorkflowSchema.parse({
        revision: 2,
        actions: [{ ...actions[0], name: "Renamed later", nextId: null }],
        startActionId: "a-ba7q5xhq",
      }),
    );

    const got = await callRoute(enrollment.GET, { params: { id: enrolled.json.enrollmentId } });
    expect(got.status).toBe(200);
    expect(got.json.actions).toEqual([
      { id: "a-ba7q5xhq", type: "SEND_WEBHOOK", name: null, displayName: "Send a webhook" },
      { id: "a-set0001", type: "SET_PROPERTY", name: "Copy the tier", displayName: "Copy the tier" },
    ]);
    // Additive: the rest of the shape is unchanged, and configs stay out of it.
    expect(got.json).toMatchObject({
      workflowId: wf.id,
      recordId: 1,
      status: "ACTIVE",
      outputs: {},
      steps: [{ actionId: "a-ba7q5xhq", actionType: "SEND_WEBHOOK" }],
    });
    expect(got.json.actions[0]).not.toHaveProperty("config");
  });
});
