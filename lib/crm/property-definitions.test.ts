import { describe, expect, it } from "vitest";
import { OBJECT_TYPES } from "./object-types";
import { buildSampleData, currentValues } from "./sample-data";
import {
  checkPropertyValue,
  createPropertySchema,
  nameFromLabel,
  type PropertyDefinition,
  standardProperties,
  writableIssue,
} from "./property-definitions";

const def = (type: PropertyDefinition["type"], options?: PropertyDefinition["options"]): PropertyDefinition => ({
  name: "p",
  label: "P",
  type,
  group: "G",
  options,
});
const ok = (definition: PropertyDefinition, given: string) => checkPropertyValue(definition, given);

describe("checkPropertyValue", () => {
  it("keeps text as given and clears any type with an empty value", () => {
    expect(ok(def("string"), "  spaced  ")).toEqual({ ok: true, value: "  spaced  " });
    for (const type of ["string", "number", "date", "datetime", "enumeration", "bool"] as const) {
      expect(ok(def(type, []), "  ")).toEqual({ ok: true, value: "" });
    }
    expect(ok(def("string"), "x".repeat(65_537))).toMatchObject({ ok: false, message: expect.stringMatching(/at most 65,536/) });
  });

  it("takes numbers as decimal text and refuses anything else, saying what it got", () => {
    expect(ok(def("number"), " 42 ")).toEqual({ ok: true, value: "42" });
    expect(ok(def("number"), "-3.5")).toEqual({ ok: true, value: "-3.5" });
    for (const bad of ["abc", "1e3", "NaN", "Infinity", "1,000", "0x10", "4 2"]) {
      expect(ok(def("number"), bad), bad).toEqual({
        ok: false,
        message: `P (p) takes a number, such as 42 or 3.5; got "${bad}".`,
        code: "propertyValue.number",
        params: { propertyLabel: "P", propertyName: "p", given: bad },
      });
    }
  });

  it("stores dates as midnight UTC in milliseconds and refuses dates that do not exist", () => {
    expect(ok(def("date"), "2026-12-31")).toEqual({ ok: true, value: String(Date.UTC(2026, 11, 31)) });
    expect(ok(def("date"), String(Date.UTC(2026, 0, 5)))).toEqual({ ok: true, value: String(Date.UTC(2026, 0, 5)) });
    for (const bad of ["2026-02-30", "31/12/2026", "2026-12-31T10:00:00Z", String(Date.UTC(2026, 0, 5, 9))]) {
      expect(ok(def("date"), bad), bad).toMatchObject({ ok: false, message: expect.stringMatching(/a date as YYYY-MM-DD/) });
    }
  });

  it("stores date-times in milliseconds from ISO 8601 with an offset, a date, or milliseconds", () => {
    expect(ok(def("datetime"), "2026-12-31T09:30:00+09:00")).toEqual({ ok: true, value: String(Date.UTC(2026, 11, 31, 0, 30)) });
    expect(ok(def("datetime"), "2026-12-31T09:30:00.000Z")).toEqual({ ok: true, value: String(Date.UTC(2026, 11, 31, 9, 30)) });
    expect(ok(def("datetime"), "2026-12-31")).toEqual({ ok: true, value: String(Date.UTC(2026, 11, 31)) });
    expect(ok(def("datetime"), "1767173400000")).toEqual({ ok: true, value: "1767173400000" });
    // Without an offset the moment is unknown.
    for (const bad of ["2026-12-31T09:30:00", "tomorrow", "2026-13-01T00:00:00Z"]) {
      expect(ok(def("datetime"), bad), bad).toMatchObject({ ok: false, message: expect.stringMatching(/a date and time/) });
    }
  });

  it("takes an enumeration's option by value, or by value or label in any case, storing the value", () => {
    const tier = def("enumeration", [
      { value: "gold", label: "Gold tier" },
      { value: "SILVER", label: "Silver" },
    ]);
    expect(ok(tier, "gold")).toEqual({ ok: true, value: "gold" });
    expect(ok(tier, "GOLD TIER")).toEqual({ ok: true, value: "gold" });
    expect(ok(tier, "silver")).toEqual({ ok: true, value: "SILVER" });
    expect(ok(tier, "platinum")).toEqual({
      ok: false,
      message: 'P (p) takes one of: Gold tier (gold), Silver (SILVER); got "platinum".',
      code: "propertyValue.option",
      params: {
        propertyLabel: "P",
        propertyName: "p",
        options: "Gold tier (gold), Silver (SILVER)",
        optionValues: "gold\nSILVER",
        more: 0,
        given: "platinum",
      },
    });
    // Names of Object's prototype are not options.
    expect(ok(tier, "constructor")).toMatchObject({ ok: false });
    const many = def(
      "enumeration",
      Array.from({ length: 12 }, (_, i) => ({ value: `v${i}`, label: `v${i}` })),
    );
    expect(ok(many, "x")).toMatchObject({ ok: false, message: expect.stringContaining("v7 and 4 more") });
  });

  it("takes true or false for a checkbox", () => {
    expect(ok(def("bool"), "TRUE")).toEqual({ ok: true, value: "true" });
    expect(ok(def("bool"), "false")).toEqual({ ok: true, value: "false" });
    expect(ok(def("bool"), "yes")).toMatchObject({ ok: false, message: 'P (p) takes true or false; got "yes".' });
  });
});

