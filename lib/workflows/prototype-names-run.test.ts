import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProperty } from "@/lib/crm/properties";
import { getRecord } from "@/lib/crm/records";
import type { Worker } from "@/lib/jobs/worker";
import { waitFor } from "@/test/wait-for";
import { fileReceiver } from "@/test/file-receiver";
import { workflowWithActions } from "@/test/webhook-workflow";
import { getEnrollment } from "./enrollments";
import { enroll } from "./runner";
import { startRunner } from "./start-runner";

// Issue 9: a run that set the property "constructor" and then sent all properties never finished.
// Property names, action ids and output names that Object.prototype also has are ordinary names.

// Written out: a `__proto__:` key in an object literal would set the prototype instead.
const receiver = fileReceiver(() => ({
  status: 200,
  headers: { "content-type": "application/json" },
  body: '{"__proto__":"gold","data":{"constructor":"c-out"},"hasOwnProperty":7}',
}));
let worker: Worker;
beforeAll(() => {
  worker = startRunner({ pollMs: 20 });
});
afterAll(() => worker.stop());

describe("a run with names Object.prototype also has", () => {
  it("sets constructor, sends all properties, reads outputs named constructor and toString into later steps, and completes", async () => {
    // Custom properties may be named "constructor", "prototype" or "valueof" (valid internal names); the workflow sets them.
    for (const name of ["constructor", "prototype", "valueof"])
      await createProperty({ objectType: "contact", name, label: name, type: "string" });
    const wf = await workflowWithActions("prototype names", [
      {
        id: "constructor",
        type: "SET_PROPERTY",
        config: { property: "constructor", value: { type: "STATIC", value: "set by run" } },
        nextId: "toString",
      },
      {
        id: "toString",
        type: "SEND_WEBHOOK",
        config: {
          method: "POST",
          webhookUrl: `${receiver.url}/proto-run`,
          outputs: [
            { name: "toString", path: "__proto__", type: "STRING" },
            { name: "constructor", path: "data.constructor", type: "STRING" },
            { name: "hasOwnProperty", path: "hasOwnProperty", type: "NUMBER" },
          ],
        },
        nextId: "valueOf",
      },
      {
        id: "valueOf",
        type: "SET_PROPERTY",
        config: { property: "prototype", value: { type: "OUTPUT", actionId: "toString", output: "toString" } },
        nextId: "hasOwnProperty",
      },
      {
        id: "hasOwnProperty",
        type: "SET_PROPERTY",
        config: { property: "valueof", value: { type: "OUTPUT", actionId: "toString", output: "constructor" } },
      },
    ]);
    const { enrollmentId } = await enroll(wf.id, 1);
    const done = await waitFor(
      () => getEnrollment(enrollmentId),
      (e) => e.status !== "ACTIVE",
    );
    expect(done.error).toBeNull();
    expect(done.status).toBe("COMPLETED");
    expect(done.steps.map((s) => [s.actionId, s.status])).toEqual([
      ["constructor", "SUCCEEDED"],
      ["toString", "SUCCEEDED"],
      ["valueOf", "SUCCEEDED"],
      ["hasOwnProperty", "SUCCEEDED"],
    ]);

    const sent = JSON.parse(receiver.requests.find((r) => r.path === "/proto-run")!.body);
    expect(sent.properties.constructor).toMatchObject({
      value: "set by run",
      versions: [expect.objectContaining({ value: "set by run", "source-type": "WORKFLOW" })],
    });
    expect(sent.properties.email.value).toBe("ada@analytical-engines.example");

    const outputs = done.outputs as Record<string, Record<string, unknown>>;
    expect(outputs.toString).toEqual({ toString: "gold", constructor: "c-out", hasOwnProperty: 7 });
    expect(done.steps[2].detail).toMatchObject({ property: "prototype", value: "gold" });
    expect(done.steps[3].detail).toMatchObject({ property: "valueof", value: "c-out" });

    const record = await getRecord(1);
    const constructor: string = "constructor";
    expect(record.properties[constructor].value).toBe("set by run");
    expect(record.properties.prototype.value).toBe("gold");
    expect(record.properties.valueof.value).toBe("c-out");
  });
});
