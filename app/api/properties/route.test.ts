import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { MESSAGES } from "@/lib/i18n/messages";
import { createWorkflow } from "@/lib/workflows/workflows";
import { callRoute } from "@/test/call-route";
import { webhookWorkflow } from "@/test/webhook-workflow";
import * as hook from "../hooks/[token]/route";
import * as workflowItem from "../workflows/[id]/route";
import * as item from "./[objectType]/[name]/route";
import * as collection from "./route";

const list = async (objectType: string) => (await callRoute(collection.GET, { query: { objectType }, as: "VIEWER" })).json.properties;
const create = (body: Record<string, unknown>, as: "OWNER" | "EDITOR" = "OWNER") => callRoute(collection.POST, { body, as });
const remove = (objectType: string, name: string) => callRoute(item.DELETE, { method: "DELETE", params: { objectType, name } });
const save = (id: string, revision: number, body: Record<string, unknown>) =>
  callRoute(workflowItem.PUT, { method: "PUT", params: { id }, body: { revision, ...body } });
const setProperty = (property: string, value: Record<string, unknown>) => [
  { id: "set", type: "SET_PROPERTY", config: { property, value } },
];

describe("/api/properties", () => {
  it("lists HubSpot's default properties with labels, types and options, then the custom ones; anyone signed in may read them", async () => {
    const contact = await list("contact");
    expect(contact.find((p: { name: string }) => p.name === "lifecyclestage")).toMatchObject({
      label: "Lifecycle stage",
      type: "enumeration",
      group: "Contact information",
      options: expect.arrayContaining([{ value: "customer", label: "Customer" }]),
    });
    expect(contact.find((p: { name: string }) => p.name === "hs_object_id")).toMatchObject({ label: "Record ID", readOnly: true });
    // The seeded custom property the README's walkthrough sets.
    expect(contact.at(-1)).toEqual({
      name: "customer_tier",
      label: "Customer tier",
      type: "string",
      group: "Custom properties",
      custom: true,
      usedBy: [],
    });
    expect((await list("deal")).map((p: { name: string }) => p.name)).toContain("amount");
    const bad = await callRoute(collection.GET, { query: { objectType: "lead" } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toMatch(/objectType must be one of: contact, company, deal, ticket/);
  });

  it("creates a custom property (Admins only); a taken or default name is a 409 that says so, a bad one a 400", async () => {
    const tier = { objectType: "company", label: "Account tier", name: "account_tier", type: "enumeration" };
    const options = [
      { value: "gold", label: "Gold" },
      { value: "silver", label: "Silver" },
    ];
    expect((await create({ ...tier, options }, "EDITOR")).status).toBe(403);
    const created = await create({ ...tier, options });
    expect(created.status, created.text).toBe(201);
    const { objectType: _type, ...fields } = tier;
    expect(created.json).toEqual({ ...fields, group: "Custom properties", options, custom: true, usedBy: [] });
    expect((await list("company")).map((p: { name: string }) => p.name)).toContain("account_tier");
    // Per object type: a contact may have its own account_tier.
    expect((await create({ ...tier, objectType: "contact", type: "string" })).status).toBe(201);

    const taken = await create({ ...tier, options });
    expect(taken.status).toBe(409);
    expect(taken.json.error).toMatchObject({ code: "CONFLICT", details: [{ path: "name", message: '"account_tier" is taken.' }] });
    const standard = await create({ objectType: "deal", label: "Amount", name: "amount", type: "number" });
    expect(standard.status).toBe(409);
    expect(standard.json.error.message).toBe('Deal already has a property named "amount"; choose another internal name.');

    for (const [body, path] of [
      [{ ...tier, name: "__proto__", options }, "name"],
      [{ ...tier, name: "Has Caps", options }, "name"],
      [{ ...tier, type: "enumeration" }, "options"],
      [{ ...tier, name: "other", type: "color" }, "type"],
      [{ ...tier, name: "other", label: " ", options }, "label"],
    ] as const) {
      const res = await create(body as Record<string, unknown>);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.error.details[0].path, JSON.stringify(body)).toBe(path);
    }
    const prototypeKey = await callRoute(collection.POST, {
      rawBody: '{"objectType":"contact","label":"x","name":"x","type":"string","__proto__":{"admin":true}}',
    });
    expect(prototypeKey.status).toBe(400);
  });

  it("refuses to delete a property a workflow uses (naming it), deletes one no workflow uses, and never a default one", async () => {
    await create({ objectType: "contact", label: "Renewal date", name: "renewal_date", type: "date" });
    const wf = await createWorkflow({ name: "Sets the renewal", objectType: "contact" });
    const saved = await save(wf.id, wf.revision, { actions: setProperty("renewal_date", { type: "STATIC", value: "2027-01-31" }) });
    expect(saved.status, saved.text).toBe(200);
    expect((await list("contact")).find((p: { name: string }) => p.name === "renewal_date").usedBy).toEqual([
      { id: wf.id, name: "Sets the renewal" },
    ]);

    const inUse = await remove("contact", "renewal_date");
    expect(inUse.status).toBe(409);
    expect(inUse.json.error).toMatchObject({
      code: "PROPERTY_IN_USE",
      message: 'Workflows use the property "renewal_date": "Sets the renewal". Change them first, then delete it.',
    });
    // The same name on another object type is another property.
    expect((await remove("company", "renewal_date")).status).toBe(404);

    await save(wf.id, saved.json.revision, { actions: [] });
    expect((await remove("contact", "renewal_date")).status).toBe(204);
    expect((await list("contact")).map((p: { name: string }) => p.name)).not.toContain("renewal_date");
    expect((await remove("contact", "email")).json.error.message).toBe(
      '"email" is one of HubSpot\'s default contact properties and cannot be deleted.',
    );
    expect(await db.auditEntry.count({ where: { action: { in: ["property.created", "property.deleted"] } } })).toBeGreaterThan(1);
  });
});

describe("saving a workflow that sets properties", () => {
  it("refuses a property that does not exist or that Hookflow sets, and a fixed value that does not fit the type, at the field", async () => {
    const wf = await createWorkflow({ name: "Type checks", objectType: "contact" });
    const cases: [string, Record<string, unknown>, string, string][] = [
      [
        "plan_name",
        { type: "STATIC", value: "pro" },
        "actions.0.config.property",
        'Contact has no property "plan_name"; create it in Settings → Properties first.',
      ],
      [
        "hs_object_id",
        { type: "STATIC", value: "7" },
        "actions.0.config.property",
        "Record ID (hs_object_id) is set by Hookflow and cannot be set by a workflow.",
      ],
      [
        "lifecyclestage",
        { type: "STATIC", value: "vip" },
        "actions.0.config.value.value",
        'Lifecycle stage (lifecyclestage) takes one of: Subscriber (subscriber), Lead (lead), Marketing qualified lead (marketingqualifiedlead), Sales qualified lead (salesqualifiedlead), Opportunity (opportunity), Customer (customer), Evangelist (evangelist), Other (other); got "vip".',
      ],
    ];
    for (const [property, value, path, message] of cases) {
      const res = await save(wf.id, wf.revision, { actions: setProperty(property, value) });
      expect(res.status, property).toBe(400);
      expect(res.json.error).toMatchObject({ code: "INVALID_WORKFLOW", message, details: [{ path, message }] });
    }
    // A value read from elsewhere is checked when the action runs; an option may be given by its label.
    for (const value of [
      { type: "STATIC", value: "Customer" },
      { type: "PROPERTY", property: "jobtitle" },
    ]) {
      const ok = await save(wf.id, wf.revision, { actions: setProperty("lifecyclestage", value) });
      expect(ok.status, ok.text).toBe(200);
      wf.revision = ok.json.revision;
    }
    // Renaming a workflow does not check its actions again (a property deleted since must not block it).
    expect((await save(wf.id, wf.revision, { name: "Renamed" })).status).toBe(200);
  });

  it("a misfit's details carry its validation code and params, which the UI shows in Korean", async () => {
    const wf = await createWorkflow({ name: "Korean misfit", objectType: "contact" });
    await create({ objectType: "contact", label: "Seats", name: "seats", type: "number" });
    const res = await save(wf.id, wf.revision, { actions: setProperty("seats", { type: "STATIC", value: "many" }) });
    expect(res.status).toBe(400);
    const detail = {
      path: "actions.0.config.value.value",
      message: 'Seats (seats) takes a number, such as 42 or 3.5; got "many".',
      code: "propertyValue.number",
      params: { propertyLabel: "Seats", propertyName: "seats", given: "many" },
    };
    expect(res.json.error).toMatchObject({ code: "INVALID_WORKFLOW", message: detail.message, details: [detail] });
    const korean = createTranslator({ locale: "ko", messages: MESSAGES.ko, namespace: "validation" });
    const [{ code, params }] = res.json.error.details;
    expect((korean as unknown as (key: string, values: unknown) => string)(code, params)).toBe(
      'Seats(seats) 속성에는 42나 3.5 같은 숫자를 입력하세요. 입력한 값: "many"',
    );
  });

  it("a workflow that sets a property gone since it was saved can be renamed, not turned on", async () => {
    await create({ objectType: "contact", label: "Legacy field", name: "legacy_field", type: "string" });
    const wf = await createWorkflow({ name: "Legacy", objectType: "contact" });
    const saved = await save(wf.id, wf.revision, { actions: setProperty("legacy_field", { type: "STATIC", value: "x" }) });
    expect(saved.status, saved.text).toBe(200);
    // As a workflow saved before property definitions existed.
    await db.propertyDefinition.delete({ where: { objectType_name: { objectType: "contact", name: "legacy_field" } } });
    const renamed = await save(wf.id, saved.json.revision, { name: "Legacy, renamed" });
    expect(renamed.status).toBe(200);
    const on = await save(wf.id, renamed.json.revision, { enabled: true });
    expect(on.status).toBe(422);
    expect(on.json.error).toMatchObject({
      code: "WORKFLOW_NOT_READY",
      message: 'The workflow cannot be turned on: Contact has no property "legacy_field"; create it in Settings → Properties first.',
    });
  });

  it("refuses a webhook trigger that matches on a property that does not exist or creates records with one Hookflow sets", async () => {
    const wf = await createWorkflow({ name: "Trigger checks", objectType: "contact" });
    const trigger = (recordMatch: Record<string, unknown>) => ({ trigger: { type: "WEBHOOK", recordMatch } });
    const missing = await save(wf.id, wf.revision, trigger({ payloadPath: "email", property: "e_mail" }));
    expect(missing.json.error.details).toEqual([
      {
        path: "trigger.recordMatch.property",
        message: 'Contact has no property "e_mail"; choose another.',
        code: "propertyValue.matchMissing",
        params: { objectLabel: "Contact", propertyName: "e_mail", objectType: "contact" },
      },
    ]);
    const readOnly = await save(
      wf.id,
      wf.revision,
      trigger({
        payloadPath: "email",
        property: "email",
        whenMissing: "CREATE",
        createProperties: [{ property: "createdate", path: "at" }],
      }),
    );
    expect(readOnly.json.error.details).toEqual([
      {
        path: "trigger.recordMatch.createProperties.0.property",
        message: "Create date (createdate) is set by Hookflow and cannot be set by a workflow.",
        code: "propertyValue.readOnly",
        params: { propertyLabel: "Create date", propertyName: "createdate", objectType: "contact" },
      },
    ]);
    // Matching on the record id is fine.
    expect((await save(wf.id, wf.revision, trigger({ payloadPath: "id", property: "hs_object_id" }))).status).toBe(200);
  });

  it("a record created by a webhook trigger gets values checked against their types: a misfit refuses the event with 422 and creates nothing", async () => {
    const wf = await webhookWorkflow({
      recordMatch: {
        payloadPath: "contact.email",
        property: "email",
        whenMissing: "CREATE",
        createProperties: [{ property: "lifecyclestage", path: "contact.stage" }],
      },
    });
    const post = (body: unknown) =>
      callRoute(hook.POST, {
        params: { token: wf.hookToken! },
        rawBody: JSON.stringify(body),
        headers: { "content-type": "application/json" },
      });
    const before = await db.record.count();
    const misfit = await post({ contact: { email: "typed@example.com", stage: "VIP" } });
    expect(misfit.status).toBe(422);
    expect(misfit.json.error).toMatchObject({
      code: "INVALID_PROPERTY_VALUE",
      message: expect.stringMatching(/^Lifecycle stage \(lifecyclestage\) takes one of: .*; got "VIP"\.$/),
    });
    expect(await db.record.count()).toBe(before);
    expect(await db.hookEvent.findFirst({ where: { workflowId: wf.id }, orderBy: { id: "desc" } })).toMatchObject({
      status: "REJECTED",
      errorCode: "INVALID_PROPERTY_VALUE",
    });
    // By its label: stored as the option's value.
    const fits = await post({ contact: { email: "typed@example.com", stage: "Sales qualified lead" } });
    expect(fits.status, fits.text).toBe(202);
    const recordId = (await db.enrollment.findUniqueOrThrow({ where: { id: fits.json.enrollmentId } })).recordId;
    expect((await db.propertyHistory.findFirstOrThrow({ where: { recordId, name: "lifecyclestage" } })).value).toBe("salesqualifiedlead");
  });
});
