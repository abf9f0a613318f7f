import { describe, expect, it } from "vitest";
import { setPropertyExecutor } from "@/lib/actions/set-property/executor";
import { setPropertyConfigSchema, type SetPropertyConfig } from "@/lib/actions/set-property/set-property-config";
import { createRecord, setRecordProperty } from "@/lib/crm/record-lookup";
import { getRecord } from "@/lib/crm/records";
import { updateWorkflowSchema } from "@/lib/workflows/workflow-schema";
import { createWorkflow, updateWorkflow } from "@/lib/workflows/workflows";
import { propertyLabel, propertyValueLabel } from "@/components/records/property-labels";
import { sourceLabel } from "@/components/records/source-label";
import { callRoute } from "@/test/call-route";
import { fileReceiver } from "@/test/file-receiver";
import * as testRoute from "../workflows/[id]/actions/[actionId]/test/route";
import * as properties from "../properties/route";
import * as collection from "./route";
import * as item from "./[id]/route";

// Issue 9: Set property value with property "constructor" made GET /api/records/:id and a Test
// with all properties answer 500 for good ("a[e.name].push is not a function").

const receiver = fileReceiver();

const NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty"];

/** Runs Set property value on the record; answers the step's outcome and its error, if any. */
async function setProperty(recordId: number, property: string, value: string) {
  // Saved configs take lower-case names only ("constructor" passes); the executor must handle any name.
  const config: SetPropertyConfig =
    /^[a-z]/.test(property) && !/[A-Z]/.test(property)
      ? setPropertyConfigSchema.parse({ property, value: { type: "STATIC", value } })
      : { property, value: { type: "STATIC", value } };
  const result = await setPropertyExecutor.execute(
    config,
    { record: await getRecord(recordId) },
    { deliveryId: `set-${property}`, now: new Date() },
  );
  return { outcome: result.outcome, error: "error" in result ? result.error?.text : undefined };
}

async function testAllProperties(objectType: "contact" | "company", recordId: number) {
  const wf = await createWorkflow({ name: `all properties ${objectType}`, objectType });
  await updateWorkflow(
    wf.id,
    updateWorkflowSchema.parse({
      revision: 1,
      actions: [{ id: "hook", type: "SEND_WEBHOOK", config: { method: "POST", webhookUrl: `${receiver.url}/all-${objectType}` } }],
    }),
  );
  const res = await callRoute(testRoute.POST, { params: { id: wf.id, actionId: "hook" }, body: { recordId } });
  expect(res.status, res.text).toBe(200);
  expect(res.json.outcome).toBe("SUCCESS");
  const got = receiver.requests.at(-1)!;
  expect(got.path).toBe(`/all-${objectType}`);
  return JSON.parse(got.body);
}