describe("the default properties", () => {
  it("define every property the sample records hold, with unique names per object type", () => {
    const sample = buildSampleData();
    for (const record of [...sample.contacts, ...sample.companies, ...sample.deals, ...sample.tickets]) {
      const defined = standardProperties(record.objectType);
      for (const [name, value] of Object.entries(currentValues(record))) {
        const definition = defined.find((p) => p.name === name);
        expect(definition, `${record.objectType}.${name}`).toBeDefined();
        // Every sample value fits its property, as stored.
        if (definition) expect(checkPropertyValue(definition, value), `${record.objectType}.${name}=${value}`).toEqual({ ok: true, value });
      }
    }
    for (const objectType of OBJECT_TYPES) {
      const names = standardProperties(objectType).map((p) => p.name);
      expect(new Set(names).size, objectType).toBe(names.length);
      for (const p of standardProperties(objectType)) {
        if (p.type === "enumeration") expect(p.options?.length, p.name).toBeGreaterThan(0);
      }
    }
  });

  it("let workflows set ordinary properties, not Hookflow's own, nor ones that do not exist", () => {
    const contact = standardProperties("contact");
    expect(writableIssue(contact, "lifecyclestage", "Contact")).toBeNull();
    expect(writableIssue(contact, "lastmodifieddate", "Contact")?.message).toMatch(/set by Hookflow/);
    expect(writableIssue(contact, "hs_object_id", "Contact")).toMatchObject({
      message: expect.stringMatching(/set by Hookflow/),
      code: "propertyValue.readOnly",
      params: { propertyLabel: "Record ID", propertyName: "hs_object_id" },
    });
    expect(writableIssue(contact, "__proto__", "Contact")).toEqual({
      message: 'Contact has no property "__proto__"; create it in Settings → Properties first.',
      code: "propertyValue.missing",
      params: { objectLabel: "Contact", propertyName: "__proto__" },
    });
    expect(writableIssue(contact, "toString", "Contact")?.message).toMatch(/no property/);
  });
});

describe("creating a property", () => {
  it("makes internal names from labels", () => {
    expect(nameFromLabel("Customer tier")).toBe("customer_tier");
    expect(nameFromLabel("  Café (cm) ")).toBe("cafe_cm");
    expect(nameFromLabel("2nd phone")).toBe("nd_phone");
    expect(nameFromLabel("등급")).toBe("deunggeup");
    expect(nameFromLabel("고객 등급 (2024)")).toBe("gogaek_deunggeup_2024");
    expect(nameFromLabel("VIP 고객")).toBe("vip_gogaek");
    expect(nameFromLabel("123")).toBe("");
  });

  it("needs options for a dropdown, only for a dropdown, each value once", () => {
    const base = { objectType: "contact", label: "Tier", name: "tier" };
    expect(createPropertySchema.safeParse({ ...base, type: "enumeration" }).error?.issues[0]).toMatchObject({
      path: ["options"],
      message: "Add at least one option.",
    });
    expect(createPropertySchema.safeParse({ ...base, type: "string", options: [{ value: "a", label: "A" }] }).success).toBe(false);
    const dup = createPropertySchema.safeParse({
      ...base,
      type: "enumeration",
      options: [
        { value: "a", label: "A" },
        { value: "a", label: "Also A" },
      ],
    });
    expect(dup.error?.issues[0]).toMatchObject({ path: ["options", 1, "value"], message: 'Two options have the value "a".' });
    for (const name of ["__proto__", "Constructor", "1st", "has space", ""]) {
      expect(createPropertySchema.safeParse({ ...base, name, type: "string" }).success, name).toBe(false);
    }
  });
});
