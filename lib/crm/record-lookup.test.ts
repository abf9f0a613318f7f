import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { allPropertiesPayload } from "./payloads";
import { createRecord, findRecordByProperty, setRecordProperty } from "./record-lookup";
import { getRecord, listRecords, loadRecordsForRun } from "./records";

// Property names are user input (the webhook trigger's create-record takes any name): names that
// Object.prototype also has must be ordinary properties everywhere, never its members.
const NAMES = ["constructor", "__proto__", "prototype", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "__defineGetter__"];
const valueOf = (name: string) => `v-${name}`;
/** Own keys only: `{ ...x }` and Object.fromEntries define `__proto__` as a key, as JSON.parse does. */
const given = () => Object.fromEntries([["email", "Proto@Example.com"], ...NAMES.map((name) => [name, valueOf(name)])]);
const source = { type: "INTEGRATION" as const, id: "webhook-trigger:test" };

describe("records with property names Object.prototype also has", () => {
  it("createRecord stores each as an ordinary property with its first version, and finds the record by it", async () => {
    const id = await createRecord("contact", given(), source);
    const record = await getRecord(id);
    for (const name of NAMES) {
      expect(Object.hasOwn(record.properties, name), name).toBe(true);
      expect(record.properties[name]).toMatchObject({ value: valueOf(name), source: "INTEGRATION" });
      expect(record.history[name], name).toEqual([expect.objectContaining({ value: valueOf(name), sourceType: "INTEGRATION" })]);
    }
    expect(record.properties.email.value).toBe("proto@example.com");
    expect(Object.keys(record.properties).sort()).toEqual(["email", ...NAMES].sort());
    for (const name of NAMES) expect(await findRecordByProperty("contact", name, valueOf(name)), name).toBe(id);

    const listed = (await listRecords({ objectType: "contact", q: "proto@example.com", limit: 5 })).records.find((r) => r.id === id)!;
    for (const name of NAMES) expect(Object.hasOwn(listed.properties, name) && listed.properties[name], name).toBe(valueOf(name));
  });

  it("createRecord takes a Map too, so a caller need not build an object keyed by property names", async () => {
    const id = await createRecord(
      "company",
      new Map([
        ["name", "Proto Inc"],
        ["__proto__", "p"],
        ["constructor", "c"],
      ]),
      source,
    );
    const record = await getRecord(id);
    expect(record.displayName).toBe("Proto Inc");
    expect(Object.keys(record.properties).sort()).toEqual(["__proto__", "constructor", "name"]);
    expect(record.properties["__proto__"].value).toBe("p");
  });

  it("a record without those names reads them as missing, not as Object's members", async () => {
    const record = await getRecord(1);
    for (const name of NAMES) {
      expect(Object.hasOwn(record.properties, name), name).toBe(false);
      expect(record.properties[name], name).toBeUndefined();
      expect(record.history[name], name).toBeUndefined();
    }
    // A property another record has: the history index finds it there, the current-value check refuses it here.
    expect(await findRecordByProperty("contact", "toString", "function toString() { [native code] }")).toBeNull();
  });

  it("setRecordProperty writes each one as a property with a version, next to the others", async () => {
    const id = await createRecord("contact", { email: "set@example.com", firstname: "Set" }, source);
    for (const name of NAMES) await setRecordProperty(id, name, valueOf(name), { type: "WORKFLOW", id: "delivery-proto" });
    await setRecordProperty(id, "constructor", "second", { type: "WORKFLOW", id: "delivery-proto-2" });
    const record = await getRecord(id);
    expect(record.displayName).toBe("Set");
    expect(Object.keys(record.properties).sort()).toEqual(["email", "firstname", "lastmodifieddate", ...NAMES].sort());
    // Typed as string: TypeScript types a literal `.constructor` as Object's, which is the confusion at hand.
    const constructor: string = "constructor";
    expect(record.properties[constructor]).toMatchObject({ value: "second", source: "WORKFLOW", sourceId: "delivery-proto-2" });
    expect(record.history[constructor].map((v) => v.value)).toEqual(["second", valueOf("constructor")]);
    expect(record.properties["__proto__"].value).toBe(valueOf("__proto__"));
    expect(record.history["__proto__"]).toHaveLength(1);
    expect(record.properties.hasOwnProperty).toMatchObject({ value: valueOf("hasOwnProperty") });
  });

  it("all-properties payloads send each name as a key, for contacts (with versions) and other objects", async () => {
    const contact = await createRecord("contact", given(), source);
    const company = await createRecord("company", given(), source);
    const runRecords = await loadRecordsForRun([contact, company], new Set([contact]));
    const profile = JSON.parse(JSON.stringify(allPropertiesPayload(runRecords.get(contact)!)));
    const object = JSON.parse(JSON.stringify(allPropertiesPayload(runRecords.get(company)!)));
    for (const name of NAMES) {
      expect(Object.hasOwn(profile.properties, name), name).toBe(true);
      expect(profile.properties[name]).toMatchObject({
        value: valueOf(name),
        versions: [expect.objectContaining({ value: valueOf(name), "source-type": "INTEGRATION", selected: true })],
      });
      expect(Object.hasOwn(object.properties, name), name).toBe(true);
      expect(object.properties[name]).toMatchObject({ value: valueOf(name), source: "INTEGRATION" });
    }
    // A run loads history only when the action sends it; a contact loaded without it still gets one version per property.
    const withoutHistory = (await loadRecordsForRun([contact], new Set())).get(contact)!;
    const bare = JSON.parse(JSON.stringify(allPropertiesPayload(withoutHistory)));
    expect(bare.properties.constructor.versions).toEqual([expect.objectContaining({ value: valueOf("constructor") })]);
    expect(bare.properties.toString.versions).toHaveLength(1);
  });
});

