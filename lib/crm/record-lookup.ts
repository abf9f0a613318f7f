import { db } from "@/lib/db";
import { jsonParam } from "@/lib/db/insert-rows";
import { nulPath, refuseNul } from "@/lib/db/nul-characters";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LAST_MODIFIED_PROPERTY, type ObjectType, type PropertySource } from "./object-types";
import { displayNameFor, searchTextFor } from "./record-naming";

type StoredProperty = { value: string; timestamp: string; source: string; sourceId: string | null };
type StoredProperties = Record<string, StoredProperty>;

// Property names are user input ("constructor", "__proto__", "hasOwnProperty"…): objects keyed by
// them have no prototype, so reads find own properties only and "__proto__" is stored as a key.
const keyedByName = <T>(entries: Iterable<readonly [string, T]>): Record<string, T> => {
  const out: Record<string, T> = Object.create(null);
  for (const [name, value] of entries) out[name] = value;
  return out;
};
/** The stored properties (parsed JSON, so own keys only) in an object without a prototype. */
const storedProperties = (json: unknown): StoredProperties => keyedByName(Object.entries((json ?? {}) as StoredProperties));

/**
 * Writes a record's properties as JSON text. Prisma copies a Json input key by key with plain
 * assignment, which drops a "__proto__" property (the assignment changes the copy's prototype);
 * the text keeps every key. Reading back is fine (JSON.parse makes own keys). As in
 * lib/db/insert-rows.ts, PostgreSQL reads the untyped text parameter as jsonb.
 */
async function writeProperties(tx: Pick<Prisma.TransactionClient, "$executeRaw">, recordId: number, properties: StoredProperties) {
  await tx.$executeRaw`UPDATE "Record" SET "properties" = ${jsonParam(properties)} WHERE "id" = ${recordId}`;
}

/**
 * The form a property value is stored and matched in. Emails are case-insensitive (as in
 * HubSpot), so they are kept trimmed and lower-cased: "ADA@Example.com" finds ada@example.com
 * instead of creating a second contact.
 */
function normalizePropertyValue(property: string, value: string): string {
  return property === "email" ? value.trim().toLowerCase() : value;
}

/**
 * The oldest live record of a type whose property currently has exactly this value, or null.
 * "hs_object_id" means the record id. History rows are indexed by (name, value), so this is
 * an index lookup, then a check of the current value (history also holds past values).
 */
export async function findRecordByProperty(objectType: ObjectType, property: string, raw: string): Promise<number | null> {
  const value = normalizePropertyValue(property, raw);
  // No record has a U+0000 in a property's name or value (they are refused when written).
  if (nulPath([property, value]) !== null) return null;
  if (property === "hs_object_id") {
    const id = Number(value);
    if (!Number.isSafeInteger(id) || id <= 0) return null;
    const row = await db.record.findFirst({ where: { id, objectType, isDeleted: false }, select: { id: true } });
    return row?.id ?? null;
  }
  // One statement: the ids from the history index, then those records by key. (Prisma's
  // `history: { some }` renders a correlated EXISTS, which SQLite runs for every record of the type.)
  const rows = await db.$queryRaw<{ id: number; properties: unknown }[]>`
    SELECT "id", "properties" FROM "Record"
    WHERE "id" IN (SELECT "recordId" FROM "PropertyHistory" WHERE "name" = ${property} AND "value" = ${value})
      AND "objectType" = ${objectType} AND "isDeleted" = ${false}
    ORDER BY "id" LIMIT 50`;
  // A raw read gives SQLite's JSON as its text, PostgreSQL's jsonb parsed.
  const parsed = (json: unknown) => storedProperties(typeof json === "string" ? JSON.parse(json) : json);
  const found = rows.find((row) => parsed(row.properties)[property]?.value === value);
  return found ? Number(found.id) : null;
}

/**
 * Creates a record with its first property versions, all from one source. `given` is a Map or an
 * object's own keys; a caller building an object from user-chosen names must not assign
 * `obj["__proto__"] = …` on a plain object (that sets its prototype): use a Map.
 */
export async function createRecord(
  objectType: ObjectType,
  given: Record<string, string> | ReadonlyMap<string, string>,
  source: { type: PropertySource; id: string | null },
): Promise<number> {
  const now = new Date();
  const entries = given instanceof Map ? [...given] : Object.entries(given);
  // PostgreSQL's text cannot hold U+0000: refused here on both databases (lib/db/nul-characters.ts).
  for (const [name, value] of entries) refuseNul({ [name]: value }, "record");
  const values = keyedByName(entries.map(([name, value]) => [name, normalizePropertyValue(name, value)] as const));
  const properties = keyedByName(
    Object.entries(values).map(
      ([name, value]) => [name, { value, timestamp: now.toISOString(), source: source.type, sourceId: source.id }] as const,
    ),
  );
  return db.$transaction(async (tx) => {
    const row = await tx.record.create({
      data: {
        objectType,
        displayName: displayNameFor(objectType, values),
        searchText: searchTextFor(objectType, values),
        properties: {},
        history: {
          create: Object.entries(values).map(([name, value]) => ({
            name,
            value,
            timestamp: now,
            sourceType: source.type,
            sourceId: source.id,
          })),
        },
      },
      select: { id: true },
    });
    await writeProperties(tx, row.id, properties);
    return row.id;
  });
}

/**
 * Sets one property: the current value and a new history version, in one transaction. The
 * record's last-modified property (LAST_MODIFIED_PROPERTY) is stamped with the same time and
 * source, as HubSpot does for every change.
 */
export async function setRecordProperty(
  recordId: number,
  name: string,
  given: string,
  source: { type: PropertySource; id: string | null },
): Promise<void> {
  refuseNul({ [name]: given }, "record");
  const now = new Date();
  const value = normalizePropertyValue(name, given);
  await db.$transaction(async (tx) => {
    const row = await tx.record.findUniqueOrThrow({ where: { id: recordId }, select: { objectType: true, properties: true } });
    const objectType = row.objectType as ObjectType;
    const properties = storedProperties(row.properties);
    const changes = keyedByName([[name, value] as const]);
    const lastModified = LAST_MODIFIED_PROPERTY[objectType];
    if (name !== lastModified) changes[lastModified] = String(now.getTime());
    for (const [changed, v] of Object.entries(changes))
      properties[changed] = { value: v, timestamp: now.toISOString(), source: source.type, sourceId: source.id };
    const values = keyedByName(Object.entries(properties).map(([k, p]) => [k, p.value] as const));
    await tx.record.update({
      where: { id: recordId },
      data: { displayName: displayNameFor(objectType, values), searchText: searchTextFor(objectType, values) },
    });
    await writeProperties(tx, recordId, properties);
    await tx.propertyHistory.createMany({
      data: Object.entries(changes).map(([changed, v]) => ({
        recordId,
        name: changed,
        value: v,
        timestamp: now,
        sourceType: source.type,
        sourceId: source.id,
      })),
    });
  });
}