describe("records with properties named like Object.prototype members", () => {
  it("Set property value writes them; GET /api/records/:id shows them with history; a Test with all properties sends them", async () => {
    const ADA = 1;
    // "constructor" is a valid internal name: a custom property may have it, and workflows then set it.
    const created = await callRoute(properties.POST, {
      body: { objectType: "contact", name: "constructor", label: "Constructor", type: "string" },
    });
    expect(created.status, created.text).toBe(201);
    expect(await setProperty(ADA, "constructor", "value of constructor")).toEqual({ outcome: "SUCCESS", error: undefined });
    expect(await setProperty(ADA, "constructor", "newer")).toEqual({ outcome: "SUCCESS", error: undefined });
    // The others cannot be property names: a workflow cannot set them (a clear failure, not a crash)...
    for (const name of NAMES.filter((n) => n !== "constructor")) {
      expect(await setProperty(ADA, name, `value of ${name}`)).toEqual({
        outcome: "FINAL",
        error: `Contact has no property "${name}"; create it in Settings → Properties first.`,
      });
    }
    // ...but a record may hold them from before property definitions existed; everything reads them.
    for (const name of NAMES.filter((n) => n !== "constructor")) {
      await setRecordProperty(ADA, name, `value of ${name}`, { type: "WORKFLOW", id: `set-${name}` });
    }

    const res = await callRoute(item.GET, { params: { id: String(ADA) } });
    expect(res.status, res.text).toBe(200);
    for (const name of NAMES) {
      expect(Object.hasOwn(res.json.properties, name), name).toBe(true);
      expect(Object.hasOwn(res.json.history, name), name).toBe(true);
    }
    expect(res.json.properties.constructor).toMatchObject({ value: "newer", source: "WORKFLOW", sourceId: "set-constructor" });
    expect(res.json.history.constructor.map((v: { value: string }) => v.value)).toEqual(["newer", "value of constructor"]);
    expect(res.json.properties["__proto__"]).toMatchObject({ value: "value of __proto__" });
    expect(res.json.history["__proto__"]).toEqual([expect.objectContaining({ value: "value of __proto__", sourceType: "WORKFLOW" })]);
    expect(res.json.properties.toString.value).toBe("value of toString");
    expect(res.json.properties.hasOwnProperty.value).toBe("value of hasOwnProperty");
    // The record's other properties and their history are unharmed.
    expect(res.json.properties.email.value).toBe("ada@analytical-engines.example");
    expect(res.json.history.lifecyclestage.map((v: { value: string }) => v.value)).toEqual(["customer", "marketingqualifiedlead", "lead"]);

    const list = await callRoute(collection.GET, { query: { q: "ada@analytical-engines.example" } });
    expect(list.status).toBe(200);
    expect(list.json.records[0].properties).toMatchObject({
      constructor: "newer",
      toString: "value of toString",
      hasOwnProperty: "value of hasOwnProperty",
    });
    expect(Object.hasOwn(list.json.records[0].properties, "__proto__") && list.json.records[0].properties["__proto__"]).toBe(
      "value of __proto__",
    );

    const profile = await testAllProperties("contact", ADA);
    for (const name of NAMES) expect(Object.hasOwn(profile.properties, name), name).toBe(true);
    expect(profile.properties.constructor.value).toBe("newer");
    expect(profile.properties.constructor.versions.map((v: { value: string }) => v.value)).toEqual(["newer", "value of constructor"]);
    expect(profile.properties["__proto__"]).toMatchObject({
      value: "value of __proto__",
      versions: [expect.objectContaining({ value: "value of __proto__", selected: true })],
    });
    expect(profile.properties.email.value).toBe("ada@analytical-engines.example");
  });

  it("a company created by the trigger's create-record with such names reads and sends as well", async () => {
    const id = await createRecord("company", Object.fromEntries([["name", "Prototype Ltd"], ...NAMES.map((n) => [n, `c-${n}`])]), {
      type: "INTEGRATION",
      id: "webhook-trigger:t",
    });
    const res = await callRoute(item.GET, { params: { id: String(id) } });
    expect(res.status, res.text).toBe(200);
    for (const name of NAMES) expect(res.json.properties[name]?.value, name).toBe(`c-${name}`);
    const body = await testAllProperties("company", id);
    expect(body).toMatchObject({ objectId: id, objectType: "COMPANY" });
    for (const name of NAMES) expect(Object.hasOwn(body.properties, name) && body.properties[name].value, name).toBe(`c-${name}`);
  });

  it("the record page labels such names and values as themselves (its tables sort and filter by label)", () => {
    for (const name of [...NAMES, "valueOf", "isPrototypeOf", "__defineGetter__"]) {
      expect(propertyLabel(name), name).toBe(name);
      expect(propertyValueLabel(name, "call"), name).toBe("call");
      expect(propertyValueLabel("dealstage", name), name).toBe(name);
      expect(sourceLabel(name), name).toBe(name);
    }
    expect(propertyLabel("email")).toBe("Email");
    expect(propertyValueLabel("dealstage", "closedwon")).toBe("Closed won");
  });
});