describe("the last-modified property", () => {
  it("a set property stamps it with the time and source of the change, with a version, per object type", async () => {
    for (const [objectType, lastModified] of [
      ["contact", "lastmodifieddate"],
      ["company", "hs_lastmodifieddate"],
      ["deal", "hs_lastmodifieddate"],
      ["ticket", "hs_lastmodifieddate"],
    ] as const) {
      const id = await createRecord(objectType, { name: "Stamped", [lastModified]: "1000" }, source);
      const before = Date.now();
      await setRecordProperty(id, "name", "Changed", { type: "WORKFLOW", id: `delivery-${objectType}` });
      const record = await getRecord(id);
      const stamped = record.properties[lastModified];
      expect(stamped, objectType).toMatchObject({ source: "WORKFLOW", sourceId: `delivery-${objectType}` });
      expect(Number(stamped.value), objectType).toBeGreaterThanOrEqual(before);
      expect(Number(stamped.value), objectType).toBeLessThanOrEqual(Date.now());
      expect(new Date(stamped.timestamp).getTime(), objectType).toBe(Number(stamped.value));
      expect(
        record.history[lastModified].map((v) => v.value),
        objectType,
      ).toEqual([stamped.value, "1000"]);
      expect(
        record.history.name.map((v) => v.value),
        objectType,
      ).toEqual(["Changed", "Stamped"]);
    }
  });

  it("setting the last-modified property itself writes the given value once", async () => {
    const id = await createRecord("contact", { email: "stamp@example.com" }, source);
    await setRecordProperty(id, "lastmodifieddate", "12345", { type: "WORKFLOW", id: "d" });
    const record = await getRecord(id);
    expect(record.properties.lastmodifieddate.value).toBe("12345");
    expect(record.history.lastmodifieddate.map((v) => v.value)).toEqual(["12345"]);
  });
});

describe("U+0000 (NUL) in a property", () => {
  // PostgreSQL's text cannot hold U+0000 and SQLite's can: a name or value with one is refused on
  // both databases (before, SQLite stored it and PostgreSQL failed with a database error), and
  // nothing is found by one.
  it("createRecord and setRecordProperty refuse it, naming the property, and write nothing", async () => {
    const records = await db.record.count();
    const cases: [Record<string, string>, string][] = [
      [{ email: "nul@example.com", "nul\u0000name": "v" }, "nul\\u0000name"],
      [{ email: "nul@example.com", firstname: "N\u0000" }, "firstname"],
      [{ email: "n\u0000ul@example.com" }, "email"],
    ];
    for (const [values, where] of cases) {
      await expect(createRecord("contact", values, source), where).rejects.toMatchObject({
        code: "NUL_CHARACTER",
        message: expect.stringContaining(`U+0000 (NUL) at "${where}"`),
      });
    }
    expect(await db.record.count()).toBe(records);
    const id = await createRecord("contact", { email: "nul@example.com" }, source);
    for (const [name, value, where] of [
      ["nul\u0000name", "v", "nul\\u0000name"],
      ["firstname", "N\u0000", "firstname"],
    ]) {
      await expect(setRecordProperty(id, name, value, { type: "WORKFLOW", id: "d" }), where).rejects.toMatchObject({
        code: "NUL_CHARACTER",
        message: expect.stringContaining(`at "${where}"`),
      });
    }
    const record = await getRecord(id);
    expect(Object.keys(record.properties)).toEqual(["email"]);
    expect(await db.propertyHistory.count({ where: { recordId: id } })).toBe(1);
  });

  it("findRecordByProperty finds nothing by a name or value with one", async () => {
    expect(await findRecordByProperty("contact", "email", "ada@analytical-engines.example")).toBe(1);
    expect(await findRecordByProperty("contact", "email", "ada@analytical-engines.example\u0000")).toBeNull();
    expect(await findRecordByProperty("contact", "em\u0000ail", "ada@analytical-engines.example")).toBeNull();
    expect(await findRecordByProperty("contact", "hs_object_id", "1\u0000")).toBeNull();
  });
});
