import { describe, expect, it } from "vitest";
import { PROPERTY_GROUP_KEYS } from "@/components/crm/use-crm-labels";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import { ROLES, roleName } from "@/lib/auth/roles";
import { OBJECT_TYPE_LABELS, OBJECT_TYPES, PROPERTY_SOURCES } from "@/lib/crm/object-types";
import { PROPERTY_TYPE_LABELS, PROPERTY_TYPES, standardProperties } from "@/lib/crm/property-definitions";
import { LOCALES } from "./locales";
import { MESSAGES } from "./messages";

// The names lib/ keeps in English (object types, property types and groups, HubSpot's default
// properties and their options, roles, audit actions) have their message in every language, so a
// new one added without translations fails here rather than showing its key in the UI.

type Tree = { [key: string]: string | Tree };

/** The message at a dotted path (audit actions are themselves dotted: "workflow.turned_on"). */
function message(tree: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Tree)[key] : undefined), tree);
}

const OWNER_PROPERTY = "hubspot_owner_id"; // its options are people (HubSpot users), shown by name in every language

describe.each(LOCALES)("%s catalogs name", (locale) => {
  const { crm, accounts } = MESSAGES[locale];
  const has = (tree: unknown, path: string) => expect(typeof message(tree, path), `${locale} ${path}`).toBe("string");

  it("every object type, singular and plural", () => {
    for (const type of OBJECT_TYPES) {
      has(crm, `objectTypes.${type}.singular`);
      has(crm, `objectTypes.${type}.plural`);
    }
  });

  it("every property type and property value source", () => {
    for (const type of PROPERTY_TYPES) has(crm, `propertyTypes.${type}`);
    for (const source of PROPERTY_SOURCES) has(crm, `sources.${source}`);
  });

  it("every default property: its label, its group and its options", () => {
    for (const type of OBJECT_TYPES) {
      for (const property of standardProperties(type)) {
        has(crm, `properties.${type}.${property.name}`);
        expect(Object.hasOwn(PROPERTY_GROUP_KEYS, property.group), `group "${property.group}" has a key`).toBe(true);
        has(crm, `propertyGroups.${PROPERTY_GROUP_KEYS[property.group]}`);
        if (property.name === OWNER_PROPERTY) continue;
        for (const option of property.options ?? []) has(crm, `propertyOptions.${property.name}.${option.value}`);
      }
    }
    for (const key of Object.values(PROPERTY_GROUP_KEYS)) has(crm, `propertyGroups.${key}`);
  });

  it("every role and audit action", () => {
    for (const role of ROLES) has(accounts, `roles.${role}`);
    for (const action of AUDIT_ACTIONS) has(accounts, `auditActions.${action}`);
  });
});

describe("English names", () => {
  it("are the ones the code defines, so the English UI reads as before", () => {
    const { crm, accounts } = MESSAGES.en;
    expect(crm.objectTypes).toEqual(OBJECT_TYPE_LABELS);
    expect(crm.propertyTypes).toEqual(PROPERTY_TYPE_LABELS);
    for (const role of ROLES) expect(accounts.roles[role]).toBe(roleName(role));
    for (const type of OBJECT_TYPES) {
      for (const property of standardProperties(type)) {
        expect(message(crm, `properties.${type}.${property.name}`)).toBe(property.label);
        expect(message(crm, `propertyGroups.${PROPERTY_GROUP_KEYS[property.group]}`)).toBe(property.group);
        if (property.name === OWNER_PROPERTY) continue;
        for (const option of property.options ?? [])
          expect(message(crm, `propertyOptions.${property.name}.${option.value}`)).toBe(option.label);
      }
    }
  });
});
