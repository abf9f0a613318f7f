import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { propertyKey, propertyUsers, type SecretUser } from "@/lib/workflows/secret-usage";
import { OBJECT_TYPE_LABELS, type ObjectType } from "./object-types";
import {
  type CreatePropertyInput,
  checkPropertyValue,
  findProperty,
  type PropertyDefinition,
  type PropertyIssue,
  type PropertyType,
  standardProperties,
  withObjectType,
  writableIssue,
} from "./property-definitions";
import { englishMessage, type ValidationKey, type ValidationParams } from "@/lib/i18n/validation";

// Record properties: HubSpot's defaults (in code) and the custom ones made in Settings → Properties.

/** A property as GET /api/properties answers it, with the workflows that read or set it. */
export type PropertySummary = PropertyDefinition & { usedBy: SecretUser[] };

type Row = { name: string; label: string; type: string; options: unknown };

const CUSTOM_GROUP = "Custom properties";

const fromRow = (row: Row): PropertyDefinition => ({
  name: row.name,
  label: row.label,
  type: row.type as PropertyType,
  group: CUSTOM_GROUP,
  ...(row.type === "enumeration" ? { options: (row.options ?? []) as PropertyDefinition["options"] } : {}),
  custom: true,
});

/** Every property of an object type: the defaults, then the custom ones by label. */
export async function propertyDefinitions(objectType: ObjectType): Promise<PropertyDefinition[]> {
  const rows = await db.propertyDefinition.findMany({
    where: { objectType },
    orderBy: { label: "asc" },
    select: { name: true, label: true, type: true, options: true },
  });
  return [...standardProperties(objectType), ...rows.map(fromRow)];
}

export async function listProperties(objectType: ObjectType): Promise<PropertySummary[]> {
  const [definitions, users] = await Promise.all([propertyDefinitions(objectType), propertyUsers()]);
  return definitions.map((definition) => ({ ...definition, usedBy: users.get(propertyKey(objectType, definition.name)) ?? [] }));
}

export async function createProperty(input: CreatePropertyInput): Promise<PropertySummary> {
  const nameIssue = (code: ValidationKey, params: ValidationParams) => ({
    details: [{ path: "name", message: englishMessage(code, params), code, params }],
  });
  if (findProperty(standardProperties(input.objectType), input.name)) {
    throw AppError.of(
      "CONFLICT.propertyName",
      { object: input.objectType, name: input.name },
      nameIssue("createProperty.defaultName", { object: input.objectType, name: input.name }),
    );
  }
  try {
    const row = await db.propertyDefinition.create({
      data: {
        objectType: input.objectType,
        name: input.name,
        label: input.label,
        type: input.type,
        ...(input.type === "enumeration" ? { options: input.options } : {}),
      },
      select: { name: true, label: true, type: true, options: true },
    });
    return { ...fromRow(row), usedBy: [] };
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw AppError.of(
        "CONFLICT.propertyName",
        { object: input.objectType, name: input.name },
        nameIssue("createProperty.taken", { name: input.name }),
      );
    }
    throw error;
  }
}

/** Deletes a custom property that no workflow uses; records keep their values (and history) of it. */
export async function deleteProperty(objectType: ObjectType, name: string): Promise<void> {
  if (findProperty(standardProperties(objectType), name)) {
    throw AppError.of("CONFLICT.defaultProperty", { name, object: objectType });
  }
  const users = (await propertyUsers()).get(propertyKey(objectType, name)) ?? [];
  if (users.length) {
    const names = users.map((user) => `"${user.name}"`).join(", ");
    throw AppError.of("PROPERTY_IN_USE", { name, users: names });
  }
  const result = await db.propertyDefinition.deleteMany({ where: { objectType, name } });
  if (result.count === 0) throw AppError.of("NOT_FOUND.definition", { object: objectType, name });
}

/**
 * The values to store for properties a workflow writes, checked against their definitions: each
 * must exist, be writable and fit its type. Throws INVALID_PROPERTY_VALUE naming the first that does not.
 */
export async function checkedPropertyValues(objectType: ObjectType, given: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const definitions = await propertyDefinitions(objectType);
  const objectLabel = OBJECT_TYPE_LABELS[objectType].singular;
  const values = new Map<string, string>();
  for (const [name, value] of given) {
    const definition = findProperty(definitions, name);
    const checked = definition && !definition.readOnly ? checkPropertyValue(definition, value) : null;
    if (!checked?.ok) {
      const { message, code, params } = withObjectType(
        checked ?? (writableIssue(definitions, name, objectLabel) as PropertyIssue),
        objectType,
      );
      throw AppError.ofIssues("INVALID_PROPERTY_VALUE", [{ path: name, message, code, params }]);
    }
    values.set(name, checked.value);
  }
  return values;
}
