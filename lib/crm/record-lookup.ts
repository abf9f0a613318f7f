import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ObjectType, PropertySource } from "./object-types";
import { displayNameFor, searchTextFor } from "./record-naming";

type StoredProperty = { value: string; timestamp: string; source: string; sourceId: string | null };

/**
 * The form a property value is stored and matched in. Emails are case-insensitive (as in
 * HubSpot), so they are kept trimmed and lower-cased: "ADA@Example.com" finds ada@example.com
 * instead of creating a second contact.
 */
export function normalizePropertyValue(property: string, value: string): string {
  return property === "email" ? value.trim().toLowerCase() : value;
}

/**
 * The oldest live record of a type whose property currently has exactly this value, or null.
 * "hs_object_id" means the record id. History rows are indexed by (name, value), so this is
 * an index lookup, then a check of the current value (history also holds past values).
 */
export async function findRecordByProperty(objectType: ObjectType, property: string, raw: string): Promise<number | null> {
  const value = normalizePropertyValue(property, raw);
  if (property === "hs_object_id") {
    const id = Number(value);
    if (!Number.isSafeInteger(id) || id <= 0) return null;
    const row = await db.record.findFirst({ where: { id, objectType, isDeleted: false }, select: { id: true } });
    return row?.id ?? null;
  }
  const hits = await db.propertyHistory.findMany({ where: { name: property, value }, select: { recordId: true }, distinct: ["recordId"], orderBy: { recordId: "asc" }, take: 50 });
  if (!hits.length) return null;
  const rows = await db.record.findMany({ where: { id: { in: hits.map((h) => h.recordId) }, objectType, isDeleted: false }, orderBy: { id: "asc" }, select: { id: true, properties: true } });
  return rows.find((row) => (row.properties as Record<string, StoredProperty>)[property]?.value === value)?.id ?? null;
}

/** Creates a record with its first property versions, all from one source. */
export async function createRecord(objectType: ObjectType, given: Record<string, string>, source: { type: PropertySource; id: string | null }): Promise<number> {
  const now = new Date();
  const values = Object.fromEntries(Object.entries(given).map(([name, value]) => [name, normalizePropertyValue(name, value)]));
  const properties = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, { value, timestamp: now.toISOString(), source: source.type, sourceId: source.id }]),
  );
  const row = await db.record.create({
    data: {
      objectType,
      displayName: displayNameFor(objectType, values),
      searchText: searchTextFor(objectType, values),
      properties: properties as Prisma.InputJsonValue,
      history: { create: Object.entries(values).map(([name, value]) => ({ name, value, timestamp: now, sourceType: source.type, sourceId: source.id })) },
    },
    select: { id: true },
  });
  return row.id;
}

/** Sets one property: the current value and a new history version, in one transaction. */
export async function setRecordProperty(recordId: number, name: string, given: string, source: { type: PropertySource; id: string | null }): Promise<void> {
  const now = new Date();
  const value = normalizePropertyValue(name, given);
  await db.$transaction(async (tx) => {
    const row = await tx.record.findUniqueOrThrow({ where: { id: recordId }, select: { objectType: true, properties: true } });
    const properties = { ...(row.properties as Record<string, StoredProperty>), [name]: { value, timestamp: now.toISOString(), source: source.type, sourceId: source.id } };
    const values = Object.fromEntries(Object.entries(properties).map(([k, p]) => [k, p.value]));
    await tx.record.update({
      where: { id: recordId },
      data: {
        properties: properties as Prisma.InputJsonValue,
        displayName: displayNameFor(row.objectType as ObjectType, values),
        searchText: searchTextFor(row.objectType as ObjectType, values),
      },
    });
    await tx.propertyHistory.create({ data: { recordId, name, value, timestamp: now, sourceType: source.type, sourceId: source.id } });
  });
}
