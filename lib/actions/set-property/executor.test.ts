import { describe, expect, it } from "vitest";
import { getRecord } from "@/lib/crm/records";
import { db } from "@/lib/db";
import { setPropertyConfigSchema } from "./set-property-config";
import { setPropertyExecutor } from "./executor";

const run = async (config: unknown, extra: { triggerPayload?: unknown; outputs?: Record<string, Record<string, unknown>> } = {}) =>
  setPropertyExecutor.execute(
    setPropertyConfigSchema.parse(config),
    { record: await getRecord(2), ...extra },
    { deliveryId: "delivery-sp", now: new Date() },
  );

describe("Set property value", () => {
  it("sets a property from a webhook-trigger field and writes a WORKFLOW history version", async () => {
    const result = await run(
      { property: "lifecyclestage", value: { type: "TRIGGER", path: "stage" } },
      { triggerPayload: { stage: "opportunity" } },
    );
    expect(result.outcome).toBe("SUCCESS");
    const record = await getRecord(2);
    expect(record.properties.lifecyclestage).toMatchObject({ value: "opportunity", source: "WORKFLOW", sourceId: "delivery-sp" });
    expect(record.history.lifecyclestage[0]).toMatchObject({ value: "opportunity", sourceType: "WORKFLOW" });
  });

  it("sets from an earlier output, a property or a static value, and renames the record when its name changes", async () => {
    await run(
      { property: "jobtitle", value: { type: "OUTPUT", actionId: "lookup", output: "status" } },
      { outputs: { lookup: { status: 42 } } },
    );
    expect((await getRecord(2)).properties.jobtitle.value).toBe("42");
    await run({ property: "firstname", value: { type: "STATIC", value: "Renamed" } });
    const row = await db.record.findUniqueOrThrow({ where: { id: 2 } });
    expect(row.displayName).toMatch(/^Renamed /);
    expect(row.searchText).toMatch(/^renamed /);
  });

  it("checks the value against the property's type when it runs: an option by its label is stored as its value, a misfit fails the step", async () => {
    const before = (await getRecord(2)).properties.hs_lead_status.value;
    const misfit = await run(
      { property: "hs_lead_status", value: { type: "OUTPUT", actionId: "lookup", output: "status" } },
      { outputs: { lookup: { status: 42 } } },
    );
    expect(misfit).toMatchObject({
      outcome: "FINAL",
      error: { text: expect.stringMatching(/^Lead status \(hs_lead_status\) takes one of: New \(NEW\), .*; got "42"\.$/) },
    });
    expect((await getRecord(2)).properties.hs_lead_status.value).toBe(before);

    const byLabel = await run(
      { property: "lifecyclestage", value: { type: "TRIGGER", path: "stage" } },
      { triggerPayload: { stage: "Marketing qualified lead" } },
    );
    expect(byLabel.outcome).toBe("SUCCESS");
    expect((await getRecord(2)).properties.lifecyclestage.value).toBe("marketingqualifiedlead");

    // Hookflow's own properties, and ones that do not exist (a custom property deleted since the save).
    expect(await run({ property: "lastmodifieddate", value: { type: "STATIC", value: "1" } })).toMatchObject({
      outcome: "FINAL",
      error: { text: "Last modified date (lastmodifieddate) is set by Hookflow and cannot be set by a workflow." },
    });
    expect(await run({ property: "gone_property", value: { type: "STATIC", value: "1" } })).toMatchObject({
      outcome: "FINAL",
      error: { text: 'Contact has no property "gone_property"; create it in Settings → Properties first.' },
    });
  });

  it("fails with a clear message when the trigger field is missing", async () => {
    const result = await run({ property: "city", value: { type: "TRIGGER", path: "address.city" } }, { triggerPayload: {} });
    expect(result).toMatchObject({ outcome: "FINAL", error: { text: expect.stringMatching(/no value at "address.city"/) } });
  });
});
